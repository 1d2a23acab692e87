import { surfaceForms, type Mention, type Word } from './matcher';
import type { TermIndex } from './terminology/term-index';
import { WORD_PATTERN, foldWord } from './text/normalize';
import { wordMemo } from './text/word-memo';

/**
 * Near misses: a name written with one letter wrong, missing, extra or swapped in one of its words
 * ("amyotrophic laterial sclerosis", "spinal chord", "Paranoeplastic"), found as a misspelling
 * mention of the entry even though the terminology does not list that spelling. Safe by design: in a
 * name of several words all other words must match exactly; the odd word must share its first letter
 * with the right one, be five letters or more (the right one four), be no word of any listed name, differ before its last
 * two letters (endings are grammar: "diagnoses"), and not be a British or American spelling of it. A
 * one-word name must be nine letters or more.
 */

interface Name {
  termId: string;
  surface: string;
  words: string[];
}

interface NearIndex {
  /** Names of several words keyed by their words with one left out ("spinal *"). */
  partial: Map<string, Array<{ name: Name; slot: number }>>;
  /** One-word names of nine letters or more, by their first two letters. */
  long: Map<string, Name[]>;
  /** Every word of every listed form: such a word is a real word, never a near miss. */
  known: Set<string>;
  /** Each word of a checked name and its one-letter deletions: a written word none of whose deletions is here is no near miss. */
  deletions: Set<string>;
  /** Whether one of a written (folded) word's one-letter deletions is in `deletions`; kept per word. */
  mayMiss: (word: string) => boolean;
  /** A word as written, folded and looked up in `known`; kept per written word. */
  read: (raw: string) => WordReading;
  /** The one-word name a (folded) word is one letter off from (see `singleMiss`); kept per word, since misspellings repeat. */
  longMiss: (word: string) => Name | undefined;
}

/** Shortest word written off by a letter that is read as a near miss, and shortest right word it may stand for ("chord" for "cord"). */
const MIN_WORD = 5;
const MIN_RIGHT = 4;
const MIN_SINGLE = 9;
const MAX_WORDS = 6;
const indexes = new WeakMap<TermIndex, NearIndex>();

function indexFor(terms: TermIndex): NearIndex {
  let index = indexes.get(terms);
  if (index) return index;
  const deletions = new Set<string>();
  const known = new Set<string>();
  const read = wordMemo((raw): WordReading => {
    const word = foldWord(raw);
    return { word, known: known.has(word) };
  });
  const long = new Map<string, Name[]>();
  const longMiss = wordMemo((word) => long.get(word.slice(0, 2))?.find((n) => nearWord(word, n.words[0]!)));
  index = { partial: new Map(), long, known, deletions, mayMiss: wordMemo((word) => withDeletions(word).some((d) => deletions.has(d))), read, longMiss };
  for (const entry of terms.entries) {
    for (const { text, form } of surfaceForms(entry)) {
      const words = (text.match(WORD_PATTERN) ?? []).map(foldWord);
      for (const w of words) index.known.add(w);
      if (form !== 'preferred' && form !== 'synonym') continue;
      const name = { termId: entry.id, surface: text, words };
      for (const w of words) if (w.length >= MIN_RIGHT) for (const d of withDeletions(w)) index.deletions.add(d);
      if (words.length === 1 && words[0]!.length >= MIN_SINGLE) push(index.long, words[0]!.slice(0, 2), name);
      if (words.length < 2 || words.length > MAX_WORDS) continue;
      words.forEach((w, slot) => {
        if (w.length >= MIN_RIGHT) push(index.partial, keyWithout(words, slot), { name, slot });
      });
    }
  }
  indexes.set(terms, index);
  return index;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The word and every string one letter shorter: two words one edit apart share one of them. */
function withDeletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const keyWithout = (words: readonly string[], slot: number): string => words.map((w, i) => (i === slot ? '*' : w)).join(' ');

/** A written word folded, and whether it is a word of a listed form; one object per distinct written word. */
interface WordReading {
  word: string;
  known: boolean;
}

/** Only spaces and dashes between two words of one name ("spinal chord", "Guillain-Barre"). */
const NAME_GAP = /^[\s\-\u2010-\u2015]+$/;

/**
 * Near-miss mentions among `words` of `text` (the words the matcher read), outside the spans of
 * `found` (the matcher's mentions there). Linear in the words: only a run with exactly one unknown word is looked up.
 */
export function nearMisses(text: string, words: readonly Word[], found: readonly Mention[], terms: TermIndex): Mention[] {
  const index = indexFor(terms);
  const readings = words.map(({ raw }) => index.read(raw));
  // The mention covering each word, in one sweep (mentions are in text order).
  const cover: Array<Mention | undefined> = [];
  let f = 0;
  for (const w of words) {
    while (f < found.length && found[f]!.endOffset <= w.start) f++;
    cover.push(f < found.length && found[f]!.offset < w.end ? found[f] : undefined);
  }
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word, known } = readings[i]!;
    if (known || word.length < MIN_WORD || cover[i] || !index.mayMiss(word)) continue;
    const hit = singleMiss(word, words[i]!, index) ?? runMiss(text, words, readings, i, index, cover);
    if (!hit) continue;
    const { name, offset, endOffset } = hit;
    out.push({ termId: name.termId, form: 'misspelling', surface: name.surface, text: text.slice(offset, endOffset), offset, endOffset, possessive: false, plural: false });
  }
  return out;
}

