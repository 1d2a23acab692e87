import { abbreviationFirstUses } from './abbreviation-undefined/first-uses';
import { DO_NOT_USE, MEDICATION_CONTEXT, TOKEN } from './ambiguous-abbreviation/do-not-use';
import type { RawFinding } from '../types';
import type { Block, DocumentRule } from './rule';
import { writesPossessive } from './spelling/eponym-mix';
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
  // Do Not Use forms depend on their sentence alone, so the engine caches them with the chunk.
  checkBlock(block, _env, report) {
    for (const f of doNotUseFindings(block)) report(f);
  },
  check(doc, env, report) {
    let possessive: boolean | undefined;
    for (const use of abbreviationFirstUses(doc, env)) {
      const { mention, block, blockStart, entry, abbreviation } = use;
      if (!abbreviation.ambiguous || use.definedAnywhere) continue;
      if (doNotUseFindings(block).some((f) => f.offset === mention.offset)) continue;
      possessive ??= writesPossessive(doc, env);
      const expansion = expansionFor(entry, mention.text, mention.offset, block, possessive);
      const others = abbreviation.otherMeanings?.length ? ` (also ${abbreviation.otherMeanings.join(', ')})` : '';
      const offset = blockStart + mention.offset;
      const endOffset = blockStart + mention.endOffset;
      report({
        message: `"${mention.text}" has more than one meaning${others}; write "${expansion}" at first use.`,
        offset,
        endOffset,
        actual: block.text.slice(mention.offset, mention.endOffset),
        termId: entry.id,
        fixes: [{ offset, endOffset, newText: expansion, title: `Write "${expansion}"`, mechanical: true }],
      });
    }
  },
};

const doNotUseCache = new WeakMap<Block, RawFinding[]>();

/**
 * Do Not Use forms in sentences about medicines, chunk-relative; cached with the block object, which
 * the engine keeps while the chunk is unchanged (the document phase asks again for first uses).
 */
function doNotUseFindings(block: Block): RawFinding[] {
  const cached = doNotUseCache.get(block);
  if (cached) return cached;
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
  doNotUseCache.set(block, found);
  return found;
}
