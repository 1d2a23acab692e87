import type { Entry, KeyNumber } from '../terminology/types';
import type { RawFinding } from '../types';
import { citation, findingSource } from './claims/sources';
import { nervousDiseases, soleDisease, topicAfter, type TopicSoFar } from './claims/topic';
import { CHANCE_BEFORE, CHANCE_OF, CHANGED_BY, CITATION, FLOOR_CUES, NUMBER_CUES, SOURCE_NAMES, WHOLE_TEXT_SOURCE, PEOPLE_SHARE, POPULATION_SHARE, PEOPLE_NAMED, PEOPLE_RATIO, RECOVERY, RECOVERY_NUMBERS, RISK_CHANGE, SHARE_AS_SUBJECT, SHARE_AT, STUDY_SAMPLE, SHARE_BY_TIME, SHARE_OF_TIME, STATISTIC_WORD, YEARLY } from './numeric-claim/cues';
import { blockFigures, namesSource, type FigureContext } from './numeric-claim/figure-context';
import { populationFindings } from './numeric-claim/population';
import { COUNT_BEFORE_BRACKET, findFigures, type Figure } from './numeric-claim/figures';
import { kindOf, outOfRange, rangeText } from './numeric-claim/ranges';
import type { Block, ChunkFold, DocumentRule, Report } from './rule';
import { keysWith } from './fold-state';

/**
 * The rule's summary of one chunk: its figures and what the rest of the document needs from it, kept
 * by the engine with the chunk: a re-lint after an edit only re-reads the edited chunks.
 */
interface Memo {
  figures: FigureContext[];
  /** Who-gets-it claims without numbers; they depend on the block alone. */
  population: RawFinding[];
  /** The chunk says where the whole text comes from ("taken from a talk given by Dr ..."). */
  wholeText: boolean;
  /** Headings and source lines of the chunk, in order: a source line covers the figures after it up to the next heading. */
  marks: Array<{ offset: number; kind: 'heading' | 'source' }>;
  /** Nervous-system diseases the chunk names: on a page without a title, the only one is its topic. */
  diseases: readonly string[];
  /** The chunk's last paragraph names a source, for "The study showed ..." at the start of the next chunk. */
  endsWithSource: boolean;
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
  summarize: (block, env): Memo => ({
    figures: blockFigures(block, env.terms),
    population: populationFindings(block, env.terms),
    wholeText: WHOLE_TEXT_SOURCE.test(block.text),
    marks: sectionMarks(block),
    diseases: nervousDiseases(block, env.terms),
    endsWithSource: endsWithSource(block),
  }),
  fold: {
    // The only nervous-system disease a page without a title names is its topic, wherever it names it.
    tally: (memo) => [...(memo.wholeText ? [['whole-text', 1] as const] : []), ...memo.diseases.map((id) => [`disease:${id}`, 1] as const)],
    start: (env, totals): Scan => ({
      topic: undefined,
      untitled: soleDisease([...keysWith(totals.keys(), 'disease:')], env.terms),
      // A text that says where it comes from ("taken from a talk given by Dr ...") covers all its figures.
      wholeText: totals.get('whole-text') > 0,
      sourced: false,
      sourceBefore: false,
    }),
    step(state, { block, summary }, env, report) {
      for (const f of summary.population) report(f);
      // A source named in a section covers its figures ("CDC on GBS and flu vaccine" above a figure); a
      // figure with no heading or source line before it in its chunk goes by the chunk's last one.
      const marked = (from: boolean, offset: number): boolean => {
        let sourced = from;
        for (const mark of summary.marks) if (mark.offset <= offset) sourced = mark.kind === 'source';
        return sourced;
      };
      const sourced = marked(state.sourced, Infinity);
      const sourcedAt = (offset: number): boolean => marked(sourced, offset);
      const topic = topicAfter(state.topic, block, env.terms);
      if (summary.figures.length > 0) {
        const chosen = topic ?? state.untitled;
        const subject = chosen && chosen.kind !== 'treatment' ? chosen : undefined;
        const patient = env.settings.audience === 'patient';
        for (const context of summary.figures) {
          const candidates = context.diseases.length > 0 ? context.diseases : subject ? [subject] : [];
          // Where a chunk ends depends on its length, not on what the text says: a study named just before it still counts.
          const cited = context.cited || (context.backToSource && state.sourceBefore);
          judge(context, candidates, patient && !state.wholeText && !cited && !sourcedAt(context.figure.offset), report);
        }
      }
      const sourceBefore = summary.endsWithSource;
      return topic === state.topic && sourced === state.sourced && sourceBefore === state.sourceBefore ? state : { ...state, topic, sourced, sourceBefore };
    },
    same: (a, b) => a.topic === b.topic && a.untitled === b.untitled && a.wholeText === b.wholeText && a.sourced === b.sourced && a.sourceBefore === b.sourceBefore,
  } satisfies ChunkFold<Memo, Scan>,
};

