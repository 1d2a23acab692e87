import { insideQuotation } from '../claims/reported';
import { COMPARED_WITH } from '../../claims/triggers';
import type { ProseUnit } from '../../markdown/prose';
import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { Span } from '../../text/sentences';
import { clauseAt, splitClauses } from '../claims/clauses';
import type { Block } from '../rule';
import { CITATION, CITATION_MARK, REJECTED, SOURCE_NAMES, endsWithBareReference } from './cues';
import { MAY_HOLD_FIGURE, findFigures, type Figure } from './figures';

/** A figure with what the rule needs to judge it; offsets are chunk-relative. */
export interface FigureContext {
  figure: Figure;
  /** Diseases the figure may be about, most likely first (nearest before it); empty when its sentence names none. */
  diseases: Entry[];
  clauseText: string;
  sentenceText: string;
  /** The rest of the sentence after the figure ("experience lasting symptoms"). */
  after: string;
  /** The paragraph holds a link, footnote, reference or named source. */
  cited: boolean;
  /** Not cited, but its sentence points back to a source ("The study showed"): one named at the end of the chunk before counts. */
  backToSource: boolean;
  /** For a figure in a table cell, the header of its column ("How common?"). */
  column?: string;
}

const DISEASE_KINDS = new Set(['disease', 'variant']);

/**
 * Every figure in a block's prose with its sentence, clause and disease. Figures quoted in order to
 * reject them ("which is far too high") are left out. Linear in the block; never throws.
 */
export function blockFigures(block: Block, terms: TermIndex): FigureContext[] {
  const out: FigureContext[] = [];
  block.units.forEach((unit, index) => {
    if (!MAY_HOLD_FIGURE.test(block.masked.slice(unit.start, unit.end))) return;
    const figures = findFigures(block.masked, unit.start, unit.end);
    if (figures.length === 0) return;
    // "The study ... showed that 66.5%", "researchers found" point back to a study named earlier in the chunk.
    const lookBackFrom = block.units[0]?.start ?? unit.start;
    const markedParagraph = CITATION_MARK.test(block.text.slice(unit.start, unit.end));
    const column = unit.kind === 'cell' ? columnHeader(block.text, unit.start) : undefined;
    for (const figure of figures) {
      const sentence = block.sentences(unit).find((s) => figure.offset >= s.start && figure.offset < s.end);
      if (!sentence) continue;
      const sentenceText = block.masked.slice(sentence.start, sentence.end);
      if (REJECTED.test(sentenceText)) continue;
      const clause = clauseAt(splitClauses(block.masked, sentence.start, sentence.end), figure.offset) ?? sentence;
      const diseases = diseasesFor(block.masked, block.mentionsIn(sentence.start, sentence.end), clause, figure, terms);
      const after = block.masked.slice(figure.endOffset, sentence.end);
      const raw = block.text.slice(sentence.start, sentence.end);
      // "They estimate ...", "The 13-year study found ..." lean on a source named earlier in the paragraph or the one before.
      const pointsBack = BACK_TO_SOURCE.test(raw);
      const cited = markedParagraph || namesSource(raw) || quotedFromSpeaker(block, unit, figure.offset) || (pointsBack && namesSource(block.text.slice(lookBackFrom, sentence.start))) || continuesCitedFigure(block, unit, sentence, raw) || restatesStudyGroup(block, unit, sentence, raw);
      out.push({ figure, diseases, clauseText: block.masked.slice(clause.start, clause.end), sentenceText, after, cited, backToSource: pointsBack && !cited, ...(column ? { column } : {}) });
    }
  });
  return out;
}

/** The diseases a figure may talk about: those before it in its clause (nearest first), then earlier in its sentence, then just after it. */
function diseasesFor(text: string, mentions: readonly Mention[], clause: Span, figure: Figure, terms: TermIndex): Entry[] {
  // "Unlike GBS, breathing muscles are rarely involved" (on CIDP): the compared disease is not what the figure counts.
  const diseases = mentions.filter((m) => DISEASE_KINDS.has(terms.get(m.termId)?.kind ?? '') && !COMPARED_BEFORE.test(text.slice(Math.max(0, m.offset - 30), m.offset)));
  const before = diseases.filter((m) => m.endOffset <= figure.offset).reverse();
  const ordered = [
    ...before.filter((m) => m.offset >= clause.start),
    ...before.filter((m) => m.offset < clause.start),
    ...diseases.filter((m) => m.offset >= figure.endOffset && m.endOffset <= clause.end),
  ];
  const entries = ordered.map((m) => terms.get(m.termId)).filter((e): e is Entry => e !== undefined);
  return [...new Set(entries)];
}

