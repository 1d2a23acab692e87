import { findingSource } from '../rules/claims/sources';
import { LEVEL_WORDS, STATUS_WORDS, works } from '../terminology/evidence';
import { isNeuropathyConcept, type TermIndex } from '../terminology/term-index';
import type { Entry, EvidenceStatus, Site } from '../terminology/types';
import type { FindingSource } from '../types';
import type { Claim } from './reader';

/**
 * How a claim stands against the terminology: `agrees` / `differs` for the writer's own statement,
 * `unsettled` where the evidence does not decide it, `not-asserted` for questions, myths, reported
 * beliefs, past practice and research, and `no-fact` where the terminology holds nothing to compare.
 */
export type FactVerdict = 'agrees' | 'differs' | 'unsettled' | 'not-asserted' | 'no-fact';

/** Each verdict as a reviewer or a hover reads it. */
export const VERDICT_WORDS: Record<FactVerdict, string> = {
  agrees: 'matches the facts',
  differs: 'differs from the facts',
  unsettled: 'the evidence does not settle it',
  'not-asserted': 'not asserted by the writer',
  'no-fact': 'no fact on file',
};

export interface FactMatch {
  verdict: FactVerdict;
  /** The fact in plain words ("IVIG for Guillain-Barré syndrome: a first choice (evidence: a clinical guideline)"). */
  fact?: string;
  source?: FindingSource;
  /**
   * What the fact is about when it is not where the condition acts: two separate conditions (a
   * `contrastWith` relation), whether the immune system causes it ("an autoimmune disease"), or a
   * condition that is not one of its symptoms ("a type of pain").
   */
  about?: FactAbout;
}

export type FactAbout = 'separate' | 'immune' | 'infection' | 'genetic' | 'symptom' | 'whole';

const SITE_WORDS: Partial<Record<Site, string>> = {
  central: 'the central nervous system (brain and spinal cord)',
  peripheral: 'the peripheral nerves',
  'neuromuscular-junction': 'the junction between nerve and muscle',
  autonomic: 'the autonomic nerves',
};

/** Compares one claim with the facts in the terminology. Never throws. */
export function compareWithFacts(claim: Claim, terms: TermIndex): FactMatch {
  const subject = terms.get(claim.subject.termId);
  const object = terms.get(claim.object.termId);
  if (!subject || !object) return { verdict: 'no-fact' };
  const found = factFor(claim, subject, object, terms);
  if (!found) return { verdict: 'no-fact' };
  const asserted = !claim.question && claim.attribution === 'writer' && claim.timing === undefined;
  const agrees = found.agrees(claim);
  const verdict: FactVerdict = !asserted ? 'not-asserted' : agrees === undefined ? 'unsettled' : agrees ? 'agrees' : 'differs';
  return {
    verdict,
    fact: found.fact,
    ...(found.source ? { source: found.source } : {}),
    ...(found.about ? { about: found.about } : {}),
  };
}

interface Fact {
  fact: string;
  source?: FindingSource;
  about?: FactAbout;
  /** True or false when the fact decides the claim, undefined when it does not. */
  agrees(claim: Claim): boolean | undefined;
}

