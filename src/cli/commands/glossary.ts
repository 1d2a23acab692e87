import { buildGlossary, findMentions, type Audience } from '../../core/index';
import { oneOf, parseCommandArgs } from '../args';
import { termsForFile } from '../config-loader';
import { EXIT, UsageError, type CliIo } from '../io';
import { formatOf, readInput } from './terms';

export const USAGE = `neuroterm glossary FILE [--audience patient|professional]
  a Markdown glossary and abbreviation list of the terms FILE uses, ready to paste`;

/** `neuroterm glossary`: prints Markdown, using the nearest config's terminology; exit 0, or 2 on a config, terminology or I/O problem. */
export function run(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs<{ audience?: string }>('glossary', args, { audience: { type: 'string' } });
  const audience = oneOf<Audience>('audience', values.audience, ['patient', 'professional'], 'patient');
  if (positionals.length !== 1) throw new UsageError('glossary: expected exactly one FILE');
  const path = positionals[0]!;
  const { index, problems } = termsForFile(path, io.cwd, (line) => io.err(`${line}\n`));
  io.out(buildGlossary(findMentions(readInput(path, io), index, formatOf(path)), index, { audience }));
  return problems > 0 ? EXIT.usage : EXIT.ok;
}
