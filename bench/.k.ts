import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { Linter } from '../src/core/index';
import { terms } from '../test/unit/helpers';
import { generateCorpus } from './corpus';
import { time, percentile } from './stats';
const doc = generateCorpus(1_000_000);
const l = new Linter(terms); l.lint(doc);
let text = doc; const ts: number[] = [];
let at = text.indexOf('. ', 500000) + 1;
const s = new Session(); s.connect();
s.post('Profiler.enable', () => s.post('Profiler.start', () => {
for (let i = 0; i < 60; i++) { text = text.slice(0, at) + 'x' + text.slice(at); at++; const e = text; ts.push(time(() => l.lint(e))); }
console.log('p50', percentile(ts, 50).toFixed(1), 'p95', percentile(ts, 95).toFixed(1));
s.post('Profiler.stop', (err, { profile }) => { writeFileSync('/tmp/inc.cpuprofile', JSON.stringify(profile)); });
}));
