import { WORD_PATTERN, foldExact, foldWord, singularOfListed, singulars, spellingKey, stripPossessive, termWords } from './text/normalize';
import { wordMemo } from './text/word-memo';
import { ListWords } from './matcher-lists';
import type { Entry, SurfaceForm } from './terminology/types';

/** One recognized mention of a terminology entry. Offsets are UTF-16 code units into the scanned text. */
export interface Mention {
  termId: string;
  form: SurfaceForm;
  /** The surface form as listed in the terminology ("Guillian-Barre"). */
  surface: string;
  /** The text as written in the document. */
  text: string;
  offset: number;
  endOffset: number;
  /** The text carried a possessive ("Sjögren's") or plural ending not in the listed form. */
  possessive: boolean;
  plural: boolean;
}

interface Terminal {
  termId: string;
  form: SurfaceForm;
  surface: string;
  /** An `inLists` word: a mention only inside a list of symptoms. */
  listOnly: boolean;
}

/** A word of the scanned text, as the word pattern found it. */
export interface Word {
  start: number;
  end: number;
  raw: string;
}

/** A mention and the index of the first word after it. */
interface Found {
  mention: Mention;
  next: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal?: Terminal;
}

const FORM_PRIORITY: Record<SurfaceForm, number> = {
  preferred: 0,
  synonym: 1,
  lay: 2,
  abbreviation: 3,
  outdated: 4,
  misspelling: 5,
};

/** Characters allowed between the words of one multi-word term: spaces, dashes, slash, one line break. */
const JOINER = /^[ \t\u00a0\-\u2010-\u2015/]*(?:\r?\n|\r)?[ \t\u00a0\-\u2010-\u2015/]*$/;

/** A number in a chemical name's list of positions: "3,4-diaminopyridine" is one name, though the comma splits its words. */
const LOCANT = /^\d{1,2}$/;

/** An ampersand read as the word "and" inside a term ("pins & needles", "Johnson&Johnson"). */
const AMPERSAND = /^[ \t\u00a0]*&[ \t\u00a0]*$/;

/** A genus written as its initial: "C. jejuni" (a capital letter, a full stop, then the lower-case species). */
const INITIAL_STOP = /^\.[ \t\u00a0]+$/;
/** Inside an allele or code name: "HLA-DRB1*15:01". */
const CODE_JOIN = /^[*:]$/;

/** `gap` between `before` and `after` keeps them in one name. */
function joins(gap: string, before: string, after: string): boolean {
  return (
    JOINER.test(gap) ||
    (gap === ',' && LOCANT.test(before) && LOCANT.test(after)) ||
    CODE_JOIN.test(gap) ||
    (INITIAL_STOP.test(gap) && /^\p{Lu}$/u.test(before) && /^\p{Ll}/u.test(after))
  );
}

function newNode(): TrieNode {
  return { children: new Map() };
}

/** Every surface form of an entry with its kind; abbreviations are the case-sensitive ones. */
export function surfaceForms(entry: Entry): Array<{ text: string; form: SurfaceForm }> {
  const forms: Array<{ text: string; form: SurfaceForm }> = [{ text: entry.preferred, form: 'preferred' }];
  if (entry.possessive) forms.push({ text: entry.possessive, form: 'preferred' });
  for (const s of entry.synonyms ?? []) forms.push({ text: s, form: 'synonym' });
  for (const s of entry.lay ?? []) forms.push({ text: s, form: 'lay' });
  for (const a of entry.abbreviations ?? []) forms.push({ text: a.abbr, form: 'abbreviation' });
  for (const o of entry.outdated ?? []) forms.push({ text: o.term, form: 'outdated' });
  for (const m of entry.misspellings ?? []) forms.push({ text: m, form: 'misspelling' });
  return forms;
}

/**
 * The matcher's own copy of the word pattern. Its scan leaves `lastIndex` past the range, and other
 * modules read words with `matchAll(WORD_PATTERN)`, which starts at the shared pattern's `lastIndex`:
 * sharing one stateful pattern made them skip words after a match.
 */
const SCAN = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);

/**
 * A precompiled word trie over every surface form of every visible entry. Matching is one pass
 * over the words of the text, longest match first, so it is linear in the text length.
 */
