import type { Mention } from '../../matcher';
import { isNeuropathyConcept } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { EponymStyle } from '../../types';
import { WORD_PATTERN } from '../../text/normalize';
import { wordMemo } from '../../text/word-memo';
import { startsSentence, type SentenceContext } from '../term-text';

/** Entry kinds whose names AMA style writes in lower case in running text (eponyms keep their capital). */
const LOWER_CASE_KINDS = new Set(['disease', 'variant']);

/** A possessive inside a term ("Bickerstaff's brainstem"), not the grammatical one at its end. */
export const INNER_POSSESSIVE = /['\u2019]s(?=[\s\u00a0\-\u2010-\u2015])/u;

/** One style correction of a correctly spelled term: the corrected text and why. */
export interface StyleCorrection {
  text: string;
  reasons: string[];
}

interface Word {
  text: string;
  start: number;
}

/** The words of a name as written or listed; kept, since the same names come back in every chunk (read only, never changed). */
const wordsOf = wordMemo((text: string): readonly Word[] => [...text.matchAll(WORD_PATTERN)].map((m) => ({ text: m[0], start: m.index ?? 0 })), 10_000);

/** True when the written text carries letters with diacritics ("Guillain-Barré"). */
export function hasAccents(text: string): boolean {
  // Most names are plain ASCII: no need to normalise them (this runs for every mention of a chunk).
  if (!NON_ASCII.test(text)) return false;
  return NON_ASCII.test(text.normalize('NFC').replace(/[^\p{L}]/gu, ''));
}
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Checks diacritics (when `used.accents`: the document writes this term with accents elsewhere), eponym
 * style and capitals (when `used.lowerCase`: the document writes this name in lower case in running
 * text elsewhere) of a correctly spelled mention (preferred or synonym form) and returns the corrected
 * text with its reasons, or undefined when the mention is fine.
 */
export function styleCorrection(
  entry: Entry,
  mention: Mention,
  context: SentenceContext,
  style: EponymStyle,
  inLabel: boolean,
  used: { accents: boolean; lowerCase: boolean },
): StyleCorrection | undefined {
  const reasons: string[] = [];
  const properName = partOfProperName(context, mention);
  let text = mention.text;

  if (used.lowerCase && caseUse(entry, mention, context, inLabel) === 'capitalized') {
    text = lowerCaseWords(text, mention.surface, startsSentence(context, mention.offset));
    reasons.push('the document writes it in lower case elsewhere');
  }
  // Both "Guillain-Barré" and "Guillain-Barre" are accepted spellings; only a mix in one document is a problem.
  const accented = used.accents ? restoreDiacritics(text, mention.surface) : text;
  if (accented !== text) {
    text = accented;
    reasons.push('the document spells it with accents elsewhere');
  }
  const hyphenated = restoreHyphens(text, mention.surface);
  if (hyphenated !== text) {
    text = hyphenated;
    reasons.push('the name is hyphenated');
  }
  // A condition's name with no possessive form in the terminology ("celiac's disease") is never written
  // with one; in other words ("the body's functions") the possessive is ordinary grammar. A possessive
  // the entry lists as another name ("Devic's disease" beside "neuromyelitis optica") is its own form.
  const noPossessiveForm = entry.possessive === undefined && LOWER_CASE_KINDS.has(entry.kind) && !INNER_POSSESSIVE.test(mention.surface);
  if (!properName && (style === 'nonpossessive' || noPossessiveForm) && INNER_POSSESSIVE.test(text)) {
    text = text.replace(INNER_POSSESSIVE, '');
    reasons.push(noPossessiveForm && style !== 'nonpossessive' ? 'this name has no possessive form' : 'AMA style drops the possessive in eponyms');
  } else if (wantsPossessive(entry, mention, style, properName, text)) {
    const first = text.charAt(0);
    text = /\p{Lu}/u.test(first) ? entry.possessive.charAt(0).toUpperCase() + entry.possessive.slice(1) : entry.possessive;
    reasons.push('house style uses the possessive eponym');
  }
  return reasons.length > 0 ? { text, reasons } : undefined;
}

/**
 * How a disease name is written in running text: `capitalized` ("has Multiple Sclerosis"), `lower`
 * ("has multiple sclerosis"), or undefined when case says nothing (one word, an eponym only, ALL CAPS).
 * Capitals in running text are a house style editors differ on, so they count only when one document
 * mixes both forms. Headings, table cells and list labels are labels, where Title Case is a house choice;
 * a capitalized word after the term marks a proper name ("Multiple Sclerosis Society"), and a title in
 * quotation marks keeps its own capitals ('the study "... Linked to Primary Sjögren's Syndrome"'). None counts.
 */
export function caseUse(entry: Entry, mention: Mention, context: SentenceContext, inLabel: boolean): 'capitalized' | 'lower' | undefined {
  if (!LOWER_CASE_KINDS.has(entry.kind) && !isNeuropathyConcept(entry)) return undefined;
  if (inLabel || partOfProperName(context, mention) || isListLabel(context.masked, mention) || inQuotedTitle(context.masked, mention)) return undefined;
  const atStart = startsSentence(context, mention.offset);
  const lowered = lowerCaseWords(mention.text, mention.surface, atStart);
  // Capitals that show where an abbreviation's letters come from are not a house style.
  if (lowered !== mention.text) return spellsOutAbbreviation(context.masked, mention) ? undefined : 'capitalized';
  return writesLowerCase(mention.text, mention.surface, atStart) ? 'lower' : undefined;
}

/** True when a word the listed form writes in lower case is written in lower case too (the sentence's first word aside). */
function writesLowerCase(text: string, surface: string, sentenceStart: boolean): boolean {
  const written = wordsOf(text);
  const listed = wordsOf(surface);
  if (written.length !== listed.length) return false;
  return written.some((word, i) => !(i === 0 && sentenceStart) && /^\p{Ll}/u.test(listed[i]!.text) && /^\p{Ll}/u.test(word.text));
}

/** House style is possessive, the entry has a possessive form, and the writer used none. */
function wantsPossessive(
  entry: Entry,
  mention: Mention,
  style: EponymStyle,
  properName: boolean,
  text: string,
): entry is Entry & { possessive: string } {
  if (properName || style !== 'possessive' || entry.possessive === undefined) return false;
  return mention.surface !== entry.possessive && !/['\u2019]/u.test(text);
}

/** Lower-cases words the listed form writes in lower case; keeps the first word at a sentence start and ALL-CAPS words. */
function lowerCaseWords(text: string, surface: string, sentenceStart: boolean): string {
  const written = wordsOf(text);
  const listed = wordsOf(surface);
  if (written.length !== listed.length) return text;
  let out = text;
  written.forEach((word, i) => {
    const model = listed[i]!.text;
    if (i === 0 && sentenceStart) return;
    if (!/^\p{Ll}/u.test(model) || !/^\p{Lu}\p{Ll}/u.test(word.text)) return;
    out = out.slice(0, word.start) + word.text.charAt(0).toLowerCase() + out.slice(word.start + 1);
  });
  return out;
}

/** Puts back a hyphen the listed form has between two words where the writer left a space ("Guillain Barre"). */
function restoreHyphens(text: string, surface: string): string {
  const written = wordsOf(text);
  const listed = wordsOf(surface);
  if (written.length !== listed.length) return text;
  let out = text;
  for (let i = written.length - 2; i >= 0; i--) {
    const gapStart = written[i]!.start + written[i]!.text.length;
    const gap = text.slice(gapStart, written[i + 1]!.start);
    const model = surface.slice(listed[i]!.start + listed[i]!.text.length, listed[i + 1]!.start);
    if (/^[-\u2010\u2011]$/.test(model) && /^[ \t\u00a0]+$/.test(gap) && hyphenRequired(listed[i]!.text, listed[i + 1]!.text)) out = out.slice(0, gapStart) + '-' + out.slice(gapStart + gap.length);
  }
  return out;
}

/** Prefixes that are not words on their own: "anti MAG" is a broken name. */
const BOUND_PREFIX = /^(?:anti|non|pre|post|auto|co|sub|inter|intra|multi|poly|pseudo|semi|para|peri|neuro|immuno)$/i;

/**
 * A hyphen the name cannot lose: inside a proper name ("Guillain-Barré", "Lewis-Sumner") or after a bound
 * prefix ("anti-MAG"). A compound of two words ("immune-mediated", "side-effect") is hyphenated before a
 * noun and open after a verb ("the disease is immune mediated"); both are accepted, so it is not a misspelling.
 */
function hyphenRequired(before: string, after: string): boolean {
  return /^\p{Lu}/u.test(after) || BOUND_PREFIX.test(before);
}

/** Copies the accented letters of `surface` onto `text` letter by letter, keeping the writer's case and separators. */
function restoreDiacritics(text: string, surface: string): string {
  const model = [...surface.normalize('NFC')].filter((c) => /\p{L}/u.test(c));
  if (!model.some((c) => /[^\x00-\x7f]/.test(c))) return text;
  let i = 0;
  let out = '';
  for (const c of text.normalize('NFC')) {
    const m = /\p{L}/u.test(c) ? model[i++] : undefined;
    if (m === undefined || m.toLowerCase() === c.toLowerCase() || /[^\x00-\x7f]/.test(c)) {
      out += c;
      continue;
    }
    const plain = m.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += plain.toLowerCase() === c.toLowerCase() ? (c === c.toUpperCase() ? m.toUpperCase() : m.toLowerCase()) : c;
  }
  return out;
}

/**
 * A line that holds only the term, maybe numbered, bracketed or followed by a colon, is a label
 * ("- Rheumatoid Arthritis", "1. Guillain-Barré Syndrome (GBS): ..."), where Title Case is a house choice.
 */
function isListLabel(masked: string, mention: Mention): boolean {
  // Only a marker and indentation may precede a label, so look back a bounded way: scanning to the
  // line start for every mention made one long line (a pasted 1 MB paragraph) quadratic.
  const lookBack = Math.max(0, mention.offset - 200);
  const newline = masked.slice(lookBack, mention.offset).lastIndexOf('\n');
  if (newline === -1 && lookBack > 0) return false;
  const before = masked.slice(lookBack + newline + 1, mention.offset);
  if (!/^\s*(?:[-*+\u2022]|\d{1,2}[.)])?\s*$/.test(before)) return false;
  let lineEnd = masked.indexOf('\n', mention.endOffset);
  if (lineEnd === -1) lineEnd = masked.length;
  const after = masked.slice(mention.endOffset, lineEnd);
  return /^\s*(?:\([^)]*\))?\s*(?:[:\u2013\u2014-].*)?$/.test(after);
}

