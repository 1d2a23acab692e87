import type { TermIndex } from '../terminology/term-index';
import { NO_LIST, listMisplacements, listSteps, sameListState, type ListState, type ListStep } from './anatomy-misclassification/list-context';
import { claimKind, sentenceMisplacements, siteClaim, type Misplacement } from './anatomy-misclassification/sentence-claims';
import { REJECTED } from './anatomy-misclassification/cues';
import { pronounSentences, topicAfter, topicMention, type PronounSentence, type TopicSoFar } from './claims/topic';
import type { RawFinding } from '../types';
import { findingSource } from './claims/sources';
import { involvementFindings } from './anatomy-misclassification/involvement';
import { oneFormFindings } from './anatomy-misclassification/one-form';
import { attackerFindings } from './anatomy-misclassification/attacker';
import { contagionFindings } from './anatomy-misclassification/contagion';
import { weakImmunityFindings } from './anatomy-misclassification/weak-immunity';
import { oneCauseFindings } from './anatomy-misclassification/one-cause';
import { sparedFindings } from './anatomy-misclassification/spared';
import { neuropathyScopeFindings } from './anatomy-misclassification/neuropathy-scope';
import { movedOrganFindings } from './anatomy-misclassification/moved-organ';
import { infectionSymptomFindings } from './anatomy-misclassification/infection-symptoms';
import { symptomListFindings, symptomSteps, type SymptomStep } from './anatomy-misclassification/symptom-list';
import { sameAsFinding, sameAsFindings, type SameAs } from './anatomy-misclassification/same-as';
import { readMisplacements, topicImmuneClaim, topicReadMisplacements } from './anatomy-misclassification/read-claims';
import type { Entry } from '../terminology/types';
import type { Block, ChunkFold, DocumentRule } from './rule';
import { oncePerPlace } from './once-per-place';

/**
 * The rule's summary of one chunk: its sentence results, kept by the engine with the chunk, so the
 * sentence pass is incremental like a block rule's; the document pass on top only reads headings,
 * list items and "It ..." sentences.
 */
interface Analysed {
  /** The chunk's own misplacements as findings (chunk-relative), made once per reading, not per keystroke. */
  found: RawFinding[];
  pronouns: PronounSentence[];
  involvement: RawFinding[];
  /** One condition given another's name: "also known as". */
  sameAs: SameAs;
  /** What a condition leaves alone said to be harmed ("MMN causes numbness"), and and an organ named for the muscles that move it ("GBS spreads to the lungs"). */
  spared: RawFinding[];
  oneForm: RawFinding[];
  /** A germ named as what attacks the nerves in an immune-mediated condition, or the condition said to spread like an infection. */
  attacker: RawFinding[];
  oneCause: RawFinding[];
  steps: ListStep[];
  /** Headings and list items, for symptom lists under a "Symptoms" heading. */
  symptomSteps: SymptomStep[];
}

function analysed(block: Block, terms: TermIndex): Analysed {
  return { found: withReadClaims(block, terms).map((m) => misplacementFinding(m, 0)), pronouns: pronounSentences(block), involvement: involvementFindings(block, terms), sameAs: sameAsFindings(block, terms), spared: [...sparedFindings(block, terms), ...movedOrganFindings(block, terms), ...infectionSymptomFindings(block, terms), ...neuropathyScopeFindings(block, terms)], oneForm: oneFormFindings(block, terms), attacker: [...attackerFindings(block, terms), ...contagionFindings(block, terms), ...weakImmunityFindings(block, terms)], oneCause: oneCauseFindings(block, terms), steps: listSteps(block, terms), symptomSteps: symptomSteps(block, terms) };
}

/** Where the pass over the chunks stands: the page's topic and the list context. */
interface Scan {
  topic: TopicSoFar;
  list: ListState;
  /** The condition whose symptom list is being read ('' for the page's topic), or undefined outside one. */
  symptoms: string | undefined;
}

const START: Scan = { topic: undefined, list: NO_LIST, symptoms: undefined };

