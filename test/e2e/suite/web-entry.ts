// extensionTestsPath entry for the web-worker extension host (@vscode/test-web): mocha's browser build,
// bundled in, because the worker cannot load node_modules.
import 'mocha/mocha.js';
import { LineReporter } from './reporter';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter: unknown; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: LineReporter, timeout: 30_000, color: false });
    require('./all-tests');
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
