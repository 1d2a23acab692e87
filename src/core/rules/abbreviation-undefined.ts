import { abbreviationFirstUses, abbreviationsOf, spelledInBrackets, type ChunkAbbreviation } from './abbreviation-undefined/first-uses';
import { KNOWN_ABBREVIATIONS } from './abbreviation-undefined/known';
import { unknownAbbreviations, unknownCandidates, type Candidate } from './abbreviation-undefined/unknown';
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

function ambiguousRuleOn(env: RuleEnv): boolean {
  const setting = env.settings.rules['ambiguous-abbreviation'];
  return setting !== 'off';
}
