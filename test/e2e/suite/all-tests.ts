// Every extension-host test file. Loaded after mocha has defined describe/it (see the two entry points).
import './hover-completion.test';
import './diagnostics.test';
import './commands.test';
import './settings.test';
import './terminology-files.test';
