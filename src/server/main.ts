import { setFlagsFromString } from 'node:v8';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { NODE_FILE_HOST } from './node-host';
import { NeuroTermServer } from './server';

// Every keystroke leaves about 2 MB of large strings behind (the edited document, flattened, and the
// published diagnostics as JSON). With V8's default heap growth they pile up to about 230 MB before a
// full collection with a 1 MB document open; letting the heap at most double keeps the peak near
// 160 MB at the same CPU per keystroke (60% saved 10 MB more for 15% more CPU; measured with the
// benchmark's language server section). V8 reads the flag at each collection.
setFlagsFromString('--heap-growing-percent=100');

// `neuroterm-ls --stdio` (or --node-ipc): vscode-languageserver reads the transport from the arguments.
new NeuroTermServer(createConnection(ProposedFeatures.all), NODE_FILE_HOST).listen();
