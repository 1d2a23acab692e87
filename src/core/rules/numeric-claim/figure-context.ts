import type { ProseUnit } from '../../markdown/prose';
import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { Span } from '../../text/sentences';
import { clauseAt, splitClauses } from '../claims/clauses';
import type { Block } from '../rule';
import { CITATION, REJECTED, SOURCE_NAMES } from './cues';
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
}

const DISEASE_KINDS = new Set(['disease', 'variant']);

/**
 * Every figure in a block's prose with its sentence, clause and disease. Figures quoted in order to
 * reject them ("which is far too high") are left out. Linear in the block; never throws.
 */
export function blockFigures(block: Block, terms: TermIndex): FigureContext[] {
  const out: FigureContext[] = [];
  for (const unit of block.units) {
    if (!MAY_HOLD_FIGURE.test(block.masked.slice(unit.start, unit.end))) continue;
    const figures = findFigures(block.masked, unit.start, unit.end);
    if (figures.length === 0) continue;
    const cited = isCited(block, unit);
    for (const figure of figures) {
      const sentence = block.sentences(unit).find((s) => figure.offset >= s.start && figure.offset < s.end);
      if (!sentence) continue;
      const sentenceText = block.masked.slice(sentence.start, sentence.end);
      if (REJECTED.test(sentenceText)) continue;
      const clause = clauseAt(splitClauses(block.masked, sentence.start, sentence.end), figure.offset) ?? sentence;
      const diseases = diseasesFor(block.mentionsIn(sentence.start, sentence.end), clause, figure, terms);
      const after = block.masked.slice(figure.endOffset, sentence.end);
      out.push({ figure, diseases, clauseText: block.masked.slice(clause.start, clause.end), sentenceText, after, cited });
    }
  }
  return out;
}

/** The diseases a figure may talk about: those before it in its clause (nearest first), then earlier in its sentence, then just after it. */
function diseasesFor(mentions: readonly Mention[], clause: Span, figure: Figure, terms: TermIndex): Entry[] {
  const diseases = mentions.filter((m) => DISEASE_KINDS.has(terms.get(m.termId)?.kind ?? ''));
  const before = diseases.filter((m) => m.endOffset <= figure.offset).reverse();
  const ordered = [
    ...before.filter((m) => m.offset >= clause.start),
    ...before.filter((m) => m.offset < clause.start),
    ...diseases.filter((m) => m.offset >= figure.endOffset && m.endOffset <= clause.end),
  ];
  const entries = ordered.map((m) => terms.get(m.termId)).filter((e): e is Entry => e !== undefined);
  return [...new Set(entries)];
}

/** A citation anywhere in the paragraph, read from the source text so links and footnotes count. */
function isCited(block: Block, unit: ProseUnit): boolean {
  const raw = block.text.slice(unit.start, unit.end);
  return CITATION.test(raw) || SOURCE_NAMES.test(raw);
}
