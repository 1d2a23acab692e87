import type { Mention } from '../matcher';
import type { RawFinding } from '../types';
import { sameSet, withItem } from './fold-state';
import { isAllowedUse } from './outdated-term/allowed-context';
import type { Block, ChunkFold, DocumentRule, RuleEnv } from './rule';
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
  // A fold: a keystroke reads the edited chunk and the chunks up to where the set of explained names is
  // the same as last time, not every chunk's mentions.
  fold: {
    // Entries whose old name is already on the page for recognition: introduced as such, or by a fix.
    start: () => NO_NAMES,
    step(explained, { summary: uses }, env, report) {
      let after = explained; // a new set only when this chunk explains a new name
      for (const use of uses) {
        if (!use.flagged) {
          after = withItem(after, use.termId);
          continue;
        }
        const withKept = use.flagged.kept !== undefined && env.settings.audience === 'patient' && !after.has(use.termId);
        if (withKept) after = withItem(after, use.termId);
        // The same object as last time when nothing changed: the engine then knows the finding at a glance.
        if (use.reported?.withKept !== withKept) use.reported = { withKept, finding: outdatedFinding(use, use.flagged, withKept) };
        report(use.reported.finding);
      }
      return after;
    },
    same: sameSet,
  } satisfies ChunkFold<OutdatedMention[], ReadonlySet<string>>,
};

const NO_NAMES: ReadonlySet<string> = new Set();

interface OutdatedMention {
  mention: Mention;
  termId: string;
  /**
   * What a flagged use reports, made when the chunk is read so a keystroke does not rebuild it for
   * every chunk; undefined when the old name is introduced as such ("formerly called ...") or quoted as a code title.
   */
  flagged?: { replacement: string; message: string; actual: string; note?: string; kept?: string };
  /** The finding reported last, with or without the fix that keeps the old name; reused while that stays the same. */
  reported?: { withKept: boolean; finding: RawFinding };
}

/** A flagged use's finding (chunk-relative), offering first to keep the old name in brackets when `withKept`. */
function outdatedFinding(use: OutdatedMention, flagged: NonNullable<OutdatedMention['flagged']>, withKept: boolean): RawFinding {
  const { replacement, kept, message, actual, note } = flagged;
  const { offset, endOffset } = use.mention;
  const fixes = [{ offset, endOffset, newText: replacement, title: `Replace with "${replacement}"` }];
  if (withKept) fixes.unshift({ offset, endOffset, newText: kept!, title: `Replace with "${kept}"` });
  return { message, offset, endOffset, actual, termId: use.termId, fixes, ...(note ? { note } : {}) };
}

/** The outdated-name mentions of one chunk with a terminology entry (the rule's summary of it). */
function outdatedMentions(block: Block, env: RuleEnv): OutdatedMention[] {
  const out: OutdatedMention[] = [];
  for (const mention of block.mentions) {
    const entry = mention.form === 'outdated' ? env.terms.get(mention.termId) : undefined;
    if (!entry) continue;
    if (isAllowedUse(block, mention)) {
      out.push({ mention, termId: entry.id });
      continue;
    }
    const replacement = replacementFor(entry, mention, block);
    const name = entry.outdated?.find((o) => o.term === mention.surface);
    out.push({
      mention,
      termId: entry.id,
      flagged: {
        replacement,
        message: `"${mention.text}" is an outdated name; use "${replacement}".`,
        actual: block.text.slice(mention.offset, mention.endOffset),
        note: name?.note,
        // For patient readers the first use of a familiar name keeps it: "new name (formerly old name)".
        kept: name?.familiar ? `${replacement} (formerly ${mention.text})` : undefined,
      },
    });
  }
  return out;
}
