import type { Entry, KeyNumber } from '../terminology/types';
import type { RawFinding } from '../types';
import { citation, findingSource } from './claims/sources';
import { documentTopic } from './claims/topic';
import { NUMBER_CUES, PEOPLE_SHARE, POPULATION_SHARE, PEOPLE_RATIO, RECOVERY, RECOVERY_NUMBERS, SHARE_AS_SUBJECT, SHARE_OF_TIME, STATISTIC_WORD, YEARLY } from './numeric-claim/cues';
import { blockFigures, type FigureContext } from './numeric-claim/figure-context';
import { populationFindings } from './numeric-claim/population';
import type { Figure } from './numeric-claim/figures';
import { kindOf, outOfRange, rangeText } from './numeric-claim/ranges';
import type { DocumentRule, Report } from './rule';

/**
 * The rule's summary of one chunk: its figures, and the findings last judged from them, kept by the
 * engine with the chunk: a re-lint after an edit only re-reads the edited chunks. Judged findings
 * (filled by the document step) are keyed by what they depend on besides the chunk: the topic and the audience.
 */
interface Memo {
  figures: FigureContext[];
  judged?: { key: string; findings: RawFinding[] };
  /** Who-gets-it claims without numbers; they depend on the block alone. */
  population: RawFinding[];
}

/**
 * Incidence, prevalence, outcome and time-course figures checked against the terminology's key
 * numbers: a figure wholly outside the accepted range is a warning that states the range and its
 * source. For the patient audience, a statistic (a rate, a head count, a share of people) with no
 * citation in its paragraph is an info finding. A figure in a sentence that names no disease is
 * read as being about the document's title topic ("# 10 facts about GBS").
 */
export const numericClaim: DocumentRule<Memo> = {
  id: 'numeric-claim',
  category: 'numeric-claim',
  defaultSeverity: 'warning',
  summary: 'Checks incidence, prevalence and time-course figures against accepted ranges, and asks for a source for uncited statistics.',
  scope: 'document',
  summarize: (block, env): Memo => ({ figures: blockFigures(block, env.terms), population: populationFindings(block, env.terms) }),
  check(doc, env, report, summaries) {
    const patient = env.settings.audience === 'patient';
    let topic: Entry | undefined | null = null; // computed on the first figure that needs it
    for (let i = 0; i < doc.blocks.length; i++) {
      const start = doc.blocks[i]!.start;
      const entry = summaries[i]!;
      for (const f of entry.population) report({ ...f, offset: start + f.offset, endOffset: start + f.endOffset });
      if (entry.figures.length === 0) continue;
      if (topic === null && entry.figures.some((c) => c.diseases.length === 0)) topic = documentTopic(doc, env.terms);
      const subject = topic && topic.kind !== 'treatment' ? topic : undefined;
      const key = `${patient}|${subject?.id ?? ''}`;
      if (entry.judged?.key !== key) {
        const findings: RawFinding[] = [];
        for (const context of entry.figures) {
          const candidates = context.diseases.length > 0 ? context.diseases : subject ? [subject] : [];
          judge(context, candidates, patient, (f) => findings.push(f));
        }
        entry.judged = { key, findings };
      }
      for (const f of entry.judged.findings) report({ ...f, offset: start + f.offset, endOffset: start + f.endOffset });
    }
  },
};

/**
 * A warning when the figure is outside the range of the most likely disease's matching key number
 * and no other disease in the sentence has a matching number that accepts it ("CIDP, a cousin of
 * GBS that develops over at least 8 weeks" is about CIDP); else the citation check.
 */
function judge(context: FigureContext, candidates: readonly Entry[], patient: boolean, report: Report): void {
  const { figure } = context;
  const { offset, endOffset } = figure;
  const matched = candidates.flatMap((d) => {
    const number = keyNumberFor(d, figure, context.clauseText, context.sentenceText);
    return number ? [{ disease: d, number }] : [];
  });
  const wrong = matched.length > 0 && matched.every((m) => outOfRange(figure, m.number)) ? matched[0] : undefined;
  const disease = wrong?.disease ?? candidates[0];
  if (wrong) {
    const number = wrong.number;
    // A range may join two sources (one end each); the finding cites both.
    const ids = number.alsoSource ? [number.source, number.alsoSource] : [number.source];
    const cites = ids.map((id) => citation(wrong.disease, id));
    report({
      message: `"${figure.text}" is outside the accepted range for ${wrong.disease.preferred} (${number.label}: ${rangeText(number)}; ${cites.map((c) => c.short).join('; ')}).`,
      offset,
      endOffset,
      actual: figure.text,
      termId: wrong.disease.id,
      fixes: [],
      note: `${ids.length > 1 ? 'Sources' : 'Source'}: ${cites.map((c) => c.full).join(' ')}`,
      sources: ids.map((id) => findingSource(wrong.disease, id)),
    });
    return;
  }
  if (patient && !context.cited && isStatistic(context)) {
    report({
      message: `Add a source for "${figure.text}"; readers can then check where the figure comes from.`,
      offset,
      endOffset,
      actual: figure.text,
      termId: disease?.id ?? null,
      fixes: [],
      severity: 'info',
    });
  }
}

/** The key number a figure states: rates by unit (yearly or not), others by their cue words. */
function keyNumberFor(disease: Entry, figure: Figure, clauseText: string, sentenceText: string): KeyNumber | undefined {
  const numbers = (disease.numbers ?? []).filter((n) => kindOf(n.unit) === figure.kind);
  if (figure.kind === 'rate') {
    const unit = YEARLY.test(sentenceText) ? 'per-100000-per-year' : 'per-100000';
    return numbers.find((n) => n.unit === unit);
  }
  // In a recovery clause a duration is how long recovery takes, never how long the illness worsens.
  const recovery = figure.kind === 'duration' && RECOVERY.test(clauseText);
  const matching = numbers.filter((n) => RECOVERY_NUMBERS.has(n.id) === recovery && NUMBER_CUES[n.id]?.test(clauseText));
  // Two key numbers that both fit the words leave the figure unchecked rather than guessed.
  return matching.length === 1 ? matching[0] : undefined;
}

/** Rates, head counts of 100 or more, shares of people (or of a disease's cases) and named ratios are statistics a patient page should cite. */
function isStatistic({ figure, sentenceText, after, diseases }: FigureContext): boolean {
  if (figure.kind === 'rate') return true;
  if (figure.kind === 'count') return figure.low >= 100;
  if (figure.kind === 'ratio') return PEOPLE_RATIO.test(sentenceText);
  if (figure.kind === 'percent') {
    return POPULATION_SHARE.test(sentenceText) || PEOPLE_SHARE.test(figure.text) || SHARE_AS_SUBJECT.test(after) || STATISTIC_WORD.test(sentenceText) ||
      (SHARE_OF_TIME.test(after) && diseases.length > 0);
  }
  return false;
}
