import type { Mention } from './matcher';
import type { SurfaceForm } from './terminology/types';

/** A word of the scanned text, as the matcher splits it. Offsets are UTF-16 code units. */
export interface ScannedWord {
  start: number;
  end: number;
  raw: string;
}

/** A mention with the indexes of its first and last word in the scanned words. */
export interface PlacedMention {
  mention: Mention;
  first: number;
  last: number;
}

/** What a word sequence names when it is a whole listed form, or undefined. */
export type Completer = (raws: readonly string[]) => { termId: string; form: SurfaceForm; surface: string } | undefined;

const CONJUNCTIONS = new Set(['and', 'or']);
const SPACE = /^[ \t\u00a0]+$/;
const COMMA = /^[ \t\u00a0]*,[ \t\u00a0]*$/;
/** Misspellings and outdated names stay whole-form only: a fix must never rewrite one word of a list. */
const READABLE: ReadonlySet<SurfaceForm> = new Set(['preferred', 'synonym', 'lay']);

/**
 * Shared heads of a coordinated list ("the median, radial and tibial nerves", "upper and lower limbs",
 * "sensory and autonomic neuropathy"): a word before "and"/"or" (and the words before it, joined by
 * commas) that, put in front of the rest of the multi-word mention after the conjunction, spells a
 * listed form becomes a mention of that entry, spanning only the word written. A one-word mention
 * there is replaced, except an abbreviation (the abbreviation rules read those). Returns the mentions
 * in text order; linear in the number of mentions.
 */
export function withEllipses(text: string, words: readonly ScannedWord[], placed: readonly PlacedMention[], complete: Completer): Mention[] {
  // Which mention holds each word; built only once a list is found, since most blocks have none.
  let owner: Map<number, number> | undefined;
  const ownerOf = (w: number): number | undefined => {
    if (!owner) {
      owner = new Map();
      placed.forEach((p, k) => {
        for (let i = p.first; i <= p.last; i++) owner!.set(i, k);
      });
    }
    return owner.get(w);
  };
  const removed = new Set<number>();
  const added: Mention[] = [];
  const gap = (a: number, b: number) => text.slice(words[a]!.end, words[b]!.start);
  for (const p of placed) {
    if (p.last === p.first || p.first < 2) continue;
    const conj = words[p.first - 1]!;
    if (!CONJUNCTIONS.has(conj.raw.toLowerCase()) || !SPACE.test(gap(p.first - 1, p.first))) continue;
    const tail = words.slice(p.first + 1, p.last + 1).map((w) => w.raw);
    let cand = p.first - 2;
    let joiner = gap(cand, p.first - 1);
    while (cand >= 0 && (SPACE.test(joiner) || COMMA.test(joiner))) {
      const k = ownerOf(cand);
      const held = k === undefined ? undefined : placed[k]!;
      if (held && (held.first !== held.last || held.mention.form === 'abbreviation')) break;
      const found = complete([words[cand]!.raw, ...tail]);
      if (!found || !READABLE.has(found.form)) break;
      if (k !== undefined) removed.add(k);
      const w = words[cand]!;
      const { termId, form, surface } = found;
      // Every field in one literal, in the matcher's order, so all mentions share one shape.
      added.push({ termId, form, surface, text: w.raw, offset: w.start, endOffset: w.end, possessive: false, plural: false });
      if (cand === 0 || !COMMA.test(gap(cand - 1, cand))) break;
      joiner = gap(cand - 1, cand);
      cand -= 1;
    }
  }
  if (added.length === 0) return placed.map((p) => p.mention);
  const kept = placed.filter((_, k) => !removed.has(k)).map((p) => p.mention);
  return [...kept, ...added].sort((a, b) => a.offset - b.offset);
}
