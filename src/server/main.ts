import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { NeuroTermServer } from './server';

// `neuroterm-ls --stdio` (or --node-ipc / --socket=N): vscode-languageserver reads the transport from the arguments.
new NeuroTermServer(createConnection(ProposedFeatures.all)).listen();
