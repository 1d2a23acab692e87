import type { BlockRule } from './rule';
import { replacementFor } from './term-text';

/** Misspelled terms from the terminology's misspelling lists, with the correct spelling as the fix. */
export const spelling: BlockRule = {
  id: 'spelling',
  category: 'spelling',
  defaultSeverity: 'error',
  summary: 'Flags misspelled disease, antibody, test and treatment names and offers the correct spelling.',
  scope: 'block',
  check(block, env, report) {
    for (const mention of block.mentions) {
      if (mention.form !== 'misspelling') continue;
      const entry = env.terms.get(mention.termId);
      if (!entry) continue;
      const correct = replacementFor(entry, mention);
      report({
        message: `"${mention.text}" is misspelled; write "${correct}".`,
        offset: mention.offset,
        endOffset: mention.endOffset,
        actual: mention.text,
        termId: entry.id,
        fixes: [{ offset: mention.offset, endOffset: mention.endOffset, newText: correct, title: `Change to "${correct}"` }],
      });
    }
  },
};
