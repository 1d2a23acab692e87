import type { Block, DocumentInput } from '../rule';
import { EMPHASIS_WORDS, isCodeLike } from './known';

/** An all-capital word that the terminology does not know ("EAN"), at its first use outside headings. */
export interface UnknownAbbreviation {
  text: string;
  /** Absolute offsets in the document. */
  offset: number;
  endOffset: number;
}

/** Two to six capitals (digits allowed after the first letter), not joined to other words by a hyphen. */
const CANDIDATE = /(?<![\p{L}\p{N}\-\u2010\u2011/&])[A-Z][A-Z0-9]{1,5}(?![\p{L}\p{N}\-\u2010\u2011/&])/gu;
const ROMAN = /^[IVXLC]+$/;
/** A possible abbreviation the terminology does not know; chunk-relative offsets. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
}

/**
 * Candidates of one chunk (part of the rule's summary of it): capitals in paragraphs, outside term mentions and
 * shouting (a sentence that is mostly capitals). Roman numerals and emphasis words are not abbreviations.
 */
export function unknownCandidates(block: Block): Candidate[] {
  const found: Candidate[] = [];
  for (const unit of block.units) {
    // Headings and table cells are labels; tables often carry column abbreviations such as "ICD".
    if (unit.kind !== 'paragraph') continue;
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      const letters = text.replace(/[^\p{L}]/gu, '');
      if (letters.replace(/[^\p{Lu}]/gu, '').length > letters.length / 2) continue;
      for (const m of text.matchAll(CANDIDATE)) {
        const word = m[0];
        const start = sentence.start + (m.index ?? 0);
        const end = start + word.length;
        if (ROMAN.test(word) || EMPHASIS_WORDS.has(word) || isCodeLike(word) || !/[A-Z].*[A-Z]/.test(word)) continue;
        // A run of three or more capital words is shouting ("CALL US FOR A FREE VISIT"), not abbreviations.
        if (inCapitalRun(text, m.index ?? 0, word.length) || inShoutedLabel(text, m.index ?? 0)) continue;
        if (block.mentions.some((x) => x.offset < end && x.endOffset > start)) continue;
        found.push({ text: word, start, end });
      }
    }
  }
  return found;
}

/** True when the word at `index` sits among at least three consecutive all-capital words. */
function inCapitalRun(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index).match(/(?:\b[A-Z][A-Z0-9']*[\s,]+)*$/)?.[0] ?? '';
  const after = text.slice(index + length, index + length + 60).match(/^(?:[\s,]+[A-Z][A-Z0-9']*\b)*/)?.[0] ?? '';
  const count = (s: string) => (s.match(/[A-Z][A-Z0-9']*/g) ?? []).length;
  return count(before) + count(after) + 1 >= 3;
}

/** A sentence that opens with a label in capitals and a colon ("EDITOR'S NOTE:", "UPDATE:"): its words are not abbreviations. */
function inShoutedLabel(text: string, index: number): boolean {
  const label = /^[\s"'“]*(?:[A-Z][A-Z'’]*[\s ]+){0,3}[A-Z][A-Z'’]*:/u.exec(text);
  return label !== null && index < label[0].length && label[0].replace(/[^A-Z]/g, '').length >= 4;
}

/**
 * First uses of all-capital abbreviations the terminology does not list, which the document never
 * pairs with words whose initials spell them, before or right after the first use. `isExpanded` is the
 * bracket test shared with terminology abbreviations.
 */
export function unknownAbbreviations(
  doc: DocumentInput,
  perBlock: ReadonlyArray<readonly Candidate[]>,
  known: ReadonlySet<string>,
  isExpanded: (block: Block, start: number, end: number, text: string) => boolean,
): UnknownAbbreviation[] {
  const seen = new Set<string>();
  const out: UnknownAbbreviation[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const { start: base, block } = doc.blocks[i]!;
    for (const c of perBlock[i]!) {
      if (seen.has(c.text) || known.has(c.text)) continue;
      seen.add(c.text);
      if (!isExpanded(block, c.start, c.end, c.text)) out.push({ text: c.text, offset: base + c.start, endOffset: base + c.end });
    }
  }
  return out;
}
