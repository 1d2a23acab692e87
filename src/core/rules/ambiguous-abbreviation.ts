import { abbreviationSummary, definitionsTally, firstUsesIn, sameScan, startScan, type AbbreviationScan, type AbbreviationSummary } from './abbreviation-undefined/first-uses';
import { DO_NOT_USE, MEDICATION_CONTEXT, TOKEN } from './ambiguous-abbreviation/do-not-use';
import type { RawFinding } from '../types';
import type { Block, ChunkFold, DocumentRule } from './rule';
import { expansionFor } from './term-text';

/**
 * Abbreviations with several meanings in medicine (MS, PE, GBS, MFS, PNS...: `ambiguous` in the
 * terminology) that the document never settles with an expansion: one finding at the first use, with
 * the expansion as fix. Nearby neurology words do not settle it, since a patient may not know them.
 * Separately, the Joint Commission "Do Not Use" forms (MS, MSO4, MgSO4) in a sentence about a medicine
 * or dose are errors.
 */
export const ambiguousAbbreviation: DocumentRule<Summary> = {
  id: 'ambiguous-abbreviation',
  category: 'ambiguous-abbreviation',
  defaultSeverity: 'warning',
  summary: 'Flags abbreviations with several medical meanings that the document never spells out, and "Do Not Use" drug abbreviations.',
  scope: 'document',
  summarize: (block, env) => ({ ...abbreviationSummary(block, env), doNotUse: doNotUseFindings(block) }),
  // Do Not Use forms depend on their sentence alone, so the engine caches them with the chunk.
  checkBlock(block, _env, report, summary) {
    for (const f of summary?.doNotUse ?? doNotUseFindings(block)) report(f);
  },
  fold: {
    tally: (summary) => definitionsTally(summary.abbreviations),
    start: startScan,
    step(state, { block, summary }, env, report) {
      const uses = firstUsesIn(state.uses, summary, env, state.defined, (use) => {
        const { mention, entry, abbreviation } = use;
        if (!abbreviation.ambiguous || use.definedAnywhere) return;
        // A first use that is already a Do Not Use error gets no second finding.
        if (summary.doNotUse.some((f) => f.offset === mention.offset)) return;
        const expansion = expansionFor(entry, mention.text, mention.offset, block, state.possessive);
        const others = abbreviation.otherMeanings?.length ? ` (also ${abbreviation.otherMeanings.join(', ')})` : '';
        report({
          message: `"${mention.text}" has more than one meaning${others}; write "${expansion}" at first use.`,
          offset: mention.offset,
          endOffset: mention.endOffset,
          actual: block.text.slice(mention.offset, mention.endOffset),
          termId: entry.id,
          fixes: [{ offset: mention.offset, endOffset: mention.endOffset, newText: expansion, title: `Write "${expansion}"`, mechanical: true }],
        });
      });
      return uses === state.uses ? state : { ...state, uses };
    },
    same: sameScan,
  } satisfies ChunkFold<Summary, AbbreviationScan>,
};

interface Summary extends AbbreviationSummary {
  doNotUse: RawFinding[];
}

/**
 * Do Not Use forms in sentences about medicines, chunk-relative: part of the rule's summary of a
 * chunk, since the document phase asks again for first uses.
 */
function doNotUseFindings(block: Block): RawFinding[] {
  const found: RawFinding[] = [];
  if (block.masked.includes('MS') || block.masked.includes('SO4')) {
    for (const unit of block.units) {
      for (const sentence of block.sentences(unit)) {
        const text = block.masked.slice(sentence.start, sentence.end);
        const aboutMedicine = MEDICATION_CONTEXT.test(text);
        for (const token of text.matchAll(TOKEN)) {
          const form = DO_NOT_USE.find((f) => f.form === token[0]);
          if (!form || (!aboutMedicine && !form.alwaysDrug)) continue;
          const offset = sentence.start + (token.index ?? 0);
          const endOffset = offset + token[0].length;
          const choices = form.writeInstead.map((w) => `"${w}"`).join(' or ');
          found.push({
            severity: 'error',
            message: `"${token[0]}" is on the Joint Commission "Do Not Use" list for medicines; write ${choices} in full.`,
            offset,
            endOffset,
            actual: token[0],
            termId: null,
            fixes: form.writeInstead.map((w) => ({ offset, endOffset, newText: w, title: `Write "${w}"` })),
          });
        }
      }
    }
  }
  return found;
}
