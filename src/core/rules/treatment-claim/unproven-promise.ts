import { blockPromises, itemPromises, type RemedyPromise } from '../../claims/promises';
import type { Entry } from '../../terminology/types';
import type { Span } from '../../text/sentences';
import type { TermIndex } from '../../terminology/term-index';
import type { Approach } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';

/** Source id, in every entry with an approach, of the FTC's guidance that health claims need competent and reliable evidence. */
export const CLAIMS_STANDARD_SOURCE = 'ftc-2022-health-products';

const STANDING: Record<Approach['kind'], string> = {
  complementary: 'a complementary health approach',
  investigational: 'not proven to work',
  unsupported: 'with no reliable evidence that it works for any condition',
};

/** How each kind of promise is put in the message, around the treatment and where it stands. */
const SAYS: Record<RemedyPromise['kind'], (treatment: string) => string> = {
  repair: (t) => `promises repair or cure from ${t}`,
  'unnamed-evidence': (t) => `cites unnamed studies for ${t}`,
  treats: (t) => `presents ${t} as a treatment for the condition`,
  standing: (t) => `presents ${t} as a proven success or the treatment of choice`,
  relief: (t) => `promises relief from ${t}`,
  'replaces-care': (t) => `offers ${t} in place of medical care`,
};

/**
 * Promises of repair or cure, benefit backed by unnamed studies, and claims to treat a condition,
 * made for a treatment outside mainstream care ("These herbal medicines regenerate damaged nerves",
 * "Studies show chiropractic care relieves neuropathy", "Chiropractic care can help with diabetic
 * neuropathy"): a warning naming where the treatment stands and the claims standard.
 * Offsets are chunk-relative.
 */
export function promiseFindings(block: Block, terms: TermIndex): RawFinding[] {
  return blockPromises(block, terms).map(promiseFinding);
}

/**
 * Promises in the list items a block opens with, made for the treatment whose list the block before
 * leads into ("Acetyl-L-carnitine ... Benefits include:" then "- Regenerating injured nerves").
 */
export function listItemPromises(block: Block, items: readonly Span[], remedy: Entry, terms: TermIndex): RawFinding[] {
  return itemPromises(block, items, remedy, terms).map(promiseFinding);
}

/** The warning for one promise. */
function promiseFinding(p: RemedyPromise): RawFinding {
  const approach = p.remedy.approach!;
  // Bundled entries all cite the standard (a unit test checks); a writer's own entry may not, and then its id is not shown.
  const cited = p.remedy.sources.some((source) => source.id === CLAIMS_STANDARD_SOURCE);
  const treatment = `${p.remedy.preferred} (${STANDING[approach.kind]})`;
  return {
    message: `"${p.text}" ${SAYS[p.kind](treatment)}; no guideline NeuroTerm carries recommends it for this use. Name the evidence or say what it may help with.`,
    offset: p.offset,
    endOffset: p.endOffset,
    actual: p.text,
    termId: p.remedy.id,
    fixes: [],
    note: `${citation(p.remedy, approach.source).short}.${cited ? ` Health claims need competent and reliable scientific evidence (${citation(p.remedy, CLAIMS_STANDARD_SOURCE).short}).` : ''}`,
    sources: cited ? [findingSource(p.remedy, approach.source), findingSource(p.remedy, CLAIMS_STANDARD_SOURCE)] : [findingSource(p.remedy, approach.source)],
    severity: 'warning',
  };
}
