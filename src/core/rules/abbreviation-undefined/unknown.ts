import type { Block } from '../rule';
import { EMPHASIS_WORDS, US_STATE_CODES, isCodeLike } from './known';

/** Two to six capitals (digits allowed after the first letter), not joined to other words by a hyphen. */
const CANDIDATE = /(?<![\p{L}\p{N}\-\u2010\u2011/&])[A-Z][A-Z0-9]{1,5}(?![\p{L}\p{N}\-\u2010\u2011/&])/gu;
const ROMAN = /^[IVXLC]+$/;
/** A town and a comma just before a state code: "Omaha, NE", "Tampa, FL". */
const AFTER_TOWN = /\p{Lu}[\p{Ll}.]+,\s*$/u;
/** Whether an offset's line is a reference entry; each line is read once, so a huge one-line paragraph stays linear. */
class ReferenceLines {
  private start = -1;
  private end = -1;
  private entry = false;

  constructor(private readonly text: string) {}

  on(offset: number): boolean {
    if (offset < this.start || offset >= this.end) {
      this.start = this.text.lastIndexOf('\n', offset - 1) + 1;
      const end = this.text.indexOf('\n', offset);
      this.end = end === -1 ? this.text.length : end;
      this.entry = REFERENCE_ENTRY.test(this.text.slice(this.start, this.end));
    }
    return this.entry;
  }
}

/** A line that is one reference of a list: surname and initials first, a year in it. */
const REFERENCE_ENTRY = /^\W*\p{Lu}[\p{L}'’-]+\s+[A-Z]{1,3}[.,](?=[^]*\b(?:19|20)\d\d\b)/u;
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
  const references = new ReferenceLines(block.masked);
  for (const unit of block.units) {
    // Headings and table cells are labels; tables often carry column abbreviations such as "ICD".
    if (unit.kind !== 'paragraph') continue;
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      // Most sentences hold no candidate: find them before counting capitals (two Unicode passes per sentence).
      const candidates = [...text.matchAll(CANDIDATE)];
      if (candidates.length === 0) continue;
      const letters = text.replace(/[^\p{L}]/gu, '');
      if (letters.replace(/[^\p{Lu}]/gu, '').length > letters.length / 2) continue;
      for (const m of candidates) {
        const word = m[0];
        const start = sentence.start + (m.index ?? 0);
        const end = start + word.length;
        if (ROMAN.test(word) || EMPHASIS_WORDS.has(word) || isCodeLike(word) || !/[A-Z].*[A-Z]/.test(word)) continue;
        if (US_STATE_CODES.has(word) && AFTER_TOWN.test(text.slice(0, m.index ?? 0))) continue;
        // "Stout JR. ... Med Sci Sports Exerc. 2001.": a reference entry's capitals are initials and journal words.
        if (references.on(start)) continue;
        // A run of three or more capital words is shouting ("CALL US FOR A FREE VISIT"), not abbreviations.
        if (inCapitalRun(text, m.index ?? 0, word.length) || inShoutedLabel(text, m.index ?? 0)) continue;
        if (block.mentions.some((x) => x.offset < end && x.endOffset > start)) continue;
        if (footnoted(word, block)) continue;
        found.push({ text: word, start, end });
      }
    }
  }
  return found;
}

/**
 * "a history of PE3": an abbreviation the chunk names elsewhere with a footnote number run into it (pages
 * copied from print put reference numbers straight after the word). The abbreviation is judged at its own mention.
 */
function footnoted(word: string, block: Block): boolean {
  const letters = /^([A-Z]{2,})\d{1,2}$/.exec(word)?.[1];
  return letters !== undefined && block.mentions.some((m) => m.surface === letters);
}

/**
 * True when the word at `index` sits among at least three consecutive all-capital words, or two long
 * ones ("VATA DOSHA"): abbreviations of four letters or more rarely stand side by side.
 */
function inCapitalRun(text: string, index: number, length: number): boolean {
  // A word may end in a full stop inside the run: "DEAR DR. DONOHUE" heads a newspaper column.
  const before = text.slice(Math.max(0, index - 60), index).match(/(?:\b[A-Z][A-Z0-9']*\.?[\s,]+)*$/)?.[0] ?? '';
  const after = text.slice(index + length, index + length + 60).match(/^(?:\.?[\s,]+[A-Z][A-Z0-9']*\b)*/)?.[0] ?? '';
  const run = [...(before.match(/[A-Z][A-Z0-9']*/g) ?? []), text.slice(index, index + length), ...(after.match(/[A-Z][A-Z0-9']*/g) ?? [])];
  return run.length >= 3 || (run.length === 2 && run.every((word) => word.length >= 4));
}

/** A sentence that opens with a label in capitals and a colon ("EDITOR'S NOTE:", "UPDATE:"): its words are not abbreviations. */
function inShoutedLabel(text: string, index: number): boolean {
  const label = /^[\s"'“]*(?:[A-Z][A-Z'’]*[\s ]+){0,3}[A-Z][A-Z'’]*:/u.exec(text);
  return label !== null && index < label[0].length && label[0].replace(/[^A-Z]/g, '').length >= 4;
}

