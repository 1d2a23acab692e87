import { analyseBlock, type DocumentFormat } from '../analyse-block';
import { chunkMarkdown } from '../markdown/chunk';
import { LineIndex } from '../positions';
import type { TermIndex } from '../terminology/term-index';
import type { FindingSource } from '../types';
import { compareWithFacts, type FactVerdict } from './compare';
import { readClaims, type Claim } from './reader';

/** One claim of a document as a reviewer reads it in the claims inventory. */
export interface InventoryRow {
  /** 1-based line of the claim's first name. */
  line: number;
  /** Absolute offsets of the sentence that makes the claim. */
  offset: number;
  endOffset: number;
  /** "intravenous immunoglobulin for Guillain-Barré syndrome: presented as standard care". */
  says: string;
  /** How it is framed, in words ("negated, hedged"); empty for a plain statement by the writer. */
  framing: string;
  verdict: FactVerdict;
  fact?: string;
  source?: FindingSource;
}

const TREATMENT_WORDS: Record<string, string> = {
  harms: 'presented as harmful',
  standard: 'presented as standard care',
  works: 'presented as working',
  used: 'presented as used',
};

/**
 * Every medical claim the claim reader finds in a document, correct ones too, in document order,
 * each with the fact it was compared with: what a reviewer needs to see what was checked, not only
 * what failed. One row per subject, attribute and object in a sentence.
 */
export function claimsInventory(text: string, terms: TermIndex, format: DocumentFormat = 'markdown'): InventoryRow[] {
  const lines = new LineIndex(text);
  const rows: InventoryRow[] = [];
  const chunks = format === 'text' ? [{ start: 0, text, frontMatter: false }] : chunkMarkdown(text);
  for (const chunk of chunks) {
    if (chunk.frontMatter) continue;
    const seen = new Set<string>();
    for (const claim of readClaims(analyseBlock(chunk.text, format, terms), terms)) {
      const key = `${claim.sentence.start}|${claim.attribute}|${claim.subject.termId}|${claim.object.termId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const match = compareWithFacts(claim, terms);
      rows.push({
        line: lines.positionAt(chunk.start + Math.min(claim.subject.offset, claim.object.offset)).line + 1,
        offset: chunk.start + claim.sentence.start,
        endOffset: chunk.start + claim.sentence.end,
        says: says(claim, terms),
        framing: framing(claim),
        verdict: match.verdict,
        ...(match.fact ? { fact: match.fact } : {}),
        ...(match.source ? { source: match.source } : {}),
      });
    }
  }
  return rows;
}

/** What a claim says, in the terminology's names: "corticosteroids for Guillain-Barré syndrome: presented as working". */
export function says(claim: Claim, terms: TermIndex): string {
  const name = (id: string, text: string): string => terms.get(id)?.preferred ?? text;
  const subject = name(claim.subject.termId, claim.subject.text);
  const object = name(claim.object.termId, claim.object.text);
  if (claim.attribute === 'treatment') return `${object} for ${subject}: ${TREATMENT_WORDS[claim.predicate] ?? claim.predicate}`;
  if (claim.attribute === 'site') return `${subject} acts in the ${object}`;
  return `${subject} is a form of ${object}`;
}

function framing(claim: Claim): string {
  return [
    claim.question ? 'question' : '',
    claim.negated ? 'denied' : '',
    claim.certainty === 'stated' ? '' : claim.certainty,
    claim.attribution === 'myth' ? 'myth being corrected' : claim.attribution === 'reported' ? "someone else's belief" : '',
    claim.timing === 'historical' ? 'past practice' : claim.timing === 'studied' ? 'research' : '',
    claim.subject.implicit ? 'subject from earlier in the sentence' : '',
    claim.condition ? `only "${claim.condition}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
