import type { Mention } from '../matcher';
import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import type { Span } from '../text/sentences';
import type { RawFinding } from '../types';
import { splitClauses } from './claims/clauses';
import { sentencesWithMentions } from './claims/sentences';
import { pronounSentences, topicAfter, topicMention, type PronounSentence, type TopicSoFar } from './claims/topic';
import type { Block, ChunkFold, DocumentRule, Report } from './rule';
import { oncePerPlace } from './once-per-place';
import { DISEASE_KINDS, checkClause } from './treatment-claim/clause-check';
import { OTHER_CONDITIONS } from './treatment-claim/cues';
import { splitCoordinated } from './treatment-claim/coordinated';
import { NO_LIST, listClaims, listSteps, sameListState, type ListState, type ListStep } from './treatment-claim/list-context';
import { overstatedFindings } from './treatment-claim/overstated';
import { offLabelFindings } from './treatment-claim/off-label';
import { listItemPromises, promiseFindings } from './treatment-claim/unproven-promise';
import { leadingItems, listLeadRemedy } from '../claims/list-leads';
import { misdescribedFindings } from './treatment-claim/misdescribed';
import { combinationFindings } from './treatment-claim/combined';
import { careDeniedFindings } from './treatment-claim/care-denied';
import { sameAsParentFindings } from './treatment-claim/same-as-parent';
import { immuneBoostFinding, immuneBoosts, lastImmuneCondition, type ImmuneBoost } from './treatment-claim/immune-boost';
import { asksQuestion } from '../text/questions';

/**
 * The rule's summary of one chunk: findings and "It ..." sentences, kept by the engine with the
 * chunk, so re-linting after an edit only re-reads the edited chunks.
 */
interface Analysed {
  findings: RawFinding[];
  pronouns: PronounSentence[];
  /**
   * Clauses that name treatments but no disease, with those treatments and the diseases named
   * earlier in the same paragraph: read against a disease topic.
   */
  diseaseless: Array<{ clause: Span; mentions: Mention[]; earlier: string[] }>;
  /** Treatments with uncertain evidence presented as established care (read by the claim reader). */
  overstated: RawFinding[];
  /** Promises of repair or cure for treatments outside mainstream care. */
  promises: RawFinding[];
  /** The treatment whose benefits the block's last paragraph introduces as a list ("Benefits include:"). */
  leadRemedy: Entry | undefined;
  /** Sentences of the list items the block opens with that name no treatment (read under the lead before). */
  leadingItems: Span[];
  /** Treatments said to do what they do not ("IVIG removes the antibodies"). */
  misdescribed: RawFinding[];
  /** Treatments said to work better together where the evidence says they do not. */
  combined: RawFinding[];
  /** A condition with proven treatment said to have none. */
  careDenied: RawFinding[];
  /** A form said to be treated as its condition is, where its own verdicts differ. */
  sameAsParent: RawFinding[];
  /** What the block contributes to the list pass. */
  steps: ListStep[];
  /** The immune system said to need boosting, judged against the condition the chunk or the page is about. */
  boosts: ImmuneBoost[];
  /** The last immune-mediated condition the block names (for boost claims at the start of the next chunk). */
  lastCondition: string | undefined;
}

function analysed(block: Block, terms: TermIndex): Analysed {
  const result: Analysed = {
    findings: [],
    pronouns: pronounSentences(block),
    diseaseless: [],
    overstated: [...overstatedFindings(block, terms), ...offLabelFindings(block, terms)],
    promises: promiseFindings(block, terms),
    leadRemedy: listLeadRemedy(block, terms),
    leadingItems: leadingItems(block, terms),
    misdescribed: misdescribedFindings(block, terms),
    combined: combinationFindings(block, terms),
    careDenied: careDeniedFindings(block, terms),
    sameAsParent: sameAsParentFindings(block, terms),
    steps: listSteps(block, terms),
    boosts: immuneBoosts(block, terms),
    lastCondition: lastImmuneCondition(block, terms),
  };
  blockClaims(block, terms, result);
  return result;
}

