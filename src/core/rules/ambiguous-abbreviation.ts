import { abbreviationFirstUses } from './abbreviation-undefined/first-uses';
import { DO_NOT_USE, MEDICATION_CONTEXT, TOKEN } from './ambiguous-abbreviation/do-not-use';
import type { Block, DocumentRule, Report } from './rule';
import { expansionFor } from './term-text';

/**
 * Abbreviations with several meanings in medicine (MS, PE, GBS, MFS, PNS...: `ambiguous` in the
 * terminology) that the document never settles with an expansion: one finding at the first use, with
 * the expansion as fix. Nearby neurology words do not settle it, since a patient may not know them.
 * Separately, the Joint Commission "Do Not Use" forms (MS, MSO4, MgSO4) in a sentence about a medicine
 * or dose are errors.
 */
export const ambiguousAbbreviation: DocumentRule = {
  id: 'ambiguous-abbreviation',
  category: 'ambiguous-abbreviation',
  defaultSeverity: 'warning',
  summary: 'Flags abbreviations with several medical meanings that the document never spells out, and "Do Not Use" drug abbreviations.',
  scope: 'document',
  check(doc, env, report) {
    const doNotUse = new Set<number>();
    for (const { start, block } of doc.blocks) checkDoNotUse(block, start, report, doNotUse);
    for (const use of abbreviationFirstUses(doc, env)) {
      const { mention, block, blockStart, entry, abbreviation } = use;
      if (!abbreviation.ambiguous || use.definedAnywhere || doNotUse.has(blockStart + mention.offset)) continue;
      const expansion = expansionFor(entry, mention.text, mention.offset, block);
      const others = abbreviation.otherMeanings?.length ? ` (also ${abbreviation.otherMeanings.join(', ')})` : '';
      const offset = blockStart + mention.offset;
      const endOffset = blockStart + mention.endOffset;
      report({
        message: `"${mention.text}" has more than one meaning${others}; write "${expansion}" at first use.`,
        offset,
        endOffset,
        actual: block.text.slice(mention.offset, mention.endOffset),
        termId: entry.id,
        fixes: [{ offset, endOffset, newText: expansion, title: `Write "${expansion}"` }],
      });
    }
  },
};

/** Do Not Use forms in sentences about medicines; records the offsets it reported. */
function checkDoNotUse(block: Block, blockStart: number, report: Report, reported: Set<number>): void {
  if (!block.masked.includes('MS') && !block.masked.includes('SO4')) return;
  for (const unit of block.units) {
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      const aboutMedicine = MEDICATION_CONTEXT.test(text);
      for (const token of text.matchAll(TOKEN)) {
        const form = DO_NOT_USE.find((f) => f.form === token[0]);
        if (!form || (!aboutMedicine && !form.alwaysDrug)) continue;
        const offset = blockStart + sentence.start + (token.index ?? 0);
        const endOffset = offset + token[0].length;
        reported.add(offset);
        const choices = form.writeInstead.map((w) => `"${w}"`).join(' or ');
        report({
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
