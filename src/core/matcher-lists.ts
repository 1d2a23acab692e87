import type { Mention } from './matcher';
import type { Entry } from './terminology/types';

/** Words that say how strong or how often a symptom is; they may open an item ("and severe stabbing"). */
const DEGREE = 'very|quite|mild|mildly|severe|severely|sharp|dull|constant|intense|sudden|extreme|extremely|painful|occasional|chronic|persistent';

/**
 * What may stand between two items of one list: a comma, semicolon or slash, "and", "or", "nor" or "&",
 * or a comma followed by one of those words ("numbness, tingling, and burning"), then perhaps a degree word.
 * Bare space never does.
 */
const LIST_SEPARATOR = new RegExp(`^\\s*(?:[,;/]\\s*(?:(?:and|or|nor|&)\\s+)?|(?:and|or|nor|&|and\\/or)\\s+)(?:(?:${DEGREE})\\s+)?$`, 'i');
const LONGEST_SEPARATOR = 24;

/** Between a symptom and words that describe it: "pain can be", "pain feels", "describe the pain as". */
const DESCRIBED_AS = /^\s+(?:(?:can|may|might|will|could|often|usually|sometimes|also)\s+)*(?:be|is|are|was|were|feels?|felt|as|like)\s+(?:(?:very|quite|more|often|sometimes|either)\s+)?$/i;
const LONGEST_DESCRIPTION = 40;

/**
 * The word just before a list word, when it is not one of these, makes the list word part of a longer
 * name ("infantile spasms", "coughing spasms", "emotionally numb"): words that introduce an item or say how
 * strong or how often it is leave it whole ("severe burning", "feel numb").
 */
const ITEM_LEADS = new Set(
  ('and or nor as like be is are was were been feel feels felt feeling become becomes get gets getting have has having ' +
    'experience experiences experiencing include includes including cause causes causing with of any some such also even ' +
    `more deep often sometimes frequent unusual general generalized ${DEGREE.replaceAll('|', ' ')}`).split(' '),
);

/**
 * After the last item, a word that is not one of these makes the whole list describe that word ("sore, tired,
 * burning or itching eyes", "a weak pulse"): the items are then not symptoms of their own.
 */
const ITEM_ENDS = new Set(
  ('in on of at around that which from with when while and or as after before during for to is are was were can may ' +
    'might will could often sometimes usually all along throughout down up across into sensation sensations feeling ' +
    'feelings pain pains especially mostly mainly typically too also etc the your their his her its both').split(' '),
);

/**
 * Everyday words that name a symptom only inside a list of symptoms (`inLists` in the data): "burning" in
 * "numbness, tingling and burning", not in "burning calories". The matcher finds them like any form; `keep`
 * then drops each one that is not a whole item of a list holding a symptom named some other way.
 */
export class ListWords {
  /** Entry id -> its list words. */
  private readonly words = new Map<string, Set<string>>();
  /** The entries a list word may stand beside. */
  private readonly symptoms = new Set<string>();

  /** Registers an entry; returns its list words, for the matcher to index. */
  add(entry: Entry): readonly string[] {
    if (entry.kind === 'symptom') this.symptoms.add(entry.id);
    const listed = entry.inLists ?? [];
    if (listed.length > 0) this.words.set(entry.id, new Set(listed));
    return listed;
  }

  /** `mentions` (in text order) without the list words that stand in no list. */
  keep(text: string, mentions: Mention[]): Mention[] {
    if (this.words.size === 0 || !mentions.some((m) => this.isListWord(m))) return mentions;
    const kept: Mention[] = [];
    let first = 0;
    for (let i = 0; i < mentions.length; i++) {
      const next = mentions[i + 1];
      const gap = next ? next.offset - mentions[i]!.endOffset : Infinity;
      if (gap <= LONGEST_SEPARATOR && LIST_SEPARATOR.test(text.slice(mentions[i]!.endOffset, next!.offset))) continue;
      const list = mentions.slice(first, i + 1);
      const listed = this.anchored(text, mentions, first, list) && !describesNoun(text, mentions[i]!);
      for (const m of list) if (!this.isListWord(m) || (listed && wholeItem(text, m))) kept.push(m);
      first = i + 1;
    }
    return kept;
  }

  private isListWord(mention: Mention): boolean {
    return this.words.get(mention.termId)?.has(mention.surface) === true;
  }

  /**
   * The list holds a symptom named another way, or (two list words at least: "the pain can be weak" says how
   * strong, not weakness) describes the symptom named just before it: "the pain can be stabbing or burning".
   */
  private anchored(text: string, mentions: readonly Mention[], first: number, list: readonly Mention[]): boolean {
    if (list.some((m) => !this.isListWord(m) && this.symptoms.has(m.termId))) return true;
    const before = mentions[first - 1];
    if (list.length < 2 || !before || this.isListWord(before) || !this.symptoms.has(before.termId)) return false;
    const gap = mentions[first]!.offset - before.endOffset;
    return gap <= LONGEST_DESCRIPTION && DESCRIBED_AS.test(text.slice(before.endOffset, mentions[first]!.offset));
  }
}

/** The word right before `m` (same line, space only between) leads into it as an item, or there is none. */
function wholeItem(text: string, m: Mention): boolean {
  const lead = /([\p{L}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, m.offset - 30), m.offset));
  return !lead || ITEM_LEADS.has(lead[1]!.toLowerCase());
}

/** The list's last item runs straight into a word it describes: "... burning or itching eyes". */
function describesNoun(text: string, last: Mention): boolean {
  const after = /^[ \t]+([\p{L}'’-]+)/u.exec(text.slice(last.endOffset, last.endOffset + 30));
  return after !== null && !ITEM_ENDS.has(after[1]!.toLowerCase());
}
