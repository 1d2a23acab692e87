import type { Mention } from '../../matcher';
import { definitionAt, inHeading } from '../abbreviation-undefined/first-uses';
import type { Block } from '../rule';

/** What one chunk does with abbreviations, in order: spells one out, uses it alone, or writes a long form alone. */
export type AbbreviationEvent =
  | { kind: 'definition'; key: string; abbreviation: Mention; long?: Mention; replaceable?: { start: number; end: number } }
  | { kind: 'use'; key: string; abbreviation: Mention }
  | { kind: 'long'; long: Mention }
  | { kind: 'section' };

/** "long (ABBR)" or "ABBR (long)" with nothing else in the brackets: the shapes a fix can rewrite safely. */
const OPEN = /^ ?\($/;

/**
 * The abbreviation events of one chunk (abbreviation-consistency's summary of it). Headings of level 1 or 2 start a section, where an abbreviation may be spelled
 * out again; other headings are labels and are skipped. Long forms count only for entries that have
 * abbreviations.
 */
export function abbreviationEvents(block: Block, hasAbbreviation: (termId: string) => boolean): AbbreviationEvent[] {
  const events: AbbreviationEvent[] = [];
  const inDefinition = new Set<Mention>();
  const { mentions } = block;
  let unit = 0;
  mentions.forEach((mention, i) => {
    while (unit < block.units.length && block.units[unit]!.end <= mention.offset) {
      if (isSection(block, unit)) events.push({ kind: 'section' });
      unit++;
    }
    if (inHeading(block, mention)) return;
    if (mention.form === 'abbreviation') {
      const key = mention.surface.toUpperCase();
      const definition = definitionAt(block, mentions, i);
      if (!definition) return void events.push({ kind: 'use', key, abbreviation: mention });
      if (definition.long) inDefinition.add(definition.long);
      const replaceable = definition.long && bracketSpan(block.masked, mention, definition.long);
      events.push({ kind: 'definition', key, abbreviation: mention, long: definition.long, replaceable });
    } else if (!inDefinition.has(mention) && hasAbbreviation(mention.termId) && !isDefinedNext(block, mentions, i)) {
      events.push({ kind: 'long', long: mention });
    }
  });
  for (; unit < block.units.length; unit++) if (isSection(block, unit)) events.push({ kind: 'section' });
  return events;
}

function isSection(block: Block, index: number): boolean {
  const unit = block.units[index]!;
  return unit.kind === 'heading' && unit.depth <= 2;
}

/** The long form at `i` is followed by its own abbreviation as a definition ("long (ABBR)", "long therapy (ABBR)"). */
function isDefinedNext(block: Block, mentions: readonly Mention[], i: number): boolean {
  return [i + 1, i + 2].some((j) => mentions[j]?.form === 'abbreviation' && definitionAt(block, mentions, j)?.long === mentions[i]);
}

/** The span of "long (ABBR)" or "ABBR (long)", closing bracket included, when that is exactly how it is written. */
function bracketSpan(masked: string, abbreviation: Mention, long: Mention): { start: number; end: number } | undefined {
  const [first, second] = long.offset < abbreviation.offset ? [long, abbreviation] : [abbreviation, long];
  if (!OPEN.test(masked.slice(first.endOffset, second.offset)) || masked[second.endOffset] !== ')') return undefined;
  return { start: first.offset, end: second.endOffset + 1 };
}