export class TermMatcher {
  private readonly names = newNode();
  private readonly exact = newNode();
  /**
   * Every word of the text is tried at both roots, and most words repeat: their first steps are kept, both
   * tries' in one entry (one lookup per word), undefined for a word that starts no path in either (most words).
   */
  private readonly rootSteps = wordMemo((raw): RootSteps | undefined => {
    const names = this.stepsFrom(this.names, raw, false);
    const exact = this.stepsFrom(this.exact, raw, true);
    return names === NO_STEPS && exact === NO_STEPS ? undefined : { names, exact };
  });
  private readonly lists = new ListWords();

  constructor(entries: readonly Entry[]) {
    const derived: Array<{ words: string[]; terminal: Terminal }> = [];
    for (const entry of entries) {
      if (entry.hidden) continue;
      for (const text of this.lists.add(entry)) this.insert(this.names, termWords(text, false), { termId: entry.id, form: 'lay', surface: text, listOnly: true });
      for (const { text, form } of surfaceForms(entry)) {
        const caseSensitive = form === 'abbreviation';
        const words = termWords(text, caseSensitive);
        const terminal = { termId: entry.id, form, surface: text, listOnly: false };
        this.insert(caseSensitive ? this.exact : this.names, words, terminal);
        if (caseSensitive) continue;
        // Derived forms: the British/American spelling key ("fibre" -> "fiber") and, for a form listed in
        // the plural ("anti-epileptic drugs"), its singular.
        const keyed = words.map(spellingKey);
        if (keyed.some((w, i) => w !== words[i])) derived.push({ words: keyed, terminal });
        const singular = singularOfListed(keyed);
        if (singular) derived.push({ words: singular, terminal });
      }
    }
    // Derived forms fill only places where no listed form of any entry ends: the data always wins.
    for (const { words, terminal } of derived) this.insertIfFree(this.names, words, terminal);
  }

  private insertIfFree(root: TrieNode, words: string[], terminal: Terminal): void {
    let node = root;
    for (const w of words) {
      let next = node.children.get(w);
      if (!next) node.children.set(w, (next = newNode()));
      node = next;
    }
    node.terminal ??= terminal;
  }

  private insert(root: TrieNode, words: string[], terminal: Terminal): void {
    if (words.length === 0) return;
    let node = root;
    for (const w of words) {
      let next = node.children.get(w);
      if (!next) node.children.set(w, (next = newNode()));
      node = next;
    }
    // Two entries may share a surface only when the data marks it ambiguous; the first listed wins,
    // and a preferred term always beats a misspelling that folds to the same words.
    if (!node.terminal || FORM_PRIORITY[terminal.form] < FORM_PRIORITY[node.terminal.form]) node.terminal = terminal;
  }

  /**
   * Finds every mention in `text`, left to right, without overlaps. `from`/`to` bound the scan;
   * offsets in the result are offsets into `text`. Never throws on any string.
   */
  match(text: string, from = 0, to = text.length): Mention[] {
    return this.matchWords(text, from, to).mentions;
  }

  /** `match`, with the words it read, for callers that read the same words again (near misses). */
  matchWords(text: string, from = 0, to = text.length): { mentions: Mention[]; words: Word[] } {
    const words: Word[] = [];
    SCAN.lastIndex = from;
    for (let m = SCAN.exec(text); m && m.index < to; m = SCAN.exec(text)) {
      words.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
    }
    const mentions: Mention[] = [];
    this.scanWords(text, words, 0, words.length, mentions);
    return { mentions: this.lists.keep(text, mentions), words };
  }

  /**
   * Left to right over words[from, to), longest match first. A match gives way to a longer one that
   * starts inside it and runs past its end: "peripheral nerve conduction studies" is the test, with
   * "peripheral" before it, not "peripheral nerve" followed by loose words.
   */
  private scanWords(text: string, words: Word[], from: number, to: number, mentions: Mention[]): void {
    let i = from;
    while (i < to) {
      const found = this.longestAt(text, words, i, to);
      if (!found) {
        i++;
        continue;
      }
      const overtaking = this.overtaking(text, words, i, found.next, to);
      if (overtaking) {
        this.scanWords(text, words, i, overtaking.first, mentions);
        mentions.push(overtaking.match.mention);
        i = overtaking.match.next;
      } else {
        mentions.push(found.mention);
        i = found.next;
      }
    }
  }

  /** A match of more words than words[first, next) that starts inside that span and ends after it. */
  private overtaking(text: string, words: Word[], first: number, next: number, to: number): { first: number; match: Found } | undefined {
    for (let k = first + 1; k < next; k++) {
      const match = this.longestAt(text, words, k, to);
      if (match && match.next > next && match.next - k > next - first) return { first: k, match };
    }
    return undefined;
  }

