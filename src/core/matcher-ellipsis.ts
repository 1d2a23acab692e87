import type { Mention, TermMatcher } from './matcher';
import type { SurfaceForm } from './terminology/types';

/** How far before a mention a list of shared-head words is looked for (UTF-16 units). */
export const LIST_WINDOW = 160;

/** Words before "and"/"or" that end right before a mention: earlier words joined by commas, then the nearest. */
const LIST_BEFORE = /((?:[\p{L}\p{N}][\p{L}\p{M}\p{N}]*[ \t\u00a0]*,[ \t\u00a0]*)*)([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)[ \t\u00a0]*,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+$/diu;
const ENDS_WITH_CONJUNCTION = /(?:^|[^\p{L}])(?:and|or)[ \t\u00a0]+$/iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** Misspellings and outdated names stay whole-form only: a fix must never rewrite one word of a list. */
const READABLE: ReadonlySet<SurfaceForm> = new Set(['preferred', 'synonym', 'lay']);

/**
 * Shared heads of a coordinated list ("the median, radial and tibial nerves", "upper and lower limbs",
 * "sensory and autonomic neuropathy", "a skin and nerve biopsy"): each word before the "and"/"or" (and the
 * words before it joined by commas) that, put in front of the rest of the multi-word mention after the
 * conjunction, spells a listed form is a mention of that entry spanning only the word written. Only for
 * what the reader sees (hover, `neuroterm terms`): rules keep `mentions` as matched, since the claim
 * reader settles half-written names itself. A word inside a longer mention or an abbreviation stops the
 * list. `mentions` must be in text order with offsets into `text`; returns only the new mentions.
 */
export function sharedHeadMentions(text: string, mentions: readonly Mention[], matcher: Pick<TermMatcher, 'completes'>): Mention[] {
  const out: Mention[] = [];
  mentions.forEach((m, k) => {
    const tail = m.text.match(WORD);
    if (!tail || tail.length < 2) return;
    const windowStart = Math.max(0, m.offset - LIST_WINDOW);
    const before = text.slice(windowStart, m.offset);
    if (!ENDS_WITH_CONJUNCTION.test(before.slice(-6))) return;
    const list = LIST_BEFORE.exec(before);
    if (!list?.indices) return;
    const nearest = list.indices[2]!;
    const words = [{ raw: list[2]!, start: windowStart + nearest[0] }];
    const earlier = list.indices[1]!;
    for (const w of [...(list[1] ?? '').matchAll(WORD)].reverse()) words.push({ raw: w[0], start: windowStart + earlier[0] + w.index! });
    let j = k - 1;
    for (const w of words) {
      const end = w.start + w.raw.length;
      while (j >= 0 && mentions[j]!.offset >= end) j--;
      const held = j >= 0 && mentions[j]!.endOffset > w.start ? mentions[j]! : undefined;
      if (held && (held.offset !== w.start || held.endOffset !== end || held.form === 'abbreviation')) break;
      const found = matcher.completes([w.raw, ...tail.slice(1)]);
      if (!found || !READABLE.has(found.form)) break;
      const { termId, form, surface } = found;
      // Every field in one literal, in the matcher's order, so all mentions share one shape.
      out.push({ termId, form, surface, text: w.raw, offset: w.start, endOffset: end, possessive: false, plural: false });
    }
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/** `mentions` with the shared-head mentions in place of the one-word mentions they read more fully. */
export function withSharedHeads(text: string, mentions: readonly Mention[], matcher: Pick<TermMatcher, 'completes'>): Mention[] {
  const added = sharedHeadMentions(text, mentions, matcher);
  if (added.length === 0) return [...mentions];
  const taken = new Set(added.map((m) => m.offset));
  return [...mentions.filter((m) => !taken.has(m.offset)), ...added].sort((a, b) => a.offset - b.offset);
}
