// extensionTestsPath entry for the Node extension host (code-server, desktop VS Code). VS Code calls
// run(); a rejection makes the extension host exit with code 1.
import Mocha from 'mocha';
import { LineReporter } from './reporter';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: LineReporter as never });
  // What mocha.addFile + loadFiles do, for a bundle: define the BDD globals, then load the tests.
  mocha.suite.emit('pre-require', globalThis, 'neuroterm-e2e', mocha);
  require('./all-tests');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