/** The finding of a misplacement in a chunk that starts at `base`. */
function misplacementFinding(found: Misplacement, base: number): RawFinding {
  // A part of the body is named as a term ("Peripheral nerves" means ...): its name may be singular or plural.
  const name = `${found.entry.preferred.charAt(0).toUpperCase()}${found.entry.preferred.slice(1)}`;
  return {
    message: `${found.entry.kind === 'anatomy' ? `"${name}"` : name} ${found.says}.`,
    offset: base + found.mention.offset,
    endOffset: base + (found.claim?.endOffset ?? found.mention.endOffset),
    actual: found.claim?.text ?? found.mention.text,
    termId: found.entry.id,
    fixes: [],
    ...(found.entry.siteNote ? { note: found.entry.siteNote } : {}),
    ...(found.severity ? { severity: found.severity } : {}),
    ...(found.source ? { sources: [found.source] } : found.entry.siteSource ? { sources: [findingSource(found.entry, found.entry.siteSource)] } : {}),
  };
}

/** The rule's own patterns first (their wording wins a sentence), then what the claim reader reads. */
function withReadClaims(block: Block, terms: TermIndex): Misplacement[] {
  const found = sentenceMisplacements(block, terms);
  return [...found, ...readMisplacements(block, terms, found)];
}

/** "It is a disease of the brain." in a document titled "# 10 facts about GBS"; "This is an autoimmune condition" under "# What is POEMS syndrome?". */
function topicMisplacements(topic: Entry, block: Block, pronouns: readonly PronounSentence[], terms: TermIndex, found: (misplacement: Misplacement) => void): void {
  const kind = claimKind(topic, terms);
  if (kind !== 'disease' && topic.immuneMediated === undefined) return;
  const unread: PronounSentence[] = [];
  for (const p of pronouns) {
    if (REJECTED.test(block.masked.slice(p.offset, p.end))) continue;
    const says = kind === 'disease' ? siteClaim(topic, kind, block.masked.slice(p.rest, p.end)) : undefined;
    const claim = says ? { says } : topicImmuneClaim(topic, block, p, terms);
    if (!claim) {
      unread.push(p);
      continue;
    }
    const mention = topicMention(topic, p.offset, p.endOffset, block.masked.slice(p.offset, p.endOffset));
    found({ mention, entry: topic, ...claim });
  }
  // Sentences the patterns above do not read go to the claim reader ("It is caused by damage in your brain").
  if (kind === 'disease') for (const m of topicReadMisplacements(topic, block, unread, terms)) found(m);
}

/**
 * A central nervous system disease (multiple sclerosis, NMOSD...) or a neuromuscular-junction
 * disorder (myasthenia gravis...) presented as a peripheral neuropathy, a cause of one, or a disease
 * of the peripheral nerves; a peripheral neuropathy presented as a brain or spinal cord disease; the
 * peripheral nervous system defined as the brain and spinal cord. Sites come from the terminology.
 * Uses sentence context and, across chunks, list items under a "causes of neuropathy" heading.
 */
export const anatomyMisclassification: DocumentRule<Analysed> = {
  id: 'anatomy-misclassification',
  category: 'anatomy-misclassification',
  defaultSeverity: 'error',
  summary: 'Flags diseases placed in the wrong part of the nervous system, such as multiple sclerosis called a peripheral neuropathy.',
  scope: 'document',
  summarize: (block, env) => analysed(block, env.terms),
  fold: {
    start: () => START,
    step(state, { block, summary }, env, report) {
      // Denials of what a disease can affect ("GBS never affects breathing"), from the `involves` facts.
      for (const list of [summary.involvement, summary.sameAs.findings, summary.spared, summary.oneForm, summary.attacker, summary.oneCause]) for (const f of list) report(f);
      const topic = topicAfter(state.topic, block, env.terms);
      // "The condition is also called X" opening a paragraph: the condition is the page's topic. That is a guess
      // ("This condition" may stand for symptoms just described), so naming one form of the topic is no claim.
      if (topic) for (const { name, actual } of summary.sameAs.unresolved) for (const f of sameAsFinding(topic, name, actual, env.terms, true)) report(f);
      // One finding per place: the chunk's own reading first, then the list and title passes.
      const once = oncePerPlace(report);
      for (const f of summary.found) once(f);
      const placed = (found: Misplacement) => once(misplacementFinding(found, 0));
      const list = listMisplacements(state.list, summary.steps, placed);
      if (topic) topicMisplacements(topic, block, summary.pronouns, env.terms, placed);
      const symptoms = symptomListFindings(state.symptoms, summary.symptomSteps, topic ?? undefined, block, env.terms, once);
      return topic === state.topic && list === state.list && symptoms === state.symptoms ? state : { topic, list, symptoms };
    },
    same: (a, b) => a.topic === b.topic && sameListState(a.list, b.list) && a.symptoms === b.symptoms,
  } satisfies ChunkFold<Analysed, Scan>,
};
