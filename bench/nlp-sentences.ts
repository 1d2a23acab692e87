/**
 * Sentence splitting: NeuroTerm's own splitter beside two English NLP packages (compromise, and
 * wink-nlp with its lite web model) on every prose paragraph of the scored corpora. Prints time,
 * sentence counts and the paragraphs each package splits differently, so the choice of splitter
 * rests on numbers (issue 14 asks for the package's cost). Run: npm run bench:nlp
 */
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences } from '../src/core/text/sentences';

const DIRS = ['test/corpus', 'test/corpus/holdout', 'test/corpus/fresh-2026-12', 'test/corpus/fresh-2026-12-final', 'test/corpus/fresh-2026-12-c'];

/** Prose lines of the corpus articles (no headings, lists or tables; links reduced to their text). */
function paragraphs(): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        const text = line.trim();
        if (text.length >= 40 && !/^(?:#|\||-|\*|\d+\.)/.test(text)) out.push(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
      }
    }
  }
  return out;
}

const clean = (list: string[]): string[] => list.map((s) => s.trim()).filter(Boolean);
const loadStart = performance.now();
const wink = winkNLP(model);
const winkLoad = performance.now() - loadStart;
const splitters: Record<string, (p: string) => string[]> = {
  neuroterm: (p) => clean(splitSentences(p).map((s) => p.slice(s.start, s.end))),
  compromise: (p) => clean(nlp(p).sentences().out('array') as string[]),
  'wink-nlp': (p) => clean(wink.readDoc(p).sentences().out() as string[]),
};

const paras = paragraphs();
const chars = paras.reduce((n, p) => n + p.length, 0);
const results: Record<string, string[][]> = {};
console.log(`${paras.length} paragraphs, ${chars} characters (wink-nlp model load ${winkLoad.toFixed(0)} ms)\n`);
console.log('splitter     ms    ms per 100 KB  sentences  paragraphs split unlike neuroterm');
for (const [name, split] of Object.entries(splitters)) {
  const start = performance.now();
  results[name] = paras.map(split);
  const ms = performance.now() - start;
  const sentences = results[name]!.reduce((n, s) => n + s.length, 0);
  const differ = name === 'neuroterm' ? 0 : paras.filter((_, i) => results[name]![i]!.join('|') !== results.neuroterm![i]!.join('|')).length;
  console.log(`${name.padEnd(11)} ${ms.toFixed(0).padStart(5)} ${((ms * 100_000) / chars).toFixed(1).padStart(14)} ${String(sentences).padStart(10)} ${String(differ).padStart(10)}`);
}
if (process.argv.includes('--diffs')) {
  paras.forEach((p, i) => {
    for (const name of ['compromise', 'wink-nlp']) {
      if (results[name]![i]!.join('|') !== results.neuroterm![i]!.join('|')) console.log(`\n[${name}] ${results[name]![i]!.join(' || ')}\n[neuroterm] ${results.neuroterm![i]!.join(' || ')}`);
    }
  });
}
