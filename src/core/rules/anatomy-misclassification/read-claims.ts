import { compareWithFacts } from '../../claims/compare';
import { blockClaims, readClaims, type Claim } from '../../claims/reader';
import { isNeuropathyConcept, type TermIndex } from '../../terminology/term-index';
import type { Block } from '../rule';
import { contextOf, findTriggers } from '../../claims/context';
import { findingSource } from '../claims/sources';
import type { Entry } from '../../terminology/types';
import type { PronounSentence } from '../claims/topic';
import { NMJ_TEXT, SITE_TEXT } from './cues';
import { claimKind, type Misplacement } from './sentence-claims';
import { asksQuestion } from '../../text/questions';

/** What the finding says of a condition called autoimmune, or not, against the fact. */
const IMMUNE_TEXT: Record<string, string> = {
  false: 'is not an autoimmune disease: the immune system does not cause it',
  true: 'is an autoimmune disease: the immune system causes it',
};

/**
 * Site and kind claims from the claim reader that differ from where the terminology says a disease
 * acts: "GBS slowly damages the spinal cord", "Lupus neuropathy and MS are both diseases of the
 * peripheral nerves", "neuropathy is damage to nerves or even the spinal cord", "POEMS syndrome is an
 * autoimmune disease". They back up the rule's own patterns, which run first and keep their wording;
 * hedged claims, claims whose subject is only implied, and anything not asserted by the writer (a
 * question, a myth being corrected, a reported belief) are left alone.
 */
export function readMisplacements(block: Block, terms: TermIndex, found: readonly Misplacement[]): Misplacement[] {
  return misplacementsIn(blockClaims(block, terms).filter((claim) => !claim.subject.implicit), block, terms, found);
}

/**
 * "It is caused by damage in your brain" on a page titled "What is Guillain-Barré syndrome?": the claim
 * reader's site claims whose subject is the "It" or "This" opening a sentence (`pronouns`), read as the
 * page's topic. Only where the topic acts: what the topic is (a symptom, an infection) is left to
 * sentences that name it.
 */
export function topicReadMisplacements(topic: Entry, block: Block, pronouns: readonly PronounSentence[], terms: TermIndex): Misplacement[] {
  if (pronouns.length === 0) return [];
  const opening = new Set(pronouns.map((p) => p.offset));
  const claims = readClaims(block, terms, { topic }).filter((claim) => claim.subject.implicit && opening.has(claim.subject.offset) && (claim.attribute === 'site' || claim.attribute === 'kind'));
  // Of what the topic is, only a condition the facts set it apart from is read ("It is the chronic variant of GBS").
  return claims.length === 0 ? [] : misplacementsIn(claims, block, terms, []).filter((m) => m.severity === undefined || m.separate === true);
}

function misplacementsIn(claims: readonly Claim[], block: Block, terms: TermIndex, found: readonly Misplacement[]): Misplacement[] {
  const out: Misplacement[] = [];
  for (const claim of claims) {
    if (claim.attribute === 'treatment' || claim.certainty === 'hedged') continue;
    const entry = terms.get(claim.subject.termId);
    if (!entry) continue;
    const compared = compareWithFacts(claim, terms);
    if (compared.verdict !== 'differs') continue;
    // "Anti-MAG neuropathy is a type of CIDP": two conditions the terminology sets apart, wherever they act.
    const object = terms.get(claim.object.termId);
    const symptom = claim.object.text.toLowerCase();
    const says =
      compared.about === 'symptom'
        ? `is an illness, not a kind of ${symptom}: ${symptom} is one of the symptoms it can cause`
        : compared.about === 'immune'
          ? IMMUNE_TEXT[String(entry.immuneMediated)]
          : compared.about === 'infection'
            ? 'is not an infection: the immune system attacks the body, though an infection often comes before it'
          : compared.about === 'genetic'
            ? 'is not a genetic disorder: the immune system causes it, not a changed gene passed down in families'
          : compared.about === 'separate' && object
            ? `is a separate condition, not a form of ${object.preferred}`
          : compared.about === 'whole' && object
            ? `has several forms, and ${object.preferred} is only one of them`
            : object?.site === 'neuromuscular-junction' && entry.site !== 'neuromuscular-junction'
              ? NMJ_TEXT
              : SITE_TEXT[entry.site];
    const neuropathy = isNeuropathyConcept(entry);
    // Facts about what a condition is, not where it acts: a warning with the fact's source.
    const confused = compared.about !== undefined;
    if (!says || (!confused && claimKind(entry, terms) !== 'disease' && !neuropathy)) continue;
    const { start, end } = claim.sentence;
    // One placement finding per sentence is enough ("NMOSD is a peripheral neuropathy that attacks
    // the spinal cord" is flagged at NMOSD by a pattern; its relative clause is about NMOSD too; "the
    // brain and spinal cord" is one wrong place, not two).
    if ([...found, ...out].some((f) => f.mention.offset >= start && f.mention.offset < end)) continue;
    // The finding marks the wrong part of the body ("the spinal cord") or the wrong parent, which is
    // what to change. A name the coordination left half-written ("the central and peripheral nervous
    // systems") is no block mention.
    const { termId, text, offset, endOffset } = claim.object;
    const mention = block.mentions.find((m) => m.offset === offset) ?? { termId, form: 'preferred' as const, surface: text, text, offset, endOffset, possessive: false, plural: false };
    out.push({ mention, entry, says, ...(confused ? { severity: 'warning' as const, ...(compared.source ? { source: compared.source } : {}) } : {}), ...(compared.about === 'separate' ? { separate: true } : {}) });
  }
  return out;
}

/** "is an autoimmune condition", "is not an autoimmune disease": the words between the subject and the concept. */
const CALLED = /^\s*(?:is|are)\s+(?:not\s+)?(?:also\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "This is an autoimmune condition" on a page titled "What is POEMS syndrome?": a sentence whose
 * subject stands for the page's topic, called autoimmune (or not) against the topic's facts. The
 * claim reader's context triggers decide denial, hedging and reporting.
 */
export function topicImmuneClaim(topic: Entry, block: Block, p: PronounSentence, terms: TermIndex): Omit<Misplacement, 'mention' | 'entry'> | undefined {
  if (topic.immuneMediated === undefined) return undefined;
  const concept = block.mentionsIn(p.rest, p.end).find((m) => terms.get(m.termId)?.implies === 'immune-mediated');
  if (!concept || !CALLED.test(block.masked.slice(p.rest, concept.offset))) return undefined;
  const context = contextOf(findTriggers(block.masked, { start: p.offset, end: p.end }), { start: p.offset, end: concept.endOffset });
  if (context.certainty === 'hedged' || context.attribution !== 'writer' || asksQuestion(block.masked.slice(p.offset, p.end))) return undefined;
  if (context.negated !== topic.immuneMediated) return undefined;
  const source = topic.immuneSource ? { source: findingSource(topic, topic.immuneSource) } : {};
  return { says: IMMUNE_TEXT[String(topic.immuneMediated)]!, severity: 'warning', ...source };
}
