import { setFlagsFromString } from 'node:v8';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { NODE_FILE_HOST } from './node-host';
import { NeuroTermServer } from './server';

// Every keystroke leaves about 2 MB of large strings behind (the edited document, flattened, and the
// published diagnostics as JSON). With V8's default heap growth they pile up to about 230 MB before a
// full collection with a 1 MB document open. Letting the heap grow by at most 60% per collection keeps
// the peak near 175-185 MB with the 806-entry terminology (100% gave 228-245 MB once it grew past 800
// entries) at about the same CPU per keystroke (measured with the benchmark's language server section).
// V8 reads the flag at each collection.
setFlagsFromString('--heap-growing-percent=60');

// `neuroterm-ls --stdio` (or --node-ipc): vscode-languageserver reads the transport from the arguments.
new NeuroTermServer(createConnection(ProposedFeatures.all), NODE_FILE_HOST).listen();
