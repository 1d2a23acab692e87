// One reporter for both extension hosts: plain lines through console.log (which the workbench forwards to
// the runner), ending with the `N passed, N failed` line that the runner and CI read. Each line carries
// REPORT_PREFIX so the runner can tell them from the workbench's own chatter, which goes to a log file.
import type { Runner, Test } from 'mocha';

export const REPORT_PREFIX = 'neuroterm-e2e| ';

/** Desktop VS Code prints the extension host's console straight to the terminal: no prefix needed there. */
const prefix = typeof process !== 'undefined' && process.env.NEUROTERM_E2E_PLAIN === '1' ? '' : REPORT_PREFIX;

function log(text: string): void {
  for (const line of text.split('\n')) console.log(prefix + line);
}

export class LineReporter {
  constructor(runner: Runner) {
    let passed = 0;
    let failed = 0;
    let pending = 0;
    runner.on('suite', (suite) => {
      if (suite.title) log(`\n${suite.title}`);
    });
    runner.on('pass', (test: Test) => {
      passed++;
      log(`  ✓ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test: Test, err: Error) => {
      failed++;
      log(`  ✗ ${test.fullTitle()}\n      ${String(err.message).replace(/\n/g, '\n      ')}`);
    });
    runner.on('pending', (test: Test) => {
      pending++;
      log(`  - ${test.title} (skipped)`);
    });
    runner.once('end', () => {
      log(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}
