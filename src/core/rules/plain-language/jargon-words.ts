import type { Block } from '../rule';
import type { RawFinding } from '../../types';
import { WORD_PATTERN } from '../../text/normalize';
import { JARGON, type JargonWord } from './jargon';

/** A word that may need a plain alternative; offsets are chunk-relative. */
export interface Candidate {
  offset: number;
  endOffset: number;
  text: string;
  /** One finding per key per document: the entry id, or the jargon word's first form. */
  key: string;
  plain: string;
  /** False when the plain words cannot stand in the word's place (an adjective): "explain" only. */
  replace: boolean;
  termId: string | null;
  /** The rule's finding at this word when it is a first use, made on first need (null: explained in place). */
  finding?: RawFinding | null;
}

const BY_FORM = new Map<string, JargonWord>(JARGON.flatMap((word) => word.forms.map((form) => [form, word] as const)));

/**
 * The `JARGON` words of one chunk's prose, outside headings and outside term names (in "idiopathic
 * brachial plexopathy" the word is part of a name the terminology knows). Offsets are chunk-relative.
 */
export function jargonIn(block: Block): Candidate[] {
  const out: Candidate[] = [];
  for (const unit of block.units) {
    if (unit.kind === 'heading') continue;
    const names = block.mentionsIn(unit.start, unit.end);
    for (const m of block.masked.slice(unit.start, unit.end).matchAll(WORD_PATTERN)) {
      const word = BY_FORM.get(m[0].toLowerCase());
      if (!word) continue;
      const offset = unit.start + (m.index ?? 0);
      const endOffset = offset + m[0].length;
      // A longer name that holds the word is explained by its own hover; an entry for the word alone
      // ("prognosis") gives a hover too, but the patient reading the page still needs the plain words.
      if (names.some((n) => n.offset < endOffset && n.endOffset > offset && n.endOffset - n.offset > endOffset - offset)) continue;
      out.push({ offset, endOffset, text: m[0], key: word.forms[0]!, plain: word.plain, replace: word.replace, termId: null });
    }
  }
  return out;
}
