import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import type { PackedTerminology } from '../core/index';
import { NeuroTermServer } from './server';

// The web extension host starts this bundle as a web worker: messages arrive with postMessage, and
// files are read through the client (the server has no file system here).
// The terminology is not in this bundle: the extension ships one copy, a script that this worker imports from the
// extension's own files (the URL its client sends) and that leaves the packed terminology on `self`.
declare const self: DedicatedWorkerGlobalScope & { neurotermTerminology?: PackedTerminology };
const importTerminology = async (url: string): Promise<PackedTerminology> => {
  self.importScripts(url);
  if (!self.neurotermTerminology) throw new Error(`${url} did not define the terminology`);
  return self.neurotermTerminology;
};
new NeuroTermServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)), undefined, importTerminology).listen();