interface Hit {
  name: Name;
  offset: number;
  endOffset: number;
}

function singleMiss(word: string, at: Word, index: NearIndex): Hit | undefined {
  if (word.length < MIN_SINGLE - 1) return undefined;
  const name = index.longMiss(word);
  return name && { name, offset: at.start, endOffset: at.end };
}

/**
 * A run of known words around the unknown word `i` that is a listed name with that one word off by a letter.
 * Runs that cannot be a name are passed over without building anything (most runs around most words).
 */
function runMiss(text: string, words: readonly Word[], readings: readonly WordReading[], i: number, index: NearIndex, cover: ReadonlyArray<Mention | undefined>): Hit | undefined {
  for (let size = 2; size <= MAX_WORDS; size++) {
    for (let first = Math.max(0, i - size + 1); first <= i && first + size <= words.length; first++) {
      const last = first + size - 1;
      if (!nameRun(text, words, readings, i, first, last, cover)) continue;
      const slot = i - first;
      const candidates = index.partial.get(keyWithout(readings.slice(first, last + 1).map((r) => r.word), slot)) ?? [];
      const match = candidates.find((c) => c.slot === slot && c.name.words.length === size && nearWord(readings[i]!.word, c.name.words[slot]!));
      if (match) return { name: match.name, offset: words[first]!.start, endOffset: words[last]!.end };
    }
  }
  return undefined;
}

/**
 * Words [first, last] can be a name with word `i` off: the others are known words joined by spaces or dashes, and a
 * word another mention covers joins only when that mention lies inside the run ("neuropathy" in "Paranoeplastic neuropathy").
 */
function nameRun(text: string, words: readonly Word[], readings: readonly WordReading[], i: number, first: number, last: number, cover: ReadonlyArray<Mention | undefined>): boolean {
  const from = words[first]!.start;
  const to = words[last]!.end;
  for (let k = first; k <= last; k++) {
    const m = cover[k];
    if (k !== i && (!readings[k]!.known || (m !== undefined && (m.offset < from || m.endOffset > to)))) return false;
    if (k > first && !NAME_GAP.test(text.slice(words[k - 1]!.end, words[k]!.start))) return false;
  }
  return true;
}

/** One letter wrong, missing, extra or swapped before the last two letters, same first letter, not a spelling variant. */
export function nearWord(written: string, right: string): boolean {
  if (written === right || written[0] !== right[0] || Math.abs(written.length - right.length) > 1) return false;
  let a = 0;
  while (a < written.length && a < right.length && written[a] === right[a]) a++;
  let b = 0;
  while (b < written.length - a && b < right.length - a && written[written.length - 1 - b] === right[right.length - 1 - b]) b++;
  // The edit sits between the common head (a letters) and tail (b letters).
  const w = written.length - a - b;
  const r = right.length - a - b;
  const swapped = w === 2 && r === 2 && written[a] === right[a + 1] && written[a + 1] === right[a];
  const single = (w === 1 && r === 1) || (w === 0 && r === 1) || (w === 1 && r === 0);
  // The last two letters must agree: a different ending is grammar ("diagnoses", "diagnosis").
  // Spelling variants last: folding both words costs five replacements each, and most pairs fail the tests above.
  return (single || swapped) && b >= 2 && variant(written) !== variant(right);
}

/** British and American spellings folded together: paediatric/pediatric, fibre/fiber, paralyse/paralyze, tumour/tumor. */
function variant(word: string): string {
  return word.replace(/ae|oe/g, 'e').replace(/our/g, 'or').replace(/re$/, 'er').replace(/ys(e|ed|es|ing)$/, 'yz$1').replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
}
