import type { Mention } from '../matcher';
import { isAllowedUse } from './outdated-term/allowed-context';
import type { Block, DocumentRule } from './rule';
import { replacementFor } from './term-text';

/**
 * Historic names (Churg-Strauss syndrome, Wegener granulomatosis) with the current name as the fix.
 * Quiet where the old name is introduced as such ("formerly called ...") or quoted as a code title.
 * For patient readers, the first use of a name the terminology marks `familiar` is fixed to "new name
 * (formerly old name)", so the name patients know stays on the page once; later uses get the new name.
 */
export const outdatedTerm: DocumentRule<OutdatedMention[]> = {
  id: 'outdated-term',
  category: 'outdated-term',
  defaultSeverity: 'warning',
  mechanicalFixes: true,
  summary: 'Flags historic disease names and offers the current name.',
  scope: 'document',
  summarize: outdatedMentions,
  check(doc, env, report, summaries) {
    // Entries whose old name is already on the page for recognition: introduced as such, or by a fix.
    const explained = new Set<string>();
    doc.blocks.forEach(({ start, block }, i) => {
      for (const { mention, allowed } of summaries[i]!) {
        const entry = env.terms.get(mention.termId);
        if (!entry) continue;
        if (allowed) {
          explained.add(entry.id);
          continue;
        }
        const replacement = replacementFor(entry, mention, block);
        const name = entry.outdated?.find((o) => o.term === mention.surface);
        const offset = start + mention.offset;
        const endOffset = start + mention.endOffset;
        const fixes = [{ offset, endOffset, newText: replacement, title: `Replace with "${replacement}"` }];
        if (name?.familiar && env.settings.audience === 'patient' && !explained.has(entry.id)) {
          const kept = `${replacement} (formerly ${mention.text})`;
          fixes.unshift({ offset, endOffset, newText: kept, title: `Replace with "${kept}"` });
          explained.add(entry.id);
        }
        report({
          message: `"${mention.text}" is an outdated name; use "${replacement}".`,
          offset,
          endOffset,
          actual: block.text.slice(mention.offset, mention.endOffset),
          termId: entry.id,
          fixes,
          ...(name?.note ? { note: name.note } : {}),
        });
      }
    });
  },
};

interface OutdatedMention {
  mention: Mention;
  /** Introduced as the old name ("formerly called ...") or quoted as a code title: not flagged. */
  allowed: boolean;
}

/** The outdated-name mentions of one chunk (the rule's summary of it). */
function outdatedMentions(block: Block): OutdatedMention[] {
  return block.mentions.filter((m) => m.form === 'outdated').map((mention) => ({ mention, allowed: isAllowedUse(block, mention) }));
}
