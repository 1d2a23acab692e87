import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { isCondition } from '../../claims/pair-words';
import { contextOf, findTriggers } from '../../claims/context';
import { asksQuestion } from '../../text/questions';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';

/** A US approval stated: "FDA-approved for", "FDA approved", "approved by the FDA" (not an approval elsewhere). */
const US_APPROVAL = /\b(?:FDA[- ]approved|approved\s+by\s+the\s+(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+Administration)|FDA\s+(?:has\s+)?approved|FDA\s+approval)\b/i;
/** Right before the approval: "not", "not yet", "never", "isn't". */
const DENIED = /\b(?:not|never|no longer)\s+(?:yet\s+)?$|n['’]t\s+(?:yet\s+)?$/i;

/**
 * "IVIG is FDA approved for disorders including Guillain-Barré syndrome": a treatment named before the
 * approval words, a condition after them, and a verdict whose `offLabelUS` fact says no US label includes
 * that condition. Read per sentence, so a class of disorders between the two ("immune-mediated nerve
 * disorders including GBS") does not hide the claim. Quiet when the approval is denied ("not yet FDA
 * approved"), hedged, reported or asked. Offsets are chunk-relative.
 */
export function offLabelFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const unit of block.units) {
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      const approval = US_APPROVAL.exec(text);
      if (!approval || DENIED.test(text.slice(0, approval.index)) || asksQuestion(text)) continue;
      const at = sentence.start + approval.index;
      const context = contextOf(findTriggers(block.masked, sentence), { start: at, end: at + approval[0].length });
      if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer') continue;
      const mentions = block.mentionsIn(sentence.start, sentence.end);
      const treatment = [...mentions].reverse().find((m) => m.offset < at && terms.get(m.termId)?.kind === 'treatment');
      if (!treatment) continue;
      for (const condition of mentions.filter((m) => m.offset > at && isCondition(m, terms))) {
        const evidence = terms.evidence(condition.termId, treatment.termId);
        if (!evidence?.offLabelUS) continue;
        // The finding marks the approval words, which are what to change.
        const words = { offset: at, endOffset: at + approval[0].length, text: block.text.slice(at, at + approval[0].length) };
        out.push(offLabelFinding(words, terms.get(treatment.termId)!, terms.get(condition.termId)!, evidence.offLabelUS, evidence.entry));
        break;
      }
    }
  }
  return out;
}

function offLabelFinding(at: { offset: number; endOffset: number; text: string }, treatment: Entry, disease: Entry, fact: { note: string; source: string }, holder: Entry): RawFinding {
  const cite = citation(holder, fact.source);
  return {
    message: `${capitalize(treatment.preferred)} is not FDA-approved for ${disease.preferred}: ${fact.note} (${cite.short}). Say that guidelines recommend it, if they do, rather than that it is approved.`,
    offset: at.offset,
    endOffset: at.endOffset,
    actual: at.text,
    termId: treatment.id,
    fixes: [],
    note: `Source: ${cite.full}`,
    sources: [findingSource(holder, fact.source)],
    severity: 'warning',
  };
}
