import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { LineIndex, findMentions, type SurfaceForm } from '../../core/index';
import { oneOf, parseCommandArgs } from '../args';
import { termsForFile } from '../config-loader';
import { EXIT, UsageError, type CliIo } from '../io';

export const USAGE = `neuroterm terms FILE... [--format table|json]
  every recognized term occurrence: where, which entry, which form matched`;

/** One occurrence in the public JSON contract (`terms --format json`, version 1). Field order is part of it. */
export interface JsonTerm {
  termId: string;
  preferred: string;
  form: SurfaceForm;
  text: string;
  offset: number;
  endOffset: number;
  line: number;
  column: number;
}

/** Reads a file given on the command line (`-` is standard input); a failure is a usage error naming the file. */
export function readInput(path: string, io: CliIo): string {
  if (path === '-') return io.readStdin();
  try {
    const text = readFileSync(resolve(io.cwd, path), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

export function formatOf(path: string): 'text' | 'markdown' {
  return extname(path).toLowerCase() === '.txt' ? 'text' : 'markdown';
}

/** `neuroterm terms`: uses the nearest config's terminology; exit 0, or 2 on a config, terminology or I/O problem. */
export function run(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs<{ format?: string }>('terms', args, { format: { type: 'string' } });
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  if (positionals.length === 0) throw new UsageError('terms: expected at least one FILE');
  let problems = 0;
  const files = positionals.map((path) => {
    const loaded = termsForFile(path, io.cwd, (line) => io.err(`${line}\n`));
    problems += loaded.problems;
    const terms = loaded.index;
    const text = readInput(path, io);
    const lines = new LineIndex(text);
    const found: JsonTerm[] = findMentions(text, terms, formatOf(path)).map((m) => {
      const at = lines.positionAt(m.offset);
      return {
        termId: m.termId,
        preferred: terms.get(m.termId)?.preferred ?? m.termId,
        form: m.form,
        text: m.text,
        offset: m.offset,
        endOffset: m.endOffset,
        line: at.line + 1,
        column: at.character + 1,
      };
    });
    return { path, terms: found };
  });
  if (format === 'json') {
    io.out(JSON.stringify({ version: 1, files }) + '\n');
    return problems > 0 ? EXIT.usage : EXIT.ok;
  }
  for (const file of files) {
    io.out(`${file.path}\n`);
    const rows = file.terms.map((t) => [`${t.line}:${t.column}`, t.form, t.text.replace(/\s+/g, ' '), `${t.preferred} (${t.termId})`]);
    const widths = [0, 1, 2].map((i) => Math.max(0, ...rows.map((r) => r[i]!.length)));
    for (const r of rows) io.out(`  ${r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ')}\n`);
    io.out(`  ${file.terms.length} term occurrence${file.terms.length === 1 ? '' : 's'}\n`);
  }
  return problems > 0 ? EXIT.usage : EXIT.ok;
}
