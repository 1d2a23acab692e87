import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { NODE_FILE_HOST } from './node-host';
import { NeuroTermServer } from './server';

// `neuroterm-ls --stdio` (or --node-ipc): vscode-languageserver reads the transport from the arguments.
new NeuroTermServer(createConnection(ProposedFeatures.all), NODE_FILE_HOST).listen();
