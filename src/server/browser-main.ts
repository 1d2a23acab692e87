import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { NeuroTermServer } from './server';

// The web extension host starts this bundle as a web worker: messages arrive with postMessage, and
// files are read through the client (the server has no file system here).
declare const self: DedicatedWorkerGlobalScope;
new NeuroTermServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self))).listen();