function factFor(claim: Claim, subject: Entry, object: Entry, terms: TermIndex): Fact | undefined {
  if (claim.attribute === 'treatment') {
    const evidence = terms.evidence(subject.id, object.id);
    if (!evidence) return undefined;
    return {
      fact: `${object.preferred} for ${subject.preferred}: ${STATUS_WORDS[evidence.status]} (${evidence.guideline}; evidence: ${LEVEL_WORDS[evidence.evidence]})`,
      source: findingSource(evidence.entry, evidence.source),
      agrees: (c) => treatmentAgrees(c, evidence.status),
    };
  }
  if (claim.attribute === 'site') {
    const where = SITE_WORDS[subject.site];
    if (!where || !SITE_WORDS[object.site]) return undefined;
    const fits = siteFits(subject.site, object.site);
    return { fact: `${subject.preferred} acts in ${where}`, ...siteSource(subject), agrees: (c) => (fits === undefined ? undefined : fits !== c.negated) };
  }
  const contrast = contrastHolder(subject, object, terms);
  if (contrast && claim.attribute === 'kind') {
    const source = contrast.sources.find((s) => s.guideline) ?? contrast.sources[0];
    return {
      fact: `${subject.preferred} and ${object.preferred} are separate conditions`,
      ...(source ? { source: findingSource(contrast, source.id) } : {}),
      about: 'separate',
      agrees: (c) => c.negated,
    };
  }
  // "Neuropathy is a type of pain": a condition is not one of the symptoms it causes.
  if (object.kind === 'symptom' && claim.attribute === 'kind') {
    return { fact: `${subject.preferred} is a condition; ${object.preferred} is a symptom it can cause`, ...siteSource(subject), about: 'symptom', agrees: (c) => c.negated };
  }
  // "POEMS syndrome is an autoimmune disease": the concept's name says the immune system causes it.
  if (object.implies === 'immune-mediated' && subject.immuneMediated !== undefined) {
    const is = subject.immuneMediated;
    const source = subject.immuneSource ? { source: findingSource(subject, subject.immuneSource) } : {};
    return { fact: `${subject.preferred} ${is ? 'is' : 'is not'} caused by the immune system`, ...source, about: 'immune', agrees: (c) => is !== c.negated };
  }
  // "GBS is a viral infection of the nerves": an immune-mediated condition called an infection.
  if (object.implies === 'infection' && subject.immuneMediated === true) {
    const source = subject.immuneSource ? { source: findingSource(subject, subject.immuneSource) } : {};
    return { fact: `${subject.preferred} is caused by the immune system, not by an infection`, ...source, about: 'infection', agrees: (c) => c.negated };
  }
  // "CIDP is a hereditary disease": an immune-mediated condition called a genetic disorder.
  // Not where inherited genes are needed for it (`geneticRisk`: celiac disease): there it oversimplifies.
  if (object.implies === 'genetic' && subject.immuneMediated === true && !subject.geneticRisk) {
    const source = subject.immuneSource ? { source: findingSource(subject, subject.immuneSource) } : {};
    return { fact: `${subject.preferred} is caused by the immune system, not by a changed gene`, ...source, about: 'genetic', agrees: (c) => c.negated };
  }
  // "GBS is an acute inflammatory demyelinating polyneuropathy": the whole called by one of its forms.
  if (claim.attribute === 'kind' && terms.ancestors(object).includes(subject.id)) {
    const sourceId = object.siteSource ?? object.sources[0]?.id;
    return { fact: `${object.preferred} is one form of ${subject.preferred}`, ...(sourceId ? { source: findingSource(object, sourceId) } : {}), about: 'whole', agrees: (c) => c.negated };
  }
  if (terms.ancestors(subject).includes(object.id)) {
    return { fact: `${subject.preferred} is a form of ${object.preferred}`, agrees: (c) => !c.negated };
  }
  // "A form of peripheral neuropathy": the concept itself, not another disease that is one.
  if (isNeuropathyConcept(object) && subject.peripheralNeuropathy !== undefined) {
    const is = subject.peripheralNeuropathy;
    return { fact: `${subject.preferred} ${is ? 'is' : 'is not'} a peripheral neuropathy`, ...siteSource(subject), agrees: (c) => is !== c.negated };
  }
  return undefined;
}

const NERVES = new Set<Site>(['peripheral', 'autonomic']);

/**
 * Whether a condition acting at `site` acts in a part of the body at `part`: undefined where the
 * wording is accepted loosely (myasthenia gravis "affects the peripheral nervous system"; MS "affects
 * the autonomic nervous system" through the brain and spinal cord).
 */
function siteFits(site: Site, part: Site): boolean | undefined {
  if (site === part || (NERVES.has(site) && NERVES.has(part))) return true;
  if (part === 'central') return false;
  if (site === 'central' && part === 'peripheral') return false;
  // A nerve disease placed at the nerve-muscle junction ("GBS is a disorder of the neuromuscular junction") is
  // classed with myasthenia gravis; the reverse is read loosely (the junction is part of the nerve's path).
  if (NERVES.has(site) && part === 'neuromuscular-junction') return false;
  return undefined;
}

/** Whether a treatment claim fits the verdict; undefined when the evidence cannot settle it. */
function treatmentAgrees(claim: Claim, status: EvidenceStatus): boolean | undefined {
  const worksThere = works(status);
  const fails = status === 'not-effective' || status === 'may-worsen';
  if (claim.predicate === 'harms') return status === 'may-worsen' ? !claim.negated : claim.negated ? true : undefined;
  if (claim.negated) return fails ? true : worksThere ? false : undefined;
  if (fails) return false;
  if (worksThere) return true;
  // Uncertain evidence: "the standard treatment", "an effective treatment" or "a reasonable option" overstates it; that it is used or helps, it does not settle.
  return claim.predicate === 'standard' || claim.effective === true ? false : undefined;
}

/** The source that states where the entry acts, when its data names one. */
function siteSource(entry: Entry): { source?: FindingSource } {
  return entry.siteSource ? { source: findingSource(entry, entry.siteSource) } : {};
}

/** The entry that sets the two apart (`contrastWith` on either side), when one does. */
/**
 * The entry that sets two conditions apart (`contrastWith`), where one of them may stand for a form of the
 * other's contrast ("CIDP is a variant of AIDP": CIDP is set apart from GBS, and AIDP is a form of GBS).
 */
function contrastHolder(a: Entry, b: Entry, terms: TermIndex): Entry | undefined {
  const apart = (x: Entry, y: Entry) => [y.id, ...terms.ancestors(y)].some((id) => x.relations?.contrastWith?.includes(id));
  if (apart(a, b)) return a;
  if (apart(b, a)) return b;
  return undefined;
}