/**
 * A treatment presented as used, effective or recommended for a disease where the terminology's
 * evidence says it is not effective or may worsen it (corticosteroids for Guillain-Barré syndrome,
 * plasma exchange for multifocal motor neuropathy). Works per clause: a negated, historical or
 * contrasted clause is left alone. A clause that names several diseases at once gets an info
 * finding naming the disease the treatment does not fit. On a page titled with a treatment
 * ("# Plasma exchange"), "It is a good option for MMN" is read as a claim about that treatment.
 * A treatment whose evidence is uncertain, presented as standard or proven care, gets a warning, as
 * does a promise of repair or cure for a complementary or investigational treatment.
 */
export const treatmentClaim: DocumentRule<Analysed> = {
  id: 'treatment-claim',
  category: 'treatment-claim',
  defaultSeverity: 'error',
  summary: 'Flags treatments presented as effective for a disease where the evidence says they do not work or may harm.',
  scope: 'document',
  summarize: (block, env) => analysed(block, env.terms),
  fold: {
    start: () => START,
    step(state, { block, summary }, env, reportAll) {
      // A list item such as "- Steroids for GBS" under "## How GBS is treated" is one claim, found twice.
      const report = oncePerPlace(reportAll);
      for (const list of [summary.findings, summary.overstated, summary.promises, summary.misdescribed, summary.combined, summary.careDenied, summary.sameAsParent]) {
        for (const f of list) report(f);
      }
      // "Acetyl-L-carnitine ... Benefits include:" then "- Regenerating injured nerves" in the next chunk.
      if (state.lead && summary.leadingItems.length > 0) for (const f of listItemPromises(block, summary.leadingItems, state.lead, env.terms)) report(f);
      const topic = topicAfter(state.topic, block, env.terms);
      if (topic) aboutTopic(block, summary, topic, env.terms, report);
      // "IVIG to help boost the immune system" after an immune-mediated condition is named (in this chunk or at
      // the end of the one before: where a chunk ends depends on its length, not on what the text says), or on a
      // page titled with one.
      for (const boost of summary.boosts) {
        const named = boost.condition ?? state.near;
        const finding = immuneBoostFinding(boost, named !== undefined ? env.terms.get(named) : (topic ?? undefined));
        if (finding) report(finding);
      }
      const list = listClaims(state.list, summary.steps, env.terms, report);
      const near = summary.lastCondition;
      return topic === state.topic && summary.leadRemedy === state.lead && list === state.list && near === state.near ? state : { topic, lead: summary.leadRemedy, list, near };
    },
    same: (a, b) => a.topic === b.topic && a.lead === b.lead && a.near === b.near && sameListState(a.list, b.list),
  } satisfies ChunkFold<Analysed, Scan>,
};

/** Where the pass over the chunks stands: the page's topic, the remedy whose benefits the last chunk lists, the list context. */
interface Scan {
  topic: TopicSoFar;
  lead: Entry | undefined;
  list: ListState;
  /** The last immune-mediated condition the chunk before named. */
  near: string | undefined;
}

const START: Scan = { topic: undefined, lead: undefined, list: NO_LIST, near: undefined };

/** A verb or verdict word that makes a page title a claim rather than a topic. */
const TITLE_CLAIM = /\b(?:is|are|was|were|cures?|treats?|helps?|works?|heals?|reverses?|fixes|stops?|effective|best|proven)\b/i;