/** Where the pass over the chunks stands. */
interface Scan {
  /** The page's title topic, once decided. */
  topic: TopicSoFar;
  /** The topic of a page without a title: the one nervous-system disease it names, if only one. */
  untitled: Entry | undefined;
  wholeText: boolean;
  /** A source line stands earlier in the current section. */
  sourced: boolean;
  /** The last paragraph of the chunk before names a source. */
  sourceBefore: boolean;
}

/** Whether the block's last paragraph names a source ("... supported by the ADHERE trial."). */
function endsWithSource(block: Block): boolean {
  const last = block.units.at(-1);
  return last !== undefined && namesSource(block.text.slice(last.start, last.end));
}

/**
 * A warning when the figure is outside the range of the most likely disease's matching key number
 * and no other disease in the sentence has a matching number that accepts it ("CIDP, a cousin of
 * GBS that develops over at least 8 weeks" is about CIDP); else the citation check.
 */
function judge(context: FigureContext, candidates: readonly Entry[], askForSource: boolean, report: Report): void {
  const { figure } = context;
  const { offset, endOffset } = figure;
  const matched = candidates.flatMap((d) => {
    const number = keyNumberFor(d, figure, context.clauseText, context.sentenceText);
    return number ? [{ disease: d, number }] : [];
  });
  // "Most people do not need a ventilator" says the opposite of the majority it names.
  const denied = figure.vague === true && VAGUE_DENIED.test(context.clauseText);
  const wrong = !denied && matched.length > 0 && matched.every((m) => outOfRange(figure, m.number)) ? matched[0] : undefined;
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
  if (askForSource && !context.cited && isStatistic(context)) {
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

/**
 * The chunk's headings and source lines (a paragraph of its own that names a source in a few words:
 * "CDC on Guillain-Barré syndrome and flu vaccine"); a source named in passing inside a longer
 * paragraph covers that paragraph only, through the figure's own citation check.
 */
function sectionMarks(block: Block): Memo['marks'] {
  const marks: Memo['marks'] = [];
  block.units.forEach((unit, index) => {
    if (unit.kind === 'heading') marks.push({ offset: unit.start, kind: 'heading' });
    const line = block.text.slice(unit.start, unit.end).trim();
    if (unit.kind !== 'paragraph' || LONGER_THAN_SOURCE_LINE.test(line) || !(CITATION.test(line) || SOURCE_NAMES.test(line))) return;
    // "Most people recover completely, according to the Mayo Clinic." credits its own statement, not what follows.
    if (CREDITED_STATEMENT.test(line)) return;
    // "MS affects around 2.8 million people worldwide (1)." cites its own figure: a short claim, not a source line.
    if (findFigures(block.masked, unit.start, unit.end).length > 0) return;
    // A credit line right below a paragraph ("Source: Lim (2014)") covers that paragraph too.
    const above = block.units[index - 1];
    if (above?.kind === 'paragraph' && CREDIT_LINE.test(line) && marks.at(-1)?.kind !== 'source') marks.push({ offset: above.start, kind: 'source' });
    marks.push({ offset: unit.start, kind: 'source' });
  });
  return marks;
}

/** A line that says it is the credit for what stands above it, not a link to read more. */
const CREDIT_LINE = /^\W*(?:sources?|references?|citations?|data from|adapted from|credits?)\b/i;

/** A statement of four words or more, then its credit: the line is a claim with its source, not a source line. */
const CREDITED_STATEMENT = /^\W*\p{L}\S*(?:\s+\S+){3,}?,?\s+(?:according to|as per|reported by)\b/iu;

/** Longest paragraph read as a source line. */
const SOURCE_LINE_WORDS = 15;
/** A trimmed line of more than `SOURCE_LINE_WORDS` words (whitespace-separated), found without splitting it. */
const LONGER_THAN_SOURCE_LINE = new RegExp(String.raw`^\S+(?:\s+\S+){${SOURCE_LINE_WORDS}}`);

/** A table column whose cells count how often something happens: "How common?", "Frequency", "% of patients". */
const FREQUENCY_COLUMN = /\b(?:how (?:common|often|many|frequent)|frequency|prevalence|incidence|share|proportion|percent(?:age)?|% of|of (?:patients|people|cases))\b|%/i;

/** What a rate is counted against when it is a risk per exposure, not a share of the population. */
const PER_EXPOSURE = /^\s*(?:vaccinations?|vaccines?|doses?|shots?|injections?|vaccinated|people vaccinated|vaccine recipients|infusions?|treatments?|procedures?|operations?|births?)\b/i;

/** The key number a figure states: rates by unit (yearly or not), others by their cue words. */
function keyNumberFor(disease: Entry, figure: Figure, clauseText: string, sentenceText: string): KeyNumber | undefined {
  const numbers = (disease.numbers ?? []).filter((n) => kindOf(n.unit) === figure.kind);
  if (figure.kind === 'rate') {
    // "1 to 2 cases per million vaccinations" is a risk per dose, not how common the disease is.
    const at = clauseText.indexOf(figure.text);
    if (at !== -1 && PER_EXPOSURE.test(clauseText.slice(at + figure.text.length))) return undefined;
    const unit = YEARLY.test(sentenceText) ? 'per-100000-per-year' : 'per-100000';
    return numbers.find((n) => n.unit === unit);
  }
  // "89 percent less likely", "cut relapses by 50%": a change relative to another group, not a share of
  // people; "half of the subjects": the people of one study. Neither is the key number of a population.
  if (figure.kind === 'percent' && (relativeChange(clauseText, figure.text) || STUDY_SAMPLE.test(clauseText))) return undefined;
  // In a recovery clause a duration is how long recovery takes, never how long the illness worsens.
  const recovery = figure.kind === 'duration' && RECOVERY.test(clauseText);
  const matching = numbers.filter((n) => RECOVERY_NUMBERS.has(n.id) === recovery && NUMBER_CUES[n.id]?.test(clauseText));
  // Two key numbers that both fit the words leave the figure unchecked rather than guessed.
  if (matching.length > 0 || figure.kind !== 'percent') return matching.length === 1 ? matching[0] : undefined;
  // "In rare circumstances, patients have difficulty breathing": a share the key number is the floor of.
  const floors = numbers.filter((n) => n.floorOf && FLOOR_CUES[n.floorOf.id]?.test(clauseText));
  const floor = floors.length === 1 ? floors[0]! : undefined;
  return floor && { ...floor, label: floor.floorOf!.label, bound: 'at-least' };
}

/** Rates, head counts of 100 or more, shares of people (or of a disease's cases) and named ratios are statistics a patient page should cite. */
/** A negation in the clause of a majority in words. */
const VAGUE_DENIED = /\b(?:not|never|no longer|without|survive[sd]?)\b|n['’]t\b/i;

/**
 * Words that make a count of people a count of those with a condition ("1,000 people are diagnosed", "live with it");
 * without them or a condition named, a count is a story's ("More than a thousand people came to the walk"). A count
 * of people gathered for something is a story's even when a condition is named (see `GATHERED`).
 */
const HAVING = /\b(?:ha(?:ve|s|d|ving)|with|found\s+in|seen\s+in|occurs?\s+in|afflict\w*|strikes?|struck|affect(?:s|ed|ing)?|diagnos\w*|develop\w*|suffer\w*|experienc\w*|get|gets|got|cases?|died|die|deaths?|disabled|paraly[sz]ed|recover\w*|prevalence|incidence|risk)\b/i;

/** A count of people at an event, not with a condition: "came to the walk", "joined the group", "signed the petition". */
const GATHERED = /\b(?:came|attended|joined|walked|gathered|signed|took\s+part|participated|donated|registered|visited|watched|subscribed|met)\b/i;

/** A count of cases in a news story of an outbreak ("the recent surge of 100 cases and two deaths in Pune"): news, not how common the illness is. */
const OUTBREAK_NEWS = /\b(?:surge|outbreak|cluster|spike|so\s+far|to\s+date|recorded|confirmed)\b/i;

/** A count of the people a study looked at: "This project assessed over three million people", "followed 2,000 patients". */
const STUDIED_BEFORE = /\b(?:assessed|studied|followed|tracked|included|enrolled|analy[sz]ed|screened|surveyed|examined|recruited|compared)\s+(?:(?:over|more\s+than|about|nearly|almost|some|around|roughly)\s+)?$/i;

/** The count itself names the sick or a year: "62 million diabetics", "30,000 amputations a year". */
const SICK_OR_YEARLY = /\b(?:patients|sufferers|diabetics|cases|affected|diagnosed)\b|\/\s*(?:yr|year)|\b(?:per|a|each|every)\s+year\b|\bannually\b/i;

/** A line of a breakdown: a name and its share, nothing else ("Diabetes type 2 – 30%", "Idiopathic: 52%"). */
const BREAKDOWN_ITEM = /^[\s\-*+•]*[\p{L}][\p{L}\d\s'’(),/-]{1,60}?\s*[–—:-]\s*(?:about\s+|around\s+|~\s*)?\d+(?:\.\d+)?\s*%\s*$/iu;

/** A share given in brackets after what it counts: "Most patients ... recover (70%)". */
const BRACKETED = /^\s*\)/;

function isStatistic({ figure, sentenceText, clauseText, after, diseases, column }: FigureContext): boolean {
  if (figure.vague) return false;
  if (figure.kind === 'rate' || figure.kind === 'times') return true;
  // "| Electric shocks | About 70% |" under "How common?": the column says what the share counts.
  if (figure.kind === 'percent' && column !== undefined && FREQUENCY_COLUMN.test(column)) return true;
  if (figure.kind === 'count') return countIsStatistic(figure, sentenceText, clauseText, after, diseases.length > 0);
  if (figure.kind === 'ratio') return PEOPLE_RATIO.test(sentenceText);
  // "Eighteen (23.7%) patients had ...": the share restates a count of a study's patients; the count is the figure.
  if (figure.kind === 'percent' && COUNT_BEFORE_BRACKET.test(clauseText.slice(0, Math.max(0, clauseText.indexOf(figure.text))))) return false;
  if (figure.kind === 'percent') {
    return BREAKDOWN_ITEM.test(sentenceText) || POPULATION_SHARE.test(sentenceText) || CHANCE_OF.test(after) || CHANCE_BEFORE.test(clauseText.slice(0, Math.max(0, clauseText.indexOf(figure.text)))) || PEOPLE_SHARE.test(figure.text) || SHARE_AS_SUBJECT.test(after) || RISK_CHANGE.test(after) || STATISTIC_WORD.test(sentenceText) ||
      (SHARE_OF_TIME.test(after) && diseases.length > 0) || (BRACKETED.test(after) && clauseText.includes(`(${figure.text}`) && PEOPLE_NAMED.test(sentenceText)) || (SHARE_BY_TIME.test(after) && (diseases.length > 0 || PEOPLE_NAMED.test(sentenceText))) || changedBy(clauseText, figure.text) || shareAt(clauseText, figure.text, diseases.length > 0);
  }
  return false;
}

/** A count of people or cases that says how common an illness is: not a story's, a study's or a news report's count. */
function countIsStatistic(figure: Figure, sentence: string, clause: string, after: string, namesCondition: boolean): boolean {
  const before = clause.slice(0, clause.indexOf(figure.text));
  if (figure.low < 100 && !yearlyCases(figure.text, sentence)) return false;
  if (!namesCondition && !HAVING.test(sentence) && !SICK_OR_YEARLY.test(figure.text)) return false;
  if (GATHERED.test(sentence) || (OUTBREAK_NEWS.test(sentence) && !PER_YEAR.test(sentence))) return false;
  return !STUDIED_BEFORE.test(before) && !PARTITIVE_BEFORE.test(before) && !DOSES_GIVEN.test(after) && !REPORTS_COUNTED.test(after);
}

/**
 * "Over 40 million people received the vaccine", "12.5 million people vaccinated": how many were vaccinated is a
 * historical or programme count, not how many have a condition.
 */
const DOSES_GIVEN = /^\s*(?:(?:have|had)\s+)?(?:received|were\s+given|took)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:vaccines?|shots?|jabs?|doses?|vaccinations?|boosters?)\b|^\s*(?:(?:were|have\s+been|had\s+been)\s+)?(?:vaccinated|immuni[sz]ed)\b/i;

/**
 * "100 people have been reported to develop symptoms", "about 100 cases were reported": a count of reports made to a
 * safety system, given as news of what was reported, not as how common the condition is (unlike "20 million people
 * have been reported to be suffering from ...", a prevalence).
 */
const REPORTS_COUNTED = /^\s*(?:(?:people|persons|patients|cases|reports|adults|children)\s+)?(?:(?:have|has|had)\s+(?:now\s+)?been|were|was)\s+reported\b(?!\s+(?:to\s+(?:be|have|suffer|live)|as\s+having)\b)/i;

/**
 * "Four to five cases are diagnosed each year", "thirty to forty people are diagnosed annually": a small count of
 * cases or people given for a year is an incidence, as much a statistic as a large one. Not when someone is quoted
 * giving it ("Grant said between 10 and 20 people in Nova Scotia are diagnosed every year"): a local figure from a
 * named speaker is credited to them.
 */
function yearlyCases(figure: string, sentence: string): boolean {
  return !SPEAKER_SAID.test(sentence) && COUNTED_PEOPLE.test(figure) && PER_YEAR.test(sentence) && NEW_CASES.test(sentence);
}
const SPEAKER_SAID = /\b(?:\p{Lu}[\p{L}'’-]+|[Hh]e|[Ss]he|[Tt]hey)\s+(?:said|says|told|tells|adds|added|explained|explains)\b/u;
const COUNTED_PEOPLE = /\b(?:cases|people|patients|persons)\b/i;
const PER_YEAR = /\b(?:per\s+year|a\s+year|each\s+year|every\s+year|annually|yearly)\b/i;
const NEW_CASES = /\b(?:cases?|diagnos\w*|develop\w*|affected)\b/i;

/** "Of the 158 cases, 38 ...": a count taken up again to be divided, given (and sourced) where it was first named. */
const PARTITIVE_BEFORE = /\bof\s+the\s*$/i;

/** "Diabetic neuropathy being at 60-70%": a share pinned to the condition named just before. */
function shareAt(clause: string, figure: string, namesDisease: boolean): boolean {
  const at = clause.indexOf(figure);
  return at > 0 && namesDisease && SHARE_AT.test(clause.slice(0, at));
}

/** A relative change: "50% more likely", "a 30% lower risk", or an effect size before the figure. */
function relativeChange(clause: string, figure: string): boolean {
  const at = clause.indexOf(figure);
  return at !== -1 && (RISK_CHANGE.test(clause.slice(at + figure.length)) || changedBy(clause, figure));
}

/** An effect size: "cut the risk of relapse by 61%", "reduces pain by up to 50%". */
function changedBy(clause: string, figure: string): boolean {
  const at = clause.indexOf(figure);
  return at > 0 && CHANGED_BY.test(clause.slice(0, at));
}
