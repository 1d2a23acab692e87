import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { version } from '../../package.json';
import * as check from './commands/check';
import * as explain from './commands/explain';
import * as glossary from './commands/glossary';
import * as terminology from './commands/terminology';
import * as terms from './commands/terms';
import { EXIT, type CliIo } from './io';
import { decodeText } from './lint-files';

type Command = { run(args: string[], io: CliIo): number | Promise<number>; USAGE: string };

const COMMANDS: Record<string, Command> = { check, terms, explain, glossary, terminology };

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => c.USAGE.split('\n')[0]);
  return `NeuroTerm ${version}: terminology and medical-claim checks for patient content.\n\nusage:\n${lines.map((l) => `  ${l}`).join('\n')}\n\nRun "neuroterm COMMAND --help" for a command's options.\n`;
}

/** Runs one command line; returns the exit code. Every error becomes one line and exit code 2. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`neuroterm: unknown command "${name}"; expected one of ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`usage: ${command.USAGE}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.err(`neuroterm: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return EXIT.usage;
  }
}

/** The real process: standard streams, the working directory, and a terminal check for colour. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    readStdin: () => decodeText(readFileSync(0)),
  };
}

// Worker threads load this same bundle; only the main thread runs a command.
if (isMainThread && require.main === module) {
  // A closed pipe (`neuroterm check | head`) is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
