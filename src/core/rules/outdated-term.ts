import { isAllowedUse } from './outdated-term/allowed-context';
import type { BlockRule } from './rule';
import { replacementFor } from './term-text';

/**
 * Historic names (Churg-Strauss syndrome, Wegener granulomatosis) with the current name as the fix.
 * Quiet where the old name is introduced as such ("formerly called ...") or quoted as a code title.
 */
export const outdatedTerm: BlockRule = {
  id: 'outdated-term',
  category: 'outdated-term',
  defaultSeverity: 'warning',
  mechanicalFixes: true,
  summary: 'Flags historic disease names and offers the current name.',
  scope: 'block',
  check(block, env, report) {
    for (const mention of block.mentions) {
      if (mention.form !== 'outdated') continue;
      const entry = env.terms.get(mention.termId);
      if (!entry || isAllowedUse(block, mention)) continue;
      const replacement = replacementFor(entry, mention, block);
      const note = entry.outdated?.find((o) => o.term === mention.surface)?.note;
      report({
        message: `"${mention.text}" is an outdated name; use "${replacement}".`,
        offset: mention.offset,
        endOffset: mention.endOffset,
        actual: block.text.slice(mention.offset, mention.endOffset),
        termId: entry.id,
        fixes: [{ offset: mention.offset, endOffset: mention.endOffset, newText: replacement, title: `Replace with "${replacement}"` }],
        ...(note ? { note } : {}),
      });
    }
  },
};
