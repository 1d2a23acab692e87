import { compareWithFacts } from '../../claims/compare';
import { blockClaims } from '../../claims/reader';
import { verdictWords } from '../../terminology/evidence';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';

/**
 * Treatments presented as standard or proven care ("the next step", "the proven first-line
 * treatment") where the terminology's verdict is `uncertain`: the claim reader reads the sentence,
 * the comparison with the facts says it differs, and the finding names the evidence. Hedged,
 * denied, reported, historical and research claims are not the writer's statement and stay quiet.
 * Offsets are chunk-relative.
 */
export function overstatedFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<number>();
  for (const claim of blockClaims(block, terms)) {
    if (claim.attribute !== 'treatment' || claim.predicate !== 'standard' || claim.certainty === 'hedged') continue;
    if (seen.has(claim.object.offset) || compareWithFacts(claim, terms).verdict !== 'differs') continue;
    const evidence = terms.evidence(claim.subject.termId, claim.object.termId);
    const treatment = terms.get(claim.object.termId);
    const disease = terms.get(claim.subject.termId);
    if (evidence?.status !== 'uncertain' || !treatment || !disease) continue;
    seen.add(claim.object.offset);
    out.push({
      message: `${capitalize(treatment.preferred)} is presented as established care for ${disease.preferred}, but the evidence rates it as ${verdictWords(evidence)}.`,
      offset: claim.object.offset,
      endOffset: claim.object.endOffset,
      actual: claim.object.text,
      termId: treatment.id,
      fixes: [],
      note: `${disease.preferred}: ${evidence.guideline} (${citation(evidence.entry, evidence.source).short}).${evidence.note ? ` ${evidence.note}` : ''}`,
      sources: [findingSource(evidence.entry, evidence.source)],
      severity: 'warning',
    });
  }
  return out;
}
