import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Abbreviation, Entry } from '../../terminology/types';
import { WORD_PATTERN, escapeRegExp } from '../../text/normalize';
import type { ProseUnit } from '../../markdown/prose';
import type { Block, RuleEnv, Totals } from '../rule';
import { keysWith, sameSet, withItem } from '../fold-state';
import { eponymUses, firstStyle, writesPossessive } from '../spelling/eponym-mix';
import { STAND_IN_NOUNS } from '../claims/sentences';

/** The first use of one abbreviation (case aside) in the body text of a document, and whether it is expanded. */
export interface AbbreviationUse {
  entry: Entry;
  abbreviation: Abbreviation;
  /** The use, chunk-relative. */
  mention: Mention;
  /** The document pairs the abbreviation with an expansion at or before this use. */
  definedBefore: boolean;
  /** The document pairs the abbreviation with an expansion somewhere (with this meaning or another). */
  definedAnywhere: boolean;
}

/** Small words an expansion may contain that do not give a letter: "Peripheral Nerve Society", "X with Y". */
const SKIP_WORDS = new Set(['of', 'and', 'the', 'with', 'in', 'to', 'for', 'or', 'a', 'an']);

/** What the first-use pass knows after the chunks read so far; abbreviations in upper case. */
export interface FirstUses {
  /** Spelled out so far. */
  defined: ReadonlySet<string>;
  /** Used in body text so far. */
  used: ReadonlySet<string>;
  /** First used in a heading, before any use in body text. */
  titled: ReadonlySet<string>;
  /** The last heading so far heads a list of names ("Synonyms"). */
  underNames: boolean;
}

const NO_USES: FirstUses = { defined: new Set(), used: new Set(), titled: new Set(), underNames: false };

function sameUses(a: FirstUses, b: FirstUses): boolean {
  return a === b || (a.underNames === b.underNames && sameSet(a.defined, b.defined) && sameSet(a.used, b.used) && sameSet(a.titled, b.titled));
}

/** What both abbreviation rules summarize of a chunk: its abbreviations, and its first eponym's form for the expansions fixes write. */
export interface AbbreviationSummary {
  abbreviations: ChunkAbbreviation[];
  eponym: ReturnType<typeof firstStyle>;
  /** Whether the chunk's last heading heads a list of names; undefined when it has no heading. */
  lastHeading: boolean | undefined;
}

/** Both rules summarize a chunk with this, so it is read once per block and kept with it. */
export const abbreviationSummary = (block: Block, env: RuleEnv): AbbreviationSummary => block.read(readAbbreviationSummary, env.terms);

function readAbbreviationSummary(block: Block, terms: TermIndex): AbbreviationSummary {
  const headings = block.units.filter((u) => u.kind === 'heading');
  const last = headings[headings.length - 1];
  const written = otherMeaningsWritten(block);
  return { abbreviations: abbreviationsOf(block).filter((a) => a.expanded || !standsForOtherMeaning(a.mention, terms, written)), eponym: firstStyle(eponymUses(block.mentions, terms)), lastHeading: last && namesHeading(block, last) };
}