/**
 * The name spells out an abbreviation beside it, where capitals show where the letters come from:
 * "Diabetic Peripheral Neuropathy (DPN)", "CIDP, which stands for Chronic Inflammatory ...".
 */
function spellsOutAbbreviation(masked: string, mention: Mention): boolean {
  return ABBREVIATION_AFTER.test(masked.slice(mention.endOffset, mention.endOffset + 12)) || ABBREVIATION_BEFORE.test(masked.slice(Math.max(0, mention.offset - 40), mention.offset));
}
const ABBREVIATION_AFTER = /^\s*\(\s*[\p{Lu}][\p{Lu}\p{Ll}\d-]{1,7}\s*\)/u;
const ABBREVIATION_BEFORE = /\b\p{Lu}{2,8}\b[\s,(]*(?:(?:which|that)\s+)?(?:stands for|is short for|short for|means)?[\s:("“]*$/u;

/**
 * True when a capitalized word follows the term: "Multiple Sclerosis Society", "Sjögren's Foundation".
 * Names of organisations end in such a word; a capital before the term ("Relapsing-Remitting Multiple
 * Sclerosis") is a writer's choice, so it does not count.
 */
/**
 * The mention sits inside quotation marks around words most of which are capitalized: a title quoted as
 * published. Looked for within 200 characters each side, on the mention's line.
 */
function inQuotedTitle(masked: string, mention: Mention): boolean {
  const before = masked.slice(Math.max(0, mention.offset - 200), mention.offset);
  const open = before.search(/["\u201c][^"\u201c\u201d\n]*$/u);
  if (open === -1) return false;
  const after = masked.slice(mention.endOffset, mention.endOffset + 200);
  const close = after.search(/["\u201d]/u);
  if (close === -1 || after.slice(0, close).includes('\n')) return false;
  const words = (before.slice(open + 1) + mention.text + after.slice(0, close)).match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

function partOfProperName(context: SentenceContext, mention: Mention): boolean {
  // "Multiple Sclerosis Society", and a short capital word too: "Vasculitis UK".
  return /^[ \t\u00a0]+\p{Lu}(?:\p{Ll}|\p{Lu}{1,2}\b)/u.test(context.masked.slice(mention.endOffset, mention.endOffset + 40));
}