  /**
   * The entry a whole word sequence names when it is exactly one listed form ("sciatic" + "nerves" ->
   * sciatic nerve), walked as `match` walks text (plurals, possessives, spelling keys); else undefined.
   */
  completes(raws: readonly string[]): { termId: string; form: SurfaceForm; surface: string } | undefined {
    for (const [root, exact] of [
      [this.names, false],
      [this.exact, true],
    ] as const) {
      let frontier: TrieNode[] = [root];
      for (let j = 0; j < raws.length && frontier.length > 0; j++) {
        const next: TrieNode[] = [];
        for (const node of frontier) {
          for (const step of this.steps(node, raws[j]!, exact)) {
            if (j === raws.length - 1 && step.terminal && !step.terminal.listOnly) return step.terminal;
            if (step.node) next.push(step.node);
          }
        }
        frontier = next;
      }
    }
    return undefined;
  }

  private longestAt(text: string, words: Word[], first: number, to = words.length): Found | undefined {
    // Most words start no name: answered by one lookup, before the walks below allocate anything.
    const firstSteps = this.rootSteps(words[first]!.raw);
    if (firstSteps === undefined) return undefined;
    const best = this.walk(text, words, first, to, firstSteps.names, false, undefined);
    return this.walk(text, words, first, to, firstSteps.exact, true, best);
  }

  /**
   * The longest match from word `first` in one trie, given the first word's steps from its root, or `best` when
   * none is longer. A word can lead to more than one branch ("Sjögren's" as written and as "Sjögren"), so every
   * branch is walked; tries are shallow (a few words), so this stays linear in the text.
   */
  private walk(text: string, words: Word[], first: number, to: number, firstSteps: readonly Step[], exact: boolean, best: Found | undefined): Found | undefined {
    let frontier: TrieNode[] = [];
    for (const step of firstSteps) {
      best = this.consider(text, words, first, first, step, best);
      if (step.node) frontier.push(step.node);
    }
    for (let j = first + 1; j < to && frontier.length > 0; j++) {
      const word = words[j]!;
      const before = words[j - 1]!;
      // One space, by far the most common gap, joins words without reading it.
      if (word.start !== before.end + 1 || text.charCodeAt(before.end) !== 32) {
        const gap = text.slice(before.end, word.start);
        if (AMPERSAND.test(gap)) frontier = frontier.flatMap((node) => this.steps(node, 'and', exact).flatMap((s) => (s.node ? [s.node] : [])));
        else if (!joins(gap, before.raw, word.raw)) break;
      }
      const next: TrieNode[] = [];
      for (const node of frontier) {
        for (const step of this.steps(node, word.raw, exact)) {
          best = this.consider(text, words, first, j, step, best);
          if (step.node) next.push(step.node);
        }
      }
      frontier = next;
    }
    return best;
  }

  /** `best`, or the match of words[first..j] that `step` completes when it ends later. */
  private consider(text: string, words: Word[], first: number, j: number, step: Step, best: Found | undefined): Found | undefined {
    const word = words[j]!;
    if (!step.terminal || (best && word.end <= best.mention.endOffset)) return best;
    const start = words[first]!.start;
    if (step.terminal.form === 'abbreviation' && (insideCode(text, start, word.end) || countedNumeral(text, start, word.end))) return best;
    const { termId, form, surface } = step.terminal;
    // One object literal with every field: a spread copy here made mentions slow to read downstream
    // (the 1 MB single-line bad-input case went from 2 s to over 90 s of CPU).
    const { possessive, plural } = step;
    return { next: j + 1, mention: { termId, form, surface, text: text.slice(start, word.end), offset: start, endOffset: word.end, possessive, plural } };
  }

  /**
   * Every way one word continues a trie path: as written, without a possessive, as a singular (which
   * only completes a term), and for case-sensitive forms with a capital first letter lowered
   * ("Anti-MAG" at the start of a heading or sentence for "anti-MAG").
   */
  private steps(node: TrieNode, raw: string, exact: boolean): readonly Step[] {
    if (node === this.names) return this.rootSteps(raw)?.names ?? NO_STEPS;
    if (node === this.exact) return this.rootSteps(raw)?.exact ?? NO_STEPS;
    return this.stepsFrom(node, raw, exact);
  }

