import { setFlagsFromString } from 'node:v8';
import { ProposedFeatures, StreamMessageWriter, createConnection, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { messageBytes } from './message-json';
import { oneWritePerMessage } from './one-write';
import { NODE_FILE_HOST } from './node-host';
import { NeuroTermServer } from './server';

// Every keystroke leaves about 2 MB of large strings behind (the edited document, flattened, and the
// published diagnostics as JSON). With V8's default heap growth they pile up to about 230 MB before a
// full collection with a 1 MB document open. Letting the heap grow by at most 60% per collection keeps
// the peak near 175-185 MB with the 806-entry terminology (100% gave 228-245 MB once it grew past 800
// entries) at about the same CPU per keystroke (measured with the benchmark's language server section).
// V8 reads the flag at each collection.
setFlagsFromString('--heap-growing-percent=60');

/**
 * Over stdio, messages are written with `messageBytes`, which encodes each published diagnostic once.
 * Other transports (--node-ipc, --socket, --pipe) are read from the arguments by vscode-languageserver.
 */
function connection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  // Anything a dependency logs must not reach stdout, which carries the protocol.
  for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = console.error;
  const contentTypeEncoder = { name: 'application/json', encode: (message: unknown) => Promise.resolve(messageBytes(message)) };
  const writer = new StreamMessageWriter(oneWritePerMessage(process.stdout), { charset: 'utf-8', contentTypeEncoder });
  // Given the stdin stream itself (the types want a reader with a writer), the library also exits when stdin closes.
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, writer);
}

new NeuroTermServer(connection(), NODE_FILE_HOST).listen();
