// `npm run screenshots`: regenerates the README's pictures in docs/images/ by running the UI suite with
// NEUROTERM_SCREENSHOTS set (hover, diagnostics with quick fix, completion, the Check Medical Claims report)
// and the review page suite (the review page with one decision made).
// Not part of `npm test`: pictures change only when someone decides to refresh them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness/paths';

const OUT = path.join(ROOT, 'docs', 'images');
const EXPECTED = ['hover', 'diagnostics-quick-fix', 'completion', 'report', 'review-page'].map((n) => `${n}.png`);

fs.mkdirSync(OUT, { recursive: true });
const before = new Map(EXPECTED.map((f) => [f, fs.existsSync(path.join(OUT, f)) ? fs.statSync(path.join(OUT, f)).mtimeMs : 0]));
const suites = [path.join(ROOT, 'test', 'e2e', 'ui', 'ui.test.ts'), path.join(ROOT, 'test', 'e2e', 'review', 'review.test.ts')];
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...suites], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NEUROTERM_SCREENSHOTS: OUT },
});
const stale = EXPECTED.filter((f) => !fs.existsSync(path.join(OUT, f)) || fs.statSync(path.join(OUT, f)).mtimeMs === before.get(f));
for (const f of EXPECTED.filter((x) => !stale.includes(x))) {
  console.log(`wrote docs/images/${f} (${Math.round(fs.statSync(path.join(OUT, f)).size / 1024)} KB)`);
}
if (run.status !== 0 || stale.length > 0) {
  console.error(`screenshots incomplete: the UI suite ${run.status === 0 ? 'passed' : 'failed'}; not written: ${stale.join(', ') || 'none'}`);
  process.exit(1);
}