/** Whether the chunk writes out a meaning, each asked once per chunk: a pasted list can repeat one abbreviation thousands of times. */
function otherMeaningsWritten(block: Block): (meaning: string) => boolean {
  let text: string | undefined;
  const known = new Map<string, boolean>();
  return (meaning) => {
    let found = known.get(meaning);
    if (found === undefined) {
      text ??= block.masked.toLowerCase();
      found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(meaning.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(text);
      known.set(meaning, found);
    }
    return found;
  };
}

/**
 * "Plasma exchange can help autoimmune encephalitis ... the symptoms of AE": the chunk writes out another meaning of
 * an ambiguous abbreviation, so the abbreviation stands for that meaning, and neither rule may ask for the entry's
 * expansion ("adverse event (AE)").
 */
function standsForOtherMeaning(mention: Mention, terms: TermIndex, written: (meaning: string) => boolean): boolean {
  const abbreviation = terms.get(mention.termId)?.abbreviations?.find((a) => a.abbr === mention.surface);
  if (!abbreviation?.ambiguous || !abbreviation.otherMeanings?.length) return false;
  return abbreviation.otherMeanings.some(written);
}

/** Where both abbreviation rules' pass over the chunks stands. */
export interface AbbreviationScan {
  uses: FirstUses;
  /** Abbreviations the document spells out anywhere. */
  defined: ReadonlySet<string>;
  /** Whether fixes write eponyms in the possessive. */
  possessive: boolean;
}

export function startScan(env: RuleEnv, totals: Totals, summaries: readonly AbbreviationSummary[]): AbbreviationScan {
  return { uses: NO_USES, defined: keysWith(totals.keys(), DEFINED), possessive: writesPossessive(env, summaries, (s) => s.eponym) };
}

export function sameScan(a: AbbreviationScan, b: AbbreviationScan): boolean {
  return a.possessive === b.possessive && sameSet(a.defined, b.defined) && sameUses(a.uses, b.uses);
}

/** What a chunk adds to the document's totals: the abbreviations it spells out. */
export function definitionsTally(abbreviations: readonly ChunkAbbreviation[]): Array<[string, number]> {
  return abbreviations.filter((a) => a.expanded).map((a) => [DEFINED + a.key, 1]);
}

/** The totals key of an abbreviation spelled out somewhere, before the abbreviation. */
const DEFINED = 'defined:';

/**
 * One chunk of the pass over the document's abbreviation mentions, in order: each abbreviation's
 * first use outside headings (a title may use the abbreviation its first paragraph expands), or its
 * first use in a heading when the page never expands it; `found` gets the use the rules report on.
 * A document pairs an abbreviation with its expansion as "long form (ABBR)" or "ABBR (long form)", in a
 * heading or in text. The long form alone does not define the abbreviation: the reader must be told
 * which letters stand for it. `spelledOut`: every abbreviation the document spells out. Returns the state after the chunk.
 */
export function firstUsesIn(state: FirstUses, summary: AbbreviationSummary, env: RuleEnv, spelledOut: ReadonlySet<string>, found: (use: AbbreviationUse) => void): FirstUses {
  let { defined, used, titled } = state;
  for (const { mention, key, expanded, heading, aloneInItem, underHeading } of summary.abbreviations) {
    // "## Synonyms" over "- MMN": the item lists a name; it is no use in prose that needs spelling out.
    if (aloneInItem && (underHeading ?? state.underNames)) continue;
    if (expanded) defined = withItem(defined, key);
    // Each abbreviation counts on its own: "PLEX" defined says nothing about "PE" for the same entry.
    if (used.has(key) || (heading && titled.has(key))) continue;
    const entry = env.terms.get(mention.termId);
    const abbreviation = entry?.abbreviations?.find((a) => a.abbr === mention.surface);
    if (!entry || !abbreviation || partOfName(entry, mention.surface)) continue;
    const anywhere = spelledOut.has(key);
    const use = { entry, abbreviation, mention, definedBefore: defined.has(key), definedAnywhere: anywhere };
    if (heading) {
      titled = withItem(titled, key);
      // A page that never expands it gets the finding at its first use, in a heading too.
      if (!anywhere) found(use);
    } else {
      const inTitle = titled.has(key);
      used = withItem(used, key);
      if (anywhere || !inTitle) found(use);
    }
  }
  const underNames = summary.lastHeading ?? state.underNames;
  return defined === state.defined && used === state.used && titled === state.titled && underNames === state.underNames ? state : { defined, used, titled, underNames };
}

/** One abbreviation mention of a chunk with its local facts. */
export interface ChunkAbbreviation {
  mention: Mention;
  /** Upper-case surface: "IVIG" and "IVIg" are one abbreviation. */
  key: string;
  expanded: boolean;
  heading: boolean;
  /** The mention is a list item on its own. */
  aloneInItem: boolean;
  /** Whether the last heading of the chunk before the mention heads a list of names; undefined when there is none. */
  underHeading: boolean | undefined;
}

/**
 * The abbreviation mentions of one chunk with their local facts: what the abbreviation rules
 * summarize of a chunk, so a re-lint of a long document only walks these short lists.
 */
export function abbreviationsOf(block: Block): ChunkAbbreviation[] {
  const list: ChunkAbbreviation[] = [];
  block.mentions.forEach((mention, i) => {
    if (mention.form !== 'abbreviation' || inCredentials(block.masked, mention.offset, mention.endOffset) || inOrganisationName(block.masked, mention.endOffset)) return;
    const expanded = definitionAt(block, block.mentions, i) !== undefined;
    const unit = block.units.find((u) => u.start <= mention.offset && mention.offset < u.end);
    const aloneInItem = unit !== undefined && unit.inList && block.masked.slice(unit.start, unit.end).trim() === mention.text;
    const heading = block.units.filter((u) => u.kind === 'heading' && u.end <= mention.offset).pop();
    list.push({ mention, key: mention.surface.toUpperCase(), expanded, heading: inHeading(block, mention), aloneInItem, underHeading: heading && namesHeading(block, heading) });
  });
  return list;
}

/** A heading over a list of a condition's names: "Synonyms", "Other names", "Also known as". */
const NAMES_HEADING = /^\W*(?:synonyms?|other names?|alternative names?|also (?:known as|called)|abbreviations?)\W*$/i;

/** Whether a heading names the list under it as names of a condition. */
function namesHeading(block: Block, heading: ProseUnit): boolean {
  return NAMES_HEADING.test(block.masked.slice(heading.start, heading.end));
}

/** Degrees after a person's name: "Jane Roe, MD, MS, professor of neurology" (MS is Master of Science there). */
const DEGREE = String.raw`(?:MD|PhD|DO|RN|MPH|MBBS|MSc|BSc|MA|BA|DPT|NP|FAAN|FRCP)`;
const DEGREE_BEFORE = new RegExp(String.raw`\b${DEGREE},\s*$`);
const DEGREE_AFTER = new RegExp(String.raw`^,\s*${DEGREE}\b`);

/** The abbreviation sits in a list of degrees, so it names a qualification, not a condition. */
function inCredentials(masked: string, start: number, end: number): boolean {
  return DEGREE_BEFORE.test(masked.slice(Math.max(0, start - 8), start)) || DEGREE_AFTER.test(masked.slice(end, end + 8));
}

/** After an abbreviation, the rest of an organisation's name: "MS Society", "GBS-CIDP Foundation International", "GBS/CIDP Foundation". */
const ORGANISATION_AFTER = /^(?:[-/\u2010\u2011][A-Z][A-Za-z0-9]{1,5})*\s+(?:Foundation|Society|Association|International|Trust|Alliance|Network|Institute|Cent(?:er|re)|Charity|Support Group|Research|Awareness|Registry)\b/;

/** The abbreviation is part of an organisation's name, which is written as the organisation writes it. */
function inOrganisationName(masked: string, end: number): boolean {
  return ORGANISATION_AFTER.test(masked.slice(end, end + 60));
}

/**
 * A short form that the name itself contains is the everyday name, not an abbreviation to expand:
 * "anti-Hu" for "anti-Hu antibodies", "CANOMAD" for "CANOMAD syndrome".
 */
function partOfName(entry: Entry, abbreviation: string): boolean {
  const name = entry.preferred;
  const at = name.indexOf(abbreviation);
  return at !== -1 && !/[\p{L}\p{N}]/u.test(name.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(name.charAt(at + abbreviation.length));
}

export function inHeading(block: Block, mention: Mention): boolean {
  return block.units.some((u) => u.kind === 'heading' && u.start <= mention.offset && mention.offset < u.end);
}

const isLongForm = (m: Mention | undefined, termId: string): m is Mention =>
  m !== undefined && m.termId === termId && m.form !== 'abbreviation';
/**
 * Between a long form and its abbreviation: "long (ABBR)", "long/ABBR", "long, or ABBR for short", "long, also called
 * ABBR", "long, which everyone shortens to ABBR"; the long form may be quoted: "the term “immunoglobulin” (Ig)".
 */
const LONG_THEN_ABBR = new RegExp(
  // A care word may follow the long form: "intravenous immunoglobulin therapy (IVIg)".
  '^(?:\\s+(?:therapy|treatment|infusions?|tests?|testing|study|studies))?(?:[\\s,;:(/\\u2013\\u2014\\u201d\\u2019"-]*|[\\s,(]*(?:or|(?:(?:more\\s+|most\\s+)?(?:also|commonly|often|usually|simply|generally|better|otherwise)\\s+)?(?:called|known as|referred to as)|abbreviated(?: as| to)?|' +
    '(?:which|that)?\\s*(?:\\w+\\s+){0,3}?(?:shortens?|shortened|abbreviates?) to)[\\s,:("\\u201c]*|' +
    // "... have multiple sclerosis. The disease is known as MS": the next sentence names it.
    `[.]\\s+(?:the|this)\\s+${STAND_IN_NOUNS}\\s+is\\s+` + '(?:also\\s+|commonly\\s+|often\\s+|usually\\s+)?(?:known as|called|referred to as)\\s+|' +
    // "... Polyneuropathy. Fortunately, there's an acronym for that: CIDP": the next sentence gives its short form.
    "[.]\\s+(?:[\\w]+,?\\s+){0,2}?(?:there['\u2019]s|there\\s+is|it\\s+has|the)\\s+(?:an?\\s+)?(?:acronym|abbreviation|short\\s+(?:name|form))(?:\\s+(?:for\\s+(?:that|it|this)|is))?\\s*[:,\u2013\u2014-]?\\s*)$",
  'i',
);
/** Between an abbreviation and its long form: "ABBR (long)", "ABBR/long", "ABBR, short for long", "ABBR stands for long", "ABBR that is long". */
const ABBR_THEN_LONG = /^[\s,:(/\u2013\u2014-]*(?:or|short for|stands for|which stands for|means|meaning|that is|i\.e\.)?[\s,:("\u201c]*$/i;

/** Where a document spells out an abbreviation: the long form of the same entry next to it, if that is how. */
export interface Definition {
  /** The long form, when it is a mention of the same entry; absent for other words that spell the letters. */
  long?: Mention;
}

/** The abbreviation sits right next to the long form of the same entry, or to words whose initials spell it. */
export function definitionAt(block: Block, mentions: readonly Mention[], index: number): Definition | undefined {
  const masked = block.masked;
  const mention = mentions[index]!;
  const previous = mentions[index - 1];
  const next = mentions[index + 1];
  if (isLongForm(previous, mention.termId) && LONG_THEN_ABBR.test(masked.slice(previous.endOffset, mention.offset))) return { long: previous };
  // "intravenous immunoglobulin therapy (IVIg)": the care word is a term of its own, so look one name further back.
  const beforeCareWord = mentions[index - 2];
  if (isLongForm(beforeCareWord, mention.termId) && LONG_THEN_ABBR.test(masked.slice(beforeCareWord.endOffset, mention.offset))) return { long: beforeCareWord };
  if (isLongForm(next, mention.termId) && ABBR_THEN_LONG.test(masked.slice(mention.endOffset, next.offset))) return { long: next };
  return spelledInBrackets(masked, mention.offset, mention.endOffset, mention.surface) ? {} : undefined;
}

/**
 * "Peripheral Nerve Society (PNS)" or "EAN (European Academy of Neurology)": the words on the other side
 * of the bracket start with the abbreviation's letters. This is how a document defines an abbreviation
 * the terminology does not list, or gives a listed one another meaning. Offsets are into `masked`.
 */
export function spelledInBrackets(masked: string, start: number, end: number, abbreviation: string): boolean {
  const after = masked.slice(end, end + 3);
  if (/^\s?\(/.test(after)) {
    const close = masked.indexOf(')', end);
    if (close !== -1 && close - end < 120 && initialsMatch(masked.slice(end + after.indexOf('(') + 1, close), abbreviation, 'start')) return true;
  }
  // "Guillain-Barré syndrome (GBS)", also quoted: "(“GBS”)", with a prefix for the first word: "Autologous
  // Hematopoietic Stem Cell Transplantation (auto-HSCT)", or plural: "Paraneoplastic neurological disorders (PND's)".
  // A short word may come first in the brackets: "Department of Health and Human Services (Dep’t HHS)".
  if (/\(\s?["“‘']?(?:\p{Ll}{2,6}-|\p{Lu}[\p{L}.’']{1,5}\s)?$/u.test(masked.slice(Math.max(0, start - 10), start)) && /^(?:['’]?s)?["”’']?\s?\)/.test(masked.slice(end, end + 5))) {
    const open = masked.lastIndexOf('(', start);
    const words = masked.slice(Math.max(0, open - 120), open);
    return initialsMatch(words, abbreviation, 'end') || nearlySpelled(words, abbreviation) || spelledWithOneMore(words, abbreviation) || numberedSpelled(words, abbreviation) || initialsMatch(words.replace(HEAD_NOUN_AT_END, ''), abbreviation, 'end');
  }
  // "(recombinant zoster vaccine; RZV)", "(a randomised control trial - RCT)": the long form and its
  // abbreviation share the brackets. Both patterns need a comma, semicolon or spaced dash right before the
  // short form: tested first, because each pattern tries every start in its window and a keyword list has
  // thousands of short forms.
  const before = masked.slice(Math.max(0, start - 125), start);
  // "the endocannabinoid system or ECS", "nerve conduction study, also called NCS": a naming word joins them.
  // The anchored ending first: NAMED_AS tries every start in the window, and this runs for every use of an abbreviation.
  const named = NAMING_WORD_AT_END.test(before) ? NAMED_AS.exec(before) : null;
  if (named !== null && initialsMatch(named[1]!, abbreviation, 'end')) return true;
  if (!/(?:[;,]|\s[-–—])\s?(?:(?:an?|the)\s)?$/i.test(before)) return spelledAsAlternative(masked, start, end, abbreviation);
  const inside = /\(([^()]{3,120})(?:[;,]|\s[-–—])\s?$/.exec(before);
  if (inside !== null && /^\s?\)/.test(after)) return initialsMatch(inside[1]!, abbreviation, 'end');
  // "Central Pain Syndrome, CPS", "the Gastro-Intestinal Tract, a GIT infection": the short form after a comma
  // (and an article), spelled by the words just before it.
  const comma = /([^,.;:()]{3,120}),\s?(?:(?:an?|the)\s)?$/i.exec(before);
  if (comma !== null && initialsMatch(comma[1]!, abbreviation, 'end')) return true;
  return spelledAsAlternative(masked, start, end, abbreviation);
}

/** A head noun the abbreviation leaves out: "an auto immune response (AI)", "the renal function test (RF)". */
const HEAD_NOUN_AT_END = /\s+(?:response|reaction|disease|disorder|syndrome|condition|therapy|treatment|process|test|testing)\s*$/i;

/** A long form, then "or", "also called" or "known as" right before the short form. */
const NAMING_WORDS = '(?:or|also called|also known as|known as|called)';
const NAMED_AS = new RegExp(`([^,.;:()]{3,120})(?:,\\s?|\\s)${NAMING_WORDS}\\s$`, 'i');
/** The same naming words, anchored at the end only: a cheap test before NAMED_AS. */
const NAMING_WORD_AT_END = new RegExp(`\\b${NAMING_WORDS}\\s$`, 'i');

/** The words of a would-be expansion; numbers give no letter ("fibroblast growth factor receptor 3 (FGFR3)", "post-acute COVID-19 syndrome (PACS)"). */
function wordsBefore(words: string): string[] {
  return (words.match(WORD_PATTERN) ?? []).filter((w) => !/^\d+$/.test(w));
}

/**
 * "motor action potential amplitudes (CMAP)": the words before the brackets spell all but one letter of a
 * long abbreviation, perhaps with a head noun after them. The writer explained it, if loosely; an
 * undefined abbreviation it is not. Four letters or more, so two-letter words never pass by chance.
 */
function nearlySpelled(words: string, abbreviation: string): boolean {
  if (!/^[A-Z]{4,6}$/.test(abbreviation)) return false;
  const all = wordsBefore(words).filter((w) => !SKIP_WORDS.has(w.toLowerCase()));
  for (const list of [all, all.slice(0, -1)]) {
    for (let i = 0; i < abbreviation.length; i++) {
      if (wordsSpell(list, abbreviation.slice(0, i) + abbreviation.slice(i + 1), 'end')) return true;
    }
  }
  return false;
}

/**
 * "short fiber peripheral neuropathy (SFN)", "primary humoral immunodeficiency (PI)": the words before the brackets
 * spell the abbreviation with one extra word inside, the first and last words still giving its first and last letters.
 */
function spelledWithOneMore(words: string, abbreviation: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(abbreviation)) return false;
  const list = wordsBefore(words).filter((w) => !SKIP_WORDS.has(w.toLowerCase())).slice(-(abbreviation.length + 1));
  if (list.length !== abbreviation.length + 1) return false;
  for (let skip = 1; skip < list.length - 1; skip++) {
    if (wordsSpell([...list.slice(0, skip), ...list.slice(skip + 1)], abbreviation, 'end')) return true;
  }
  return false;
}

/**
 * "registered dietitian nutritionist (RD or RDN)": one of the alternatives in the brackets is spelled
 * by the words before them, and this abbreviation is the same letters, shortened or not.
 */
function spelledAsAlternative(masked: string, start: number, end: number, abbreviation: string): boolean {
  // Look only near the abbreviation: a page-long paragraph without brackets must not be scanned per use.
  const near = Math.max(0, start - 40);
  const openAt = masked.slice(near, start).lastIndexOf('(');
  const closeAt = masked.slice(end, end + 40).indexOf(')');
  if (openAt === -1 || closeAt === -1) return false;
  const open = near + openAt;
  const close = end + closeAt;
  const alternatives = masked.slice(open + 1, close).split(/\s*(?:\bor\b|\band\b|\/|,)\s*/).map((a) => a.trim());
  if (alternatives.length < 2 || !alternatives.every((a) => /^[A-Z][A-Za-z]{1,6}$/.test(a) || NUMBERED.test(a))) return false;
  const before = masked.slice(Math.max(0, open - 120), open);
  if (alternatives.includes(abbreviation) && numberedSpelled(before, abbreviation)) return true;
  return alternatives.some((a) => (a.startsWith(abbreviation) || abbreviation.startsWith(a)) && initialsMatch(before, a, 'end'));
}

/** A numbered member of a named family: "CB1", "TNF2". */
const NUMBERED = /^([A-Z]{2,4})(\d{1,2})$/;
/** The family name (up to three words), then its numbers ("receptors 1 and 2"), at the end of the text before the brackets. */
const FAMILY_THEN_NUMBERS = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+((?:\d{1,2}\s*(?:,|and|or|&)?\s*)+)$/u;

/**
 * "cannabinoid receptors 1 and 2 (CB1 and CB2)", "cannabinoid receptor 1 (CB1)": the number is one the words
 * before the brackets give, and the letters come in order from the family name, the first being its initial.
 */
function numberedSpelled(before: string, abbreviation: string): boolean {
  const parts = NUMBERED.exec(abbreviation);
  const family = parts && FAMILY_THEN_NUMBERS.exec(before);
  const numbers: readonly string[] = family?.[2]!.match(/\d+/g) ?? [];
  if (!parts || !family || !numbers.includes(parts[2]!)) return false;
  const words = family[1]!.split(/\s+/);
  for (let k = 1; k <= words.length; k++) if (lettersInOrder(words.slice(-k).join(''), parts[1]!)) return true;
  return false;
}

/**
 * True when the words at the start or end of `words` spell the abbreviation: each capital letter is the
 * initial of one word, and a lower-case part before a hyphen is a whole word ("anti-MAG" matches
 * "anti-myelin-associated glycoprotein").
 */
function initialsMatch(words: string, abbreviation: string, side: 'start' | 'end'): boolean {
  const all = wordsBefore(words);
  // Small words may be skipped ("Peripheral Nerve Society") or spelled ("quality of life (QOL)").
  // Capitalised words only, for a name with lower-case words inside ("Medicines and Healthcare products Regulatory Agency (MHRA)").
  const capitalised = /^[A-Z]{2,}$/.test(abbreviation) ? [all.filter((w) => /^\p{Lu}/u.test(w))] : [];
  const lists = [all.filter((w) => !SKIP_WORDS.has(w.toLowerCase())), all, ...capitalised];
  // A hyphenated compound counts as one long word too: "Near-infrared (NIR)".
  const chunks = words.trim().split(/\s+/);
  const compound = (side === 'end' ? chunks[chunks.length - 1] : chunks[0])?.replace(/[-\u2010\u2011]/g, '');
  return (
    lists.some((list) => wordsSpell(list, abbreviation, side) || innerLettersSpell(list, abbreviation, side)) ||
    compoundSpells(side === 'end' ? all[all.length - 1] : all[0], abbreviation) ||
    compoundSpells(compound, abbreviation)
  );
}

/**
 * "Polymyalgia Rheumatica (PMR)", "Neurocardiogenic Syncope (NCS)": every word's initial is a letter of the
 * abbreviation, in order, and the letters between them come from inside the word before ("M" of Polymyalgia).
 * Capital abbreviations of two to five letters over two to four words.
 */
function innerLettersSpell(list: readonly string[], abbreviation: string, side: 'start' | 'end'): boolean {
  if (!/^[A-Z]{2,5}$/.test(abbreviation)) return false;
  const letters = abbreviation.toLowerCase();
  for (let n = 2; n <= Math.min(4, letters.length - 1); n++) {
    const words = (side === 'end' ? list.slice(-n) : list.slice(0, n)).map((w) => w.toLowerCase());
    if (words.length === n && spellsFrom(words, 0, letters, 0)) return true;
  }
  return false;
}

/** Whether `words[w..]` spell `letters[l..]`: each word starts with the next letter and may give more from inside. */
function spellsFrom(words: readonly string[], w: number, letters: string, l: number): boolean {
  if (w === words.length) return l === letters.length;
  const word = words[w]!;
  if (l >= letters.length || word[0] !== letters[l]) return false;
  // Take 0, 1, ... more letters from inside this word, in order, then go on with the next word.
  let at = 1;
  for (let taken = l + 1; ; taken++) {
    if (spellsFrom(words, w + 1, letters, taken)) return true;
    if (taken >= letters.length) return false;
    at = word.indexOf(letters[taken]!, at) + 1;
    if (at === 0) return false;
  }
}

/**
 * One long word written before its short form, "Immunoglobulin (IG)": a two- or three-letter
 * abbreviation whose letters appear in order in the word, starting with its first letter.
 */
function compoundSpells(word: string | undefined, abbreviation: string): boolean {
  return word !== undefined && /^[A-Z]{2,3}$/.test(abbreviation) && word.length >= 6 && lettersInOrder(word, abbreviation);
}

/** The word starts with the abbreviation's first letter and holds the others in order, case aside. */
function lettersInOrder(word: string, abbreviation: string): boolean {
  const lower = word.toLowerCase();
  const letters = abbreviation.toLowerCase();
  if (lower[0] !== letters[0]) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = lower.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function wordsSpell(list: readonly string[], abbreviation: string, side: 'start' | 'end'): boolean {
  const tokens = abbreviation.split('-').flatMap((part) => (/^\p{Ll}+$/u.test(part) ? [part] : [...part.replace(/[^\p{L}]/gu, '')]));
  const chosen = side === 'start' ? list.slice(0, tokens.length) : list.slice(-tokens.length);
  return (
    tokens.length > 0 &&
    chosen.length === tokens.length &&
    chosen.every((w, i) => {
      const t = tokens[i]!.toLowerCase();
      return t.length > 1 ? w.toLowerCase() === t : w.charAt(0).toLowerCase() === t;
    })
  );
}