  private stepsFrom(node: TrieNode, raw: string, exact: boolean): readonly Step[] {
    const out: Step[] = [];
    for (const { key, stem, singulars } of exact ? exactWordKeys(raw) : foldedWordKeys(raw)) {
      const direct = node.children.get(key);
      if (direct) out.push({ node: direct, terminal: direct.terminal, possessive: false, plural: false });
      const viaStem = stem === undefined ? undefined : node.children.get(stem);
      if (viaStem) out.push({ node: viaStem, terminal: viaStem.terminal, possessive: true, plural: false });
      // Tried even when the word as written leads somewhere: "muscles" starts "muscles of respiration"
      // and is also the plural of "muscle".
      if (direct?.terminal || viaStem?.terminal) continue;
      for (const { singular, spelled } of singulars) {
        const viaSingular = node.children.get(singular) ?? (spelled === undefined ? undefined : node.children.get(spelled));
        // A plural ending only completes a term; it never continues into a longer one.
        if (viaSingular?.terminal) {
          out.push({ node: undefined, terminal: viaSingular.terminal, possessive: stem !== undefined, plural: true });
          break;
        }
      }
    }
    return out.length > 0 ? out : NO_STEPS;
  }
}

/** One key of a written word (see `foldKeys`, `exactKeys`) with what `stepsFrom` tries after it. */
interface WordKey {
  key: string;
  /** The key without a possessive ending, when it has one. */
  stem: string | undefined;
  /** Singulars of the stem (or key), most likely first, each with its spelling key for case-insensitive forms. */
  singulars: ReadonlyArray<{ singular: string; spelled: string | undefined }>;
}

function wordKeys(keys: readonly string[], exact: boolean): WordKey[] {
  return keys.map((key) => {
    const stem = stripPossessive(key);
    // An abbreviation's plural takes a small s ("LPs"); "LPS" is another abbreviation, not the plural of "LP".
    const plural = !(exact && /\p{Lu}$/u.test(stem ?? key));
    return { key, stem, singulars: plural ? singulars(stem ?? key).map((singular) => ({ singular, spelled: exact ? undefined : spellingKey(singular) })) : [] };
  });
}

/**
 * A word's keys, kept per written word: a word that continues a path is read again at every node it is tried
 * from, and the words of a document repeat, so folding and taking off endings once per word saves most of that work.
 */
const foldedWordKeys = wordMemo((raw) => wordKeys(foldKeys(raw), false));
const exactWordKeys = wordMemo((raw) => wordKeys(exactKeys(raw), true));

/** Shared by every word that continues no path (most words), so kept root steps cost little memory. */
const NO_STEPS: readonly Step[] = [];

/** A word's first steps from both roots (see `TermMatcher.rootSteps`). */
interface RootSteps {
  names: readonly Step[];
  exact: readonly Step[];
}

interface Step {
  node: TrieNode | undefined;
  terminal?: Terminal;
  possessive: boolean;
  plural: boolean;
}

/** Keys for a word of a case-insensitive form: folded as written, then its British/American spelling key. */
function foldKeys(raw: string): string[] {
  const key = foldWord(raw);
  const spelled = spellingKey(key);
  return spelled === key ? [key] : [key, spelled];
}

/** Keys for a case-sensitive word: as written, then with a leading capital lowered ("Anti" -> "anti"). */
function exactKeys(raw: string): string[] {
  const key = foldExact(raw);
  const lowered = key.charAt(0).toLowerCase() + key.slice(1);
  return lowered !== key && /^\p{Lu}\p{Ll}/u.test(key) ? [key, lowered] : [key];
}

/**
 * An abbreviation joined by a hyphen to more capitals is part of another code: "NIS" in "NIS-LL" (a
 * subscore), "MG" in "MG-ADL" (a scale). Lower case or digits after the hyphen keep it ("IVIG-treated").
 */
function insideCode(text: string, start: number, end: number): boolean {
  return CODE_AFTER.test(text.slice(end, end + 2)) || CODE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * A Roman numeral after a word that counts things is a number: "stage IV", "type II", "Class IV laser",
 * "phase III", not intravenous or another abbreviation spelled with the same capitals.
 */
function countedNumeral(text: string, start: number, end: number): boolean {
  return ROMAN_NUMERAL.test(text.slice(start, end)) && COUNTING_WORD.test(text.slice(Math.max(0, start - 12), start));
}

const ROMAN_NUMERAL = /^[IVX]{1,4}$/;
const COUNTING_WORD = /\b(?:stage|type|class|grade|phase|level|category|part|chapter|schedule|tier|step|section|volume|group|factor)\s+$/i;

const CODE_AFTER = /^-\p{Lu}/u;
const CODE_BEFORE = /\p{Lu}-$/u;
