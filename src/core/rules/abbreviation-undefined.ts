import { abbreviationFirstUses, abbreviationsOf, spelledInBrackets, type ChunkAbbreviation } from './abbreviation-undefined/first-uses';
import { KNOWN_ABBREVIATIONS } from './abbreviation-undefined/known';
import { unknownAbbreviations, unknownCandidates, type Candidate } from './abbreviation-undefined/unknown';
import type { Mention } from '../matcher';
import type { Block, DocumentRule, RuleEnv } from './rule';
import { writesPossessive } from './spelling/eponym-mix';
import { expansionFor } from './term-text';

/**
 * An abbreviation from the terminology used before, or without, its expansion (AMA: expand at first
 * mention). One finding per abbreviation, at its first use outside headings, with a fix that writes the
 * expansion there. All-capital abbreviations the terminology does not list ("EAN") are reported too,
 * without a fix, since only the writer knows the expansion. An ambiguous abbreviation the document never expands is left to
 * ambiguous-abbreviation, which names its other meanings, unless that rule is turned off.
 */
export const abbreviationUndefined: DocumentRule<{ abbreviations: ChunkAbbreviation[]; unknown: Candidate[] }> = {
  id: 'abbreviation-undefined',
  category: 'abbreviation-undefined',
  defaultSeverity: 'warning',
  mechanicalFixes: true,
  summary: 'Flags the first use of an abbreviation that the document has not spelled out, with a fix that adds the expansion.',
  scope: 'document',
  summarize: (block) => ({ abbreviations: abbreviationsOf(block), unknown: unknownCandidates(block) }),
  check(doc, env, report, summaries) {
    const known = new Set([...KNOWN_ABBREVIATIONS, ...env.settings.knownAbbreviations]);
    const leaveAmbiguous = ambiguousRuleOn(env);
    let possessive: boolean | undefined;
    for (const use of abbreviationFirstUses(doc, env, summaries.map((s) => s.abbreviations))) {
      if (use.definedBefore || known.has(use.mention.surface)) continue;
      if (leaveAmbiguous && use.abbreviation.ambiguous && !use.definedAnywhere) continue;
      const { mention, block, blockStart, entry } = use;
      const named = nameBefore(block, mention);
      const other = named && named.termId !== entry.id ? env.terms.get(named.termId) : undefined;
      if (other && sameClass(other.kind, entry.kind) && !env.terms.sameLine(other, entry)) {
        // "Acute inflammatory demyelinating polyradiculoneuropathy (CIDP)": spelled out, but as another
        // condition. Writing the expansion in would stack two names, so there is no fix.
        report({
          message: `"${mention.text}" stands for ${entry.preferred}, but the name before it is ${other.preferred}, a different ${other.kind === 'treatment' ? 'treatment' : 'condition'}; check which one is meant.`,
          offset: blockStart + mention.offset,
          endOffset: blockStart + mention.endOffset,
          actual: block.text.slice(mention.offset, mention.endOffset),
          termId: entry.id,
          fixes: [],
        });
        continue;
      }
      possessive ??= writesPossessive(doc, env);
      const expansion = expansionFor(entry, mention.text, mention.offset, block, possessive);
      const offset = blockStart + mention.offset;
      const endOffset = blockStart + mention.endOffset;
      report({
        message: `Spell out "${mention.text}" at first use: "${expansion}".`,
        offset,
        endOffset,
        actual: block.text.slice(mention.offset, mention.endOffset),
        termId: entry.id,
        fixes: [{ offset, endOffset, newText: expansion, title: `Write "${expansion}"` }],
      });
    }
    const bracketed = (block: Block, start: number, end: number, text: string) => spelledInBrackets(block.masked, start, end, text);
    for (const unknown of unknownAbbreviations(doc, summaries.map((s) => s.unknown), known, bracketed)) {
      report({
        message: `Spell out "${unknown.text}" at first use, with the abbreviation in brackets after it.`,
        offset: unknown.offset,
        endOffset: unknown.endOffset,
        actual: unknown.text,
        termId: null,
        fixes: [],
      });
    }
  },
};

const CONDITIONS = new Set(['disease', 'variant']);
/** Two conditions, or two treatments: a name and an abbreviation of things that cannot stand for each other. */
const sameClass = (a: string, b: string): boolean => (CONDITIONS.has(a) && CONDITIONS.has(b)) || (a === 'treatment' && b === 'treatment');

/** The term named right before an abbreviation in brackets: "Multiple sclerosis (MS)". */
function nameBefore(block: Block, abbreviation: Mention): Mention | undefined {
  if (!/\(\s*$/.test(block.masked.slice(Math.max(0, abbreviation.offset - 3), abbreviation.offset))) return undefined;
  const before = block.mentions.filter((m) => m.endOffset <= abbreviation.offset);
  const last = before[before.length - 1];
  return last && /^\s*\(\s*$/.test(block.masked.slice(last.endOffset, abbreviation.offset)) ? last : undefined;
}

function ambiguousRuleOn(env: RuleEnv): boolean {
  const setting = env.settings.rules['ambiguous-abbreviation'];
  return setting !== 'off';
}