/** Right before a name, words that make it the thing compared with. */
const COMPARED_BEFORE = new RegExp(String.raw`\b(?:${COMPARED_WITH})\s+(?:the\s+)?$`, 'i');

/** Words that point back to a source already named: "the study", "they estimate", "researchers found". */
const BACK_TO_SOURCE =
  /\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:study|studies|report|survey|research|review|trial|data|analysis)\b|\b(?:they|researchers|investigators|authors|it)\s+(?:also\s+)?(?:estimated?|found|reported?s?|says?|said|notes?|noted|concluded?s?|showed?|shows)\b/i;

/** A source named in prose ("according to the CDC", "a 2019 study") or a bare reference number at its end covers its own sentence only. */
export function namesSource(sentence: string): boolean {
  return CITATION.test(sentence) || SOURCE_NAMES.test(sentence) || endsWithBareReference(sentence);
}

/** Rows a column header may sit above a cell: tables in patient pages are short. */
const HEADER_REACH = 60;

/**
 * The header of the table column holding the cell that starts at `offset`: the cell's column is the
 * number of pipes up to it on its line, the header the row above the table's delimiter row.
 */
function columnHeader(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // A cell's span starts at its own pipe, so that pipe counts too.
  const column = (text.slice(lineStart, offset + 1).match(/(?<!\\)\|/g) ?? []).length;
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < HEADER_REACH; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (/^\s*\|?\s*:?-{3,}/.test(text.slice(start, end))) {
      if (start === 0) return undefined;
      const header = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1);
      return header.split(/(?<!\\)\|/)[column]?.trim();
    }
    end = start - 1;
  }
  return undefined;
}

/** A quotation closed and credited to who said it: '... Zika virus," the portal stated.', '..." Dr Rao said.' */
const QUOTE_CREDITED = /[”"]\s*(?:\S+\s+){1,5}?(?:said|says|stated|states|added|adds|explained|explains|noted|notes|wrote|writes|told)\b/i;

/** The figure stands inside a quotation that its paragraph credits to a speaker or a named source. */
function quotedFromSpeaker(block: Block, unit: ProseUnit, offset: number): boolean {
  if (!insideQuotation(block.masked, unit.start, offset)) return false;
  return QUOTE_CREDITED.test(block.text.slice(offset, unit.end));
}

/** A sentence going on about the same subject: "It affects men twice as often as women." */
const GOES_ON = /^\W*(?:it|they|the (?:disease|condition|disorder|illness|syndrome))\b/i;

/** A share of a group the paragraph has already named ("23% of the SLE patients"), not of everyone with a condition. */
const SAME_GROUP = /\bof\s+(?:the|these|those)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:patients|people|participants|cases|children|adults|women|men)\b/iu;
/** A paragraph that reports a study: "They did a study", "They found that", "researchers found". */
const REPORTS_STUDY = /\b(?:(?:a|the|this|their|our)\s+(?:[\w-]+\s+)?(?:study|trial|survey)|(?:they|researchers|investigators|the authors)\s+(?:found|reported|showed|observed))\b/i;

/**
 * "They found that 47.9% of lupus patients had NMH, ... 23% of the SLE patients had fibromyalgia": a share of the group
 * an earlier sentence of the paragraph says a study looked at is that study's result, credited where the study is.
 */
function restatesStudyGroup(block: Block, unit: ProseUnit, sentence: Span, raw: string): boolean {
  if (!SAME_GROUP.test(raw)) return false;
  return block.sentences(unit).some((s) => s.end <= sentence.start && REPORTS_STUDY.test(block.text.slice(s.start, s.end)));
}

/**
 * The sentence goes on from the one before, which credits its own figure to a source: "NORD estimates that CIDP
 * affects five to seven people out of 100,000. It affects men twice as often as women." The estimate continues.
 */
function continuesCitedFigure(block: Block, unit: ProseUnit, sentence: Span, raw: string): boolean {
  if (!GOES_ON.test(raw)) return false;
  const before = block.sentences(unit).filter((s) => s.end <= sentence.start).pop();
  return before !== undefined && namesSource(block.text.slice(before.start, before.end)) && findFigures(block.masked, before.start, before.end).length > 0;
}
