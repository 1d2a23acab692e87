import { compareWithFacts } from '../../claims/compare';
import { blockClaims } from '../../claims/reader';
import { verdictWords, works } from '../../terminology/evidence';
import type { TermIndex } from '../../terminology/term-index';
import type { RawFinding } from '../../types';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';

/** Words that make "does not work" about some people or some moments, not the treatment: "for everyone", "when", "alone". */
const PERSONAL_RESPONSE = /\b(?:every(?:one|body)?|all|some|always|no longer|stop(?:s|ped)? working|when|if|once|alone|by itself|by themselves|on (?:its|their) own)\b/i;

/**
 * "does not respond to IVIG" said of some people or some cases ("CIDP that does not respond to IVIG", "patients who
 * fail to respond"): a limit on who is treated next, not a claim that the treatment fails.
 */
const LIMITED_RESPONSE = /\b(?:that|which|who|whose|those|cases?|people|patients|children|adults|if|when|for)\b[^.;:!?]*?\b(?:(?:do(?:es)?|did)(?: not|n['’]t)|fail(?:s|ed)? to|not)\s+(?:respond(?:ing)?|improv(?:e|ing))\b|\b(?:unresponsive|refractory|resistant)\b/i;

/**
 * "a treatment option for CIDP", "is used to treat", "treatments include": a treatment offered as care. Said of a
 * treatment the evidence leaves uncertain, it overstates unless the sentence itself says it is experimental or kept
 * for cases where standard care failed. ("trials", "investigational", "experimental" and "being tested" are studied
 * triggers in `claims/triggers.ts`: such a claim is read as research, not asserted, before this list is asked.)
 */
const OFFERED = /\b(?:(?:treatment\s+)?options?|used (?:to treat|for|in)|treatments?(?: for [^.;:!?]{1,60}?)? (?:include|includes|are|is)|(?:is|are) (?:a |an )?(?:\w+ )?(?:treatment|therapy) for|(?:is|are|can be|may be) treated with)\b/i;
const SET_APART = /\b(?:stud(?:y|ies|ied)|research|not (?:yet )?(?:approved|proven)|unproven|off-label|last resort|other treatments? (?:have|has) (?:not worked|failed)|specialist centres?|specialist centers?)\b/i;

/** "Steroids make CIDP worse": the condition said to get worse from the treatment (not "harmful" side effects). */
const WORSENS = /\bworsens?\b|\b(?:make|makes|made|making)\b(?:\s+\S+){0,3}?\s+worse\b/i;

/** Words that make a treatment the one to start with. */
const FIRST_USE = /\b(?:first[- ]line|first choice|first treatments?|initial(?:ly)?|to start with|start(?:s|ed)? with)\b/i;

/**
 * Treatments presented as standard or proven care ("the next step", "the proven first-line
 * treatment") where the terminology's verdict is `uncertain`, and treatments said not to work where
 * the verdict rates them first-line or effective ("Corticosteroids do not work for CIDP"): the claim
 * reader reads the sentence, the comparison with the facts says it differs, and the finding names the
 * evidence. A maintenance treatment (`use: maintenance`) named as a first treatment ("First-line
 * treatments for CIDP are steroids, IVIG and SCIG") is reported too. Hedged, reported, historical and research claims are not the writer's statement and stay
 * quiet, as is "does not work for everyone" or "when IVIG no longer works". Offsets are chunk-relative.
 */
export function overstatedFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  // One finding per treatment and sentence: "subcutaneous immunoglobulin (SCIG)" names it twice.
  const seen = new Set<string>();
  for (const claim of blockClaims(block, terms)) {
    if (claim.attribute !== 'treatment' || claim.certainty === 'hedged' || seen.has(`${claim.sentence.start}:${claim.object.termId}`)) continue;
    const sentence = block.masked.slice(claim.sentence.start, claim.sentence.end);
    // "an effective treatment for MMN" overstates uncertain evidence as much as "the standard treatment"; "works for some people" does not.
    // A title names what the page weighs ("# Stem cell transplant: a treatment option for CIDP?"); its text says how far it goes.
    const offered = claim.predicate === 'used' && !claim.condition && OFFERED.test(sentence) && !SET_APART.test(sentence) && !LIMITED_RESPONSE.test(sentence) && !inHeading(block, claim.sentence.start);
    const overstated = !claim.negated && (claim.predicate === 'standard' || offered || (claim.effective === true && !PERSONAL_RESPONSE.test(sentence)));
    // "Steroids do not work for CIDP", "Steroids are not used for CIDP" (no condition such as "in mild cases").
    const denied = claim.negated && !PERSONAL_RESPONSE.test(sentence) && !LIMITED_RESPONSE.test(sentence) && (claim.predicate === 'works' || (claim.predicate === 'used' && !claim.condition));
    const worsened = claim.predicate === 'harms' && !claim.negated && WORSENS.test(sentence) && !PERSONAL_RESPONSE.test(sentence);
    const evidence = terms.evidence(claim.subject.termId, claim.object.termId);
    const treatment = terms.get(claim.object.termId);
    const disease = terms.get(claim.subject.termId);
    if (!evidence || !treatment || !disease) continue;
    // "First-line treatments are steroids, IVIG and SCIG": a maintenance treatment named as a first one.
    const first = overstated && claim.predicate === 'standard' && evidence.use === 'maintenance' && FIRST_USE.test(sentence);
    if (worsened) {
      if (!works(evidence.status)) continue;
    } else if (!first) {
      const verdict = compareWithFacts(claim, terms).verdict;
      if ((!overstated && !denied) || (verdict !== 'differs' && !(offered && verdict === 'unsettled'))) continue;
      if (overstated ? evidence.status !== 'uncertain' : !works(evidence.status)) continue;
    }
    seen.add(`${claim.sentence.start}:${claim.object.termId}`);
    const message = first
      ? `${capitalize(treatment.preferred)} keeps ${disease.preferred} under control once another treatment has worked; it is not a first treatment for it.`
      : overstated
        ? `${capitalize(treatment.preferred)} is presented as ${claim.predicate === 'standard' ? 'established care' : claim.effective ? 'effective' : 'a treatment option'} for ${disease.preferred}, but the evidence rates it as ${verdictWords(evidence)}.`
        : `The evidence rates ${treatment.preferred} as ${verdictWords(evidence)} for ${disease.preferred}, so saying ${worsened ? 'it makes the condition worse' : claim.predicate === 'used' ? 'it is not used there' : 'this treatment does not work there'} is wrong.`;
    out.push({
      message,
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

/** Whether chunk-relative `offset` falls in one of the block's headings. */
function inHeading(block: Block, offset: number): boolean {
  return block.units.some((u) => u.kind === 'heading' && u.start <= offset && offset < u.end);
}