function blockClaims(block: Block, terms: TermIndex, out: Analysed): void {
  const report: Report = (f) => out.findings.push(f);
  const relevant = (m: Mention): boolean => {
    const kind = terms.get(m.termId)?.kind;
    return kind === 'treatment' || (kind !== undefined && DISEASE_KINDS.has(kind));
  };
  for (const { unit, span, mentions } of sentencesWithMentions(block, relevant)) {
    if (!mentions.some((m) => terms.get(m.termId)?.kind === 'treatment')) continue;
    // A page title without a verb names its topic ("# IVIG therapy for small fiber neuropathy"); the text under
    // it says what it claims. "# Steroids are an effective treatment for GBS" is a claim all the same.
    if (unit.kind === 'heading' && unit.depth === 1 && !TITLE_CLAIM.test(block.masked.slice(span.start, span.end))) continue;
    // A question ("Do steroids help GBS?") asks; it does not claim.
    if (asksQuestion(block.masked.slice(span.start, span.end))) continue;
    const named = mentions.some((m) => terms.get(m.termId)?.kind !== 'treatment');
    const clauses = splitClauses(block.masked, span.start, span.end).flatMap((c) => splitCoordinated(block.masked, c, mentions, terms));
    // "MMN is treated with IVIG, and plasma exchange or steroids are alternatives": a clause naming no
    // disease goes on about the one named in the clause before it.
    let previous: Mention[] = [];
    for (const clause of clauses) {
      const inside = mentions.filter((m) => m.offset >= clause.start && m.endOffset <= clause.end);
      if (!named && inside.length > 0 && !OTHER_CONDITIONS.test(block.masked.slice(clause.start, clause.end))) {
        const earlier = diseasesIn(block, unit.start, clause.start, terms);
        out.diseaseless.push({ clause, mentions: inside, earlier });
        // "Treatment for GBS is supportive. Steroids are effective.": a paragraph that has named one disease goes on about it.
        const only = new Set(earlier).size === 1 ? terms.get(earlier[0]!) : undefined;
        if (only) checkClause(block.masked, clause, [topicMention(only, clause.start, clause.start, ''), ...inside], terms, report);
      }
      const diseases = inside.filter((m) => terms.get(m.termId)?.kind !== 'treatment');
      const subjects = diseases.length > 0 || inside.length === 0 ? [] : previous;
      if (diseases.length > 0) previous = diseases;
      if (subjects.length + inside.length >= 2) checkClause(block.masked, clause, [...subjects, ...inside], terms, report);
    }
  }
}

/** Claims about `topic` in one block: disease-less clauses for a disease topic, "It ..." sentences for a treatment topic. */
function aboutTopic(block: Block, entry: Analysed, topic: Entry, terms: TermIndex, report: Report): void {
  if (DISEASE_KINDS.has(topic.kind)) {
    for (const { clause, mentions, earlier } of entry.diseaseless) {
      // "CIDP is a cousin of GBS. Guidance lists steroids as first choices for it": after another
      // disease is named, the clause may be about that one, so it is not read against the topic.
      if (earlier.some((id) => id !== topic.id)) continue;
      checkClause(block.masked, clause, [topicMention(topic, clause.start, clause.start, ''), ...mentions], terms, report);
    }
    return;
  }
  if (topic.kind !== 'treatment') return;
  for (const p of entry.pronouns) {
    if (asksQuestion(block.masked.slice(p.offset, p.end))) continue;
    const clause = splitClauses(block.masked, p.offset, p.end)[0];
    if (!clause) continue;
    const named = block.mentionsIn(clause.start, clause.end).filter((m) => terms.get(m.termId)?.kind !== 'treatment');
    if (named.length === 0) continue;
    const pronoun = topicMention(topic, p.offset, p.endOffset, block.masked.slice(p.offset, p.endOffset));
    checkClause(block.masked, clause, [pronoun, ...named], terms, report);
  }
}

/** Ids of the diseases named in [from, to) of `block`. */
function diseasesIn(block: Block, from: number, to: number, terms: TermIndex): string[] {
  return block.mentionsIn(from, to).filter((m) => DISEASE_KINDS.has(terms.get(m.termId)?.kind ?? '')).map((m) => m.termId);
}
