import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { isCondition } from '../../claims/pair-words';
import type { Block } from '../rule';
import { sparedFinding, sparedItemWord } from './spared';

/** A heading over a condition's own symptoms: "Symptoms", "Signs and symptoms of AMAN" (not "Symptoms that are not GBS"). */
const SYMPTOM_HEADING = /\b(?:symptoms?|signs)\b/i;
const NOT_ITS_OWN = /\b(?:not|unlike|other|versus|vs|mimic\w*|differ\w*|before|preced\w*|infections?|causes?|triggers?)\b/i;

/** What a chunk holds for the symptom-list pass: its headings and its list items, in order. Offsets are chunk-relative. */
export type SymptomStep = { heading: true; symptoms: boolean; subject?: string } | { heading: false; start: number; end: number };

export function symptomSteps(block: Block, terms: TermIndex): SymptomStep[] {
  const steps: SymptomStep[] = [];
  for (const unit of block.units) {
    if (unit.kind === 'heading') {
      const text = block.masked.slice(unit.start, unit.end);
      const conditions = [...new Set(block.mentionsIn(unit.start, unit.end).filter((m) => isCondition(m, terms)).map((m) => m.termId))];
      const symptoms = SYMPTOM_HEADING.test(text) && !NOT_ITS_OWN.test(text) && conditions.length <= 1;
      steps.push({ heading: true, symptoms, ...(conditions.length === 1 ? { subject: conditions[0] } : {}) });
    } else if (unit.inList && !unit.inQuote) steps.push({ heading: false, start: unit.start, end: unit.end });
  }
  return steps;
}

/**
 * Items of a symptom list under a "Symptoms" heading that the condition cannot cause, read against its
 * `spares` facts: numbness listed for a purely motor form. The list is about the condition its heading names, else the page's topic.
 * `under` is the subject id of the list being read ('' for the topic), carried across chunks; returns it.
 */
export function symptomListFindings(under: string | undefined, steps: readonly SymptomStep[], topic: Entry | undefined, block: Block, terms: TermIndex, report: (f: RawFinding) => void): string | undefined {
  for (const step of steps) {
    if (step.heading) {
      under = step.symptoms ? (step.subject ?? '') : undefined;
      continue;
    }
    const subject = under === undefined ? undefined : under === '' ? topic : terms.get(under);
    if (!subject) continue;
    const item = block.masked.slice(step.start, step.end);
    for (const fact of subject.spares ?? []) {
      const word = sparedItemWord(item, fact);
      if (word) report(sparedFinding(block, subject, fact, step.start + item.indexOf(word), word));
    }
  }
  return under;
}
