/**
 * Rule data for absolute-claim: the absolute words, what must follow them for the sentence to be a
 * claim about an outcome or a treatment, and the hedged wording the message suggests. Editorial
 * lists (FTC 2022 health claims guidance; red-flag phrases), kept here so the rule has no word lists.
 */

import { UNNAMED_EVIDENCE } from '../../claims/predicates';
import { RULED_OUT } from '../../claims/triggers';

/** Things a treatment does to a disease: what "reverse", "eliminate", "always", "never" must act on. */
const OUTCOME_OBJECT =
  '(?:(?!(?:in|of|from|to|for|with|and|or)\\b)\\w+\\s+){0,2}?(?:damage|neuropathy|neuropathies|disease|diseases|symptoms?|condition|paralysis|numbness|weakness|tingling|pain|inflammation|relapses?|flares?|attacks?|nerve|nerves|it|them)\\b';
/** A remedy named before a repair promise ("the body repairs the nerves" is healing, not a promise). */
const REMEDY_WORD =
  /\b(?:\w*therap(?:y|ies)|treatments?|injections?|shots?|supplements?|products?|formulas?|protocols?|programs?|programmes?|methods?|devices?|creams?|oils?|pills?|capsules?|tablets?|vitamins?|acids?|medicines?|remed(?:y|ies)|procedures?|techniques?|lasers?|light|stimulation|care|adjustments?|herbs?|extracts?|plasma|cells?|teas?|juices?|soaks?|baths?|salts?|diets?|foods?|drinks?|leaves|powders?|pastes?|spices?|roots?|seeds?|tinctures?|massages?|exercises?)\b/i;
/** What a repair promise names: "damaged nerves", "the myelin sheath", "nerve function". */
const NERVE_OBJECT =
  '(?:(?:the|your|damaged|injured|dying|dead|peripheral|sensory|motor|small)\\s+){0,3}(?:nerves?|myelin(?:\\s+sheaths?)?|nerve\\s+(?:damage|function|fibers?|fibres?|cells?|endings|tissue|health))\\b';
const GOOD_OUTCOME =
  '(?:\\w+\\s+){0,3}?(?:works?|worked|helps?|recover|recovers|recovered|recovery|respond|responds|effective|succeeds?|successful|improves?|heals?|cures?|go(?:es)? away|disappears?|resolves?|fully|completely|means|indicates|confirms|detects|rules? out|stops(?!\\s+working)|prevents|halts|restores|fixes|clears up|leads? to|brings? back|gets? better|get better|remission)\\b(?!\\s+differently)';
/** Base forms after "will always" / "can always": "treatment will always stop the damage". */
const GOOD_OUTCOME_BASE = '(?:\\w+\\s+){0,2}?(?:stop(?!\\s+working)|prevent|halt|restore|fix|clear up|lead to|bring back|get better|cure|heal|work|help)\\b';
const BAD_OUTCOME = '(?:\\w+\\s+){0,2}?(?:come|comes) back\\b|(?:\\w+\\s+){0,2}?(?:returns?|relapses?|recurs?|fails?|worsens?|gets? worse|progress(?:es)?|flares?(?: up)?|flare-ups?)\\b';

/** A harm verb earlier in the clause: "altering their gait permanently", "damaged the nerves permanently" describe a loss. */
const HARMED_BEFORE = /\b(?:compromis|alter|chang|destroy|los[etis]|harm|injur|scar|weaken|affect)\w*\b[^.;:!?]*$/i;

/** Function lost for good: "permanently paralysed" is a harm, not a promise. */
export const LOST_FUNCTION = '(?:paraly[sz]ed|disabled|bedridden|bed-bound|wheelchair-bound|in a wheelchair|damaged|impaired|numb|weak|unable to walk)';

/** Harms a disease leaves behind: what "is permanent" must be said of. */
const HARM_OUTCOME = '(?:damage|weakness|paralysis|numbness|disability|loss|injury|harm|symptoms|effects|changes)';

export interface AbsoluteCue {
  /** Matches the flagged words; group 1, when present, is the span to flag and fix. */
  pattern: RegExp;
  /** Why the words overclaim, in a few words. */
  why: string;
  /** Hedged wording for the message. */
  suggestion: string;
  /** Replacement for the flagged words, by their lower-case form; no entry means no automatic fix. */
  fixes?: Record<string, string>;
  /** The cue is itself a negative ("no side effects"), so a negation must not silence it. */
  negative?: boolean;
  /** An adverb ("always", "never") that opens advice when it opens the sentence: "Never ignore a flare." */
  adverb?: boolean;
  /**
   * The cue takes a clause as its object ("guarantees that weakness will not come back"), so only a
   * negation before it ("does not guarantee") makes the claim correct.
   */
  negatedBefore?: boolean;
  /** Not when these words come before the cue in its sentence ("Doctors told me nothing could be done"). */
  notAfter?: RegExp;
  /** The words before the cue in its sentence must match (a remedy named before "repairs the nerves"). */
  onlyAfter?: RegExp;
  /** Quiet where treatment-claim already reports the same words as a promise from a treatment outside mainstream care. */
  yieldsToTreatmentClaim?: boolean;
  /** Only when no other cue flagged the sentence: "eliminates tingling for good" is one promise, not two. */
  alone?: boolean;
  /** A hedge anywhere in the sentence qualifies it: "For a few people, weakness is permanent." */
  hedgedBySentence?: boolean;
  /**
   * The words appeal to unnamed evidence ("studies show"): quiet when the paragraph names its source,
   * and an info finding otherwise, since the claim itself may be right.
   */
  uncitedAuthority?: boolean;
  /**
   * Quiet when the sentence names a treatment the terminology rates first-line or effective for a
   * disease named nearby ("IVIG is proven to help GBS"): the certainty is earned.
   */
  quietWhenBacked?: boolean;
  /** Quiet when the sentence is about a condition the terminology calls `curable` ("Lyme disease is curable with antibiotics"). */
  quietWhenCurable?: boolean;
}

const cue = (source: string, rest: Omit<AbsoluteCue, 'pattern'>): AbsoluteCue => ({ pattern: new RegExp(source, 'gi'), ...rest });

export const ABSOLUTE_CUES: readonly AbsoluteCue[] = [
  cue('\\b(cures|cured|cure|curing|curable)\\b', {
    why: 'promises a cure',
    suggestion: 'say what treatment can do, for example "can improve symptoms" or "many people recover"',
    fixes: { cures: 'can improve', curable: 'treatable', curing: 'treating', cured: 'helped' },
    // "how to cure diabetes" names a topic; "difficult to cure ulcers" says the opposite of a promise; "a device
    // was used for pain control and cancer cures" reports history, not a promise of this page.
    notAfter: /\b(?:how|hard|difficult|impossible|unable|no way)\s+to\s+$|\b(?:was|were)\s+(?:once\s+)?(?:used|sold|marketed|promoted|advertised)\s+(?:as|for)\b[^.;:!?]*$/i,
    yieldsToTreatmentClaim: true,
    quietWhenCurable: true,
  }),
  // "ensures a full recovery", "will ensure lasting relief": a result promised as certain, like "guarantees".
  cue('\\b((?:ensures?|ensuring)\\s+(?:a\\s+|your\\s+|the\\s+)?(?:full\\s+|complete\\s+|fast\\s+|quick\\s+|speedy\\s+|lasting\\s+|permanent\\s+|total\\s+)?(?:recovery|cure|relief|healing|results?|success))\\b', {
    why: 'promises a result',
    suggestion: 'say what often happens, for example "many people improve"',
    negatedBefore: true,
    // "used ... to ensure a speedy recovery" gives the aim of a treatment, not a promise that it succeeds.
    notAfter: /\bto\s+$/i,
    quietWhenBacked: true,
  }),
  cue('\\b(miracle|miraculous)\\b', { why: 'overstates what treatment can do', suggestion: 'describe the expected benefit plainly' }),
  cue('\\b(guarantee[sd]?|guaranteeing)\\b', {
    why: 'promises a result',
    suggestion: 'say what often happens, for example "many people improve"',
    negatedBefore: true,
  }),
  cue('\\b(100\\s?%|100 percent|one hundred percent)(?=\\s+(?:\\w+\\s+){0,2}?(?:effective|safe|success|successful|cure|cures|recovery|recover|results?|accurate|reliable|certain|sure|chance|of (?:patients|people)))', {
    why: 'claims certainty',
    suggestion: 'give the figure from a study, or say "most people"',
    // "close to 100% recovery" is a figure, not a certainty (numeric-claim asks for its source).
    notAfter: /\b(?:close\s+to|nearly|almost|approaching|about|around|roughly)\s+$/i,
  }),
  cue('\\b((?:(?:clinically|scientifically|medically)\\s+)?proven)(?=\\s+to\\b)', {
    why: 'claims more certainty than studies give',
    suggestion: 'say "shown in studies to" and name the evidence',
    quietWhenBacked: true,
    fixes: { proven: 'shown in studies', 'clinically proven': 'shown in studies', 'scientifically proven': 'shown in studies', 'medically proven': 'shown in studies' },
  }),
  cue('\\b((?:clinically|scientifically|medically)\\s+proven(?!\\s+to\\b)|proven(?=\\s+(?:[\\w-]+\\s+)?(?:effective|safe|treatments?|therapy|cure|remedy|option|choice|method|way|results?|benefits?|mechanisms?|ingredients?|formulas?|formulations?|solutions?|protocols?)\\b))', {
    why: 'claims more certainty than studies give',
    suggestion: 'say what studies showed and name the evidence',
    quietWhenBacked: true,
  }),
  // "The effectiveness of X has been well established": certainty about benefit, quiet when the terminology backs it.
  cue('\\b(?:effective(?:ness)?|efficacy|benefits?|works?|value)\\b[^.;:!?]{0,60}?\\b(well[- ]established|firmly established|beyond (?:any )?doubt)\\b', {
    why: 'claims more certainty than studies give',
    suggestion: 'say what studies showed, for whom, and name the evidence',
    quietWhenBacked: true,
  }),
  // "No matter the cause or stage, laser therapy can help": one treatment promised for every case.
  cue('\\b(no matter (?:the|what|how|which)\\b[^,.;:!?]{0,50})(?=[^.;!?]*?\\b(?:treat\\w*|helps?|works?|heals?|reliev\\w*|improv\\w*|cur\\w*|effective|success\\w*)\\b)', {
    why: 'promises the treatment works in every case',
    suggestion: 'say for whom and in which cases it has been shown to help',
    quietWhenBacked: true,
  }),
  cue(`\\b(reverses|reversed|reverse|reversing)(?=\\s+${OUTCOME_OBJECT})`, {
    why: 'promises the damage will be undone',
    suggestion: 'say "can improve" or "may help nerves recover"',
    fixes: { reverses: 'can improve', reverse: 'improve', reversed: 'improved', reversing: 'improving' },
    yieldsToTreatmentClaim: true,
  }),
  // "Our therapy regenerates damaged nerves": repair promised flatly (not "can help repair", "aims to restore").
  cue(`\\b(regenerates|regenerate|regenerating|repairs|repair|repairing|rebuilds|rebuild|restores|restore|heals|heal)(?=\\s+${NERVE_OBJECT})`, {
    why: 'promises the nerves will be repaired',
    suggestion: 'say what studies showed, for example "may ease symptoms", and name the evidence',
    notAfter: /\b(?:help|helps|helped|helping|can|could|may|might|to|will not|does not|do not|cannot)\s+(?:\w+\s+)?$/i,
    onlyAfter: REMEDY_WORD,
    yieldsToTreatmentClaim: true,
    quietWhenBacked: true,
  }),
  cue(`\\b(eliminates|eliminated|eliminate|eliminating)(?=\\s+${OUTCOME_OBJECT})`, {
    why: 'promises symptoms will go completely',
    suggestion: 'say "can reduce" or "can ease"',
    fixes: { eliminates: 'can reduce', eliminate: 'reduce', eliminated: 'reduced', eliminating: 'reducing' },
    yieldsToTreatmentClaim: true,
  }),
  cue('\\b(permanent)(?=\\s+(?:cure|fix|solution|relief|recovery|remission|results?)\\b)', {
    why: 'promises a lasting result',
    suggestion: 'say "lasting" only with evidence, or "many people stay well"',
    fixes: { permanent: 'lasting' },
  }),
  // "The nerve damage is permanent": stated of everyone. "can be permanent" and "is sometimes permanent" do not match.
  cue(`(?<=\\b${HARM_OUTCOME}\\b(?:\\s+[^\\s.;:,!?]+){0,6}?\\s+)((?:is|are|will be|stays|remains)\\s+(?:permanent|irreversible))\\b`, {
    why: 'says the harm lasts for everyone',
    suggestion: 'say "can be permanent" or "may last", and who it affects',
    fixes: { 'is permanent': 'can be permanent', 'are permanent': 'can be permanent', 'will be permanent': 'may be permanent' },
    hedgedBySentence: true,
  }),
  // "For those who develop GBS, it is a devastating and permanent injury": the harm named after the verb.
  cue(`\\b((?:is|are)\\s+an?\\s+(?:[\\w-]+\\s+(?:and\\s+)?)?(?:permanent|irreversible)\\s+${HARM_OUTCOME})\\b`, {
    why: 'says the harm lasts for everyone',
    suggestion: 'say "can be permanent" or "may last", and who it affects',
    hedgedBySentence: true,
  }),
  // "irreparable and catastrophic damage is done to the body's nerves": the lasting harm before the noun.
  cue(`\\b((?:irreparable|irreversible|permanent)(?:\\s+and\\s+[\\w-]+)?\\s+${HARM_OUTCOME}\\s+(?:is|are)\\s+(?:done|caused))\\b`, {
    why: 'says the harm lasts for everyone',
    suggestion: 'say "can be permanent" or "may last", and who it affects',
    hedgedBySentence: true,
  }),
  // "permanently paralysed" is a harm, not a promise (universal-harm reads it against `mostRecover`).
  // "permanently losing feeling" is a loss too (not in LOST_FUNCTION: "most patients are lost to follow-up" is no harm).
  // "can be compromised to the point of altering their gait permanently": a harm done for good, not a result promised.
  cue(`\\s(permanently)\\b(?!\\s+(?:${LOST_FUNCTION}|los(?:e|es|ing|t)\\b))`, { why: 'promises a lasting result', suggestion: 'say what often happens, for example "many people stay well"', fixes: { permanently: '' }, notAfter: HARMED_BEFORE }),
  // "tingling ... surely are neuropathy symptoms": a diagnosis stated as certain.
  cue(`\\b(surely|definitely|certainly|undoubtedly)(?=\\s+(?:is|are|means?|indicates?|signals?)\\s+(?:\\w+\\s+){0,2}?(?:symptoms?|signs?|neuropath\\w*|nerve damage)\\b)`, {
    why: 'states a diagnosis as certain',
    suggestion: 'say "can be" and that other conditions cause the same symptoms',
  }),
  cue(`\\b(always)(?=\\s+${GOOD_OUTCOME})`, {
    why: 'claims every person responds',
    suggestion: 'say "often" or "many people"',
    fixes: { always: 'often' },
    adverb: true,
  }),
  cue(`(?<=\\b(?:will|would|can|does|do)\\s+)(always)(?=\\s+${GOOD_OUTCOME_BASE})`, {
    why: 'claims every person responds',
    suggestion: 'say "often" or "many people"',
    fixes: { always: 'often' },
  }),
  cue(`\\b(never)(?=\\s+(?:${BAD_OUTCOME}))`, {
    why: 'promises something will not happen',
    suggestion: 'say "rarely" or "for many people"',
    fixes: { never: 'rarely' },
    adverb: true,
  }),
  // "People with GBS will recover fully": the whole group promised recovery ("Most people..." does not match).
  cue('^\\W*(?:(?:the|all)\\s+)?(?:people|patients|children|adults|sufferers)\\s+with\\s+[^.;:,!?]{1,60}?\\s+(will\\s+(?:always\\s+)?(?:fully\\s+|completely\\s+)?(?:recover|get better)(?:\\s+(?:fully|completely))?)\\b', {
    why: 'says everyone recovers',
    suggestion: 'say "most people recover" and how long it can take',
  }),
  cue('\\b(in (?:all|every) cases?|without exception)\\b(?=[^.;!?]*?\\b(?:recover\\w*|go(?:es)? away|disappear\\w*|resolv\\w*|heal\\w*|cured?|works?|improv\\w*|respond\\w*)\\b)', {
    why: 'claims it holds for everyone',
    suggestion: 'say "in most cases" and give the figure',
  }),
  // "Remission occurs in all cases": the good outcome named first.
  cue('\\b(?:remission|recovery|improvement|a\\s+cure)\\s+(?:occurs|happens|comes|is\\s+seen|is\\s+achieved)\\s+(in\\s+(?:all|every)\\s+(?:cases?|patients?))\\b', {
    why: 'claims it holds for everyone',
    suggestion: 'say "in most cases" and give the figure',
  }),
  cue('\\b((?:be|been|is|are)\\s+(?:completely\\s+|fully\\s+|totally\\s+|entirely\\s+)?reversed)\\b', {
    why: 'promises the damage will be undone',
    suggestion: 'say "can improve" or "may help nerves recover"',
    yieldsToTreatmentClaim: true,
  }),
  cue('\\b(?:heal|cure|fix|eliminate|stop|end|rid)\\w*\\b[^.;:!?]{0,40}?\\b(for good|forever|once and for all)\\b', {
    why: 'promises a lasting result',
    suggestion: 'say what often happens, for example "many people stay well"',
    alone: true,
  }),
  // "Neuropathy is always permanent", "CIDP is always progressive": one course stated for every case.
  cue('\\b((?:is|are)\\s+always\\s+(?:permanent|irreversible|incurable|progressive|lifelong))\\b', {
    why: 'states one course for every case',
    suggestion: 'say "can be" and for whom, and what treatment can change',
    fixes: { 'is always permanent': 'can be permanent', 'are always permanent': 'can be permanent' },
  }),
  // "CIDP always comes back": relapse stated as certain.
  cue('\\b(always\\s+(?:comes?\\s+back|returns?|relapses?|recurs?|flares?\\s+(?:up|again)))\\b', {
    why: 'says the illness always returns',
    suggestion: 'say how often it comes back, and what helps keep it away',
  }),
  // "Neuropathy will only get worse": decline stated as the only course.
  cue('\\b((?:will|can|is going to)\\s+only\\s+(?:get|grow|become)\\s+worse|only\\s+(?:gets|grows|becomes)\\s+worse)\\b', {
    why: 'says the illness can only get worse',
    suggestion: 'say how often it gets worse, and what treatment can do',
    hedgedBySentence: true,
  }),
  cue('\\b(always\\s+(?:fatal|deadly|lethal))\\b', {
    why: 'states the worst outcome as certain',
    suggestion: 'say how often people die and why',
  }),
  cue('\\b(never)(?=\\s+(?:fully\\s+|completely\\s+)?(?:recovers?|recovered|improves?|improved|gets? better|goes? into remission|heals?|walks? again|regains?)\\b)', {
    why: 'says no one improves',
    suggestion: 'say how many people improve and how long it can take',
  }),
  // "There is no hope": despair stated as fact; "It can feel hopeless" is hedged, and what someone was told or felt is a story.
  cue("\\b((?:there is|there's|there was|with|offers?|have|has|had|given|offered|left with)\\s+(?:little\\s+or\\s+)?no\\s+hope|(?:is|are)\\s+hopeless|nothing (?:can|could) be done)\\b", {
    why: 'takes away hope the evidence does not take away',
    suggestion: 'say what treatment and rehabilitation can do, and how many people improve',
    negative: true,
    notAfter: /\b(?:told|tell|tells|said|say|says|felt|feel|feared|thought|believed|worried)\b/i,
  }),
  cue('\\b((?:always|consistently|inevitably|invariably)\\s+(?:progress(?:es)?|gets?\\s+worse|worsens?|deteriorates?))\\b', {
    why: 'says the illness always gets worse',
    suggestion: 'say how often it gets worse, and what treatment can do',
  }),
  // "Everyone with Guillain-Barré syndrome recovers": the group may be named after the word.
  cue(`\\b(everyone|everybody|all patients|all people|every patient|every person)(?=\\s+(?:with\\s+(?:\\S+\\s+){1,4}?)?${GOOD_OUTCOME})`, {
    why: 'claims every person responds',
    suggestion: 'say "most people" or "many people"',
    fixes: {
      everyone: 'most people',
      everybody: 'most people',
      'all patients': 'most patients',
      'all people': 'most people',
      'every patient': 'most patients',
      'every person': 'most people',
    },
  }),
  cue(
    UNNAMED_EVIDENCE,
    {
      why: 'appeals to evidence without naming it',
      suggestion: 'name the study or guideline and link it, or say what is known in plain words',
      uncitedAuthority: true,
    },
  ),
  cue('\\b((?:has|have|with|causes?|cause)\\s+no\\s+(?:known\\s+)?(?:side|adverse) effects|without (?:any )?(?:side|adverse) effects|free of (?:side|adverse) effects|(?:completely|totally|perfectly) safe)\\b', {
    why: 'claims there are no risks',
    suggestion: 'say which side effects are common and how often',
    negative: true,
  }),
  // "Acupuncture does not interfere with any medication and there are no side effects"; not a condition ("If there
  // are no side effects, the dose can be raised") or a share ("there are no side effects for most people").
  cue('\\b(there\\s+(?:are|is)\\s+no\\s+(?:known\\s+)?(?:side|adverse)\\s+effects?)\\b(?!\\s+(?:for|in)\\s+(?:most|many|some)\\b)', {
    why: 'claims there are no risks',
    suggestion: 'say which side effects are common and how often',
    negative: true,
    notAfter: /\b(?:if|when|whether|unless|until|while)\b[^.;:!?]*$/i,
  }),
  // Not itself a negative: "No procedure is risk-free" and "is not risk-free" are correct. A shop's
  // "risk-free trial" promises a refund, not safety.
  cue('\\b((?:completely |totally )?risk-free(?!\\s+(?:trial|guarantee|for\\s+\\d|purchase|order|offer|returns?))|(?:carries|carry|has|have)\\s+no\\s+risks?)\\b', {
    why: 'claims there are no risks',
    suggestion: 'say which side effects are common and how often',
  }),
];

/** A cheap first test: a unit without any of these strings cannot hold an absolute claim. */
export const QUICK_CUE = /cur|surely|definitely|certainly|undoubtedly|repair|regenerat|rebuild|restor|heal|miracl|guarant|ensur|100|hundred|proven|revers|eliminat|permanent|always|never|every|all p|side effect|adverse effect|safe|show|prove|confirm|establish|doubt|no matter|will|cases|exception|reversed|good|forever|once and|fatal|deadly|lethal|irreversib|irreparab|hope|nothing can|nothing could|consistently|inevitabl|invariabl|only|risk/i;

/** A source a reader can follow: a link, a footnote, a numbered or author-year reference, a named body. */
export const NAMED_SOURCE =
  /\]\(|<https?:|https?:\/\/|\[\^[^\]]+\]|\[\d+(?:[,–-]\s*\d+)*\]|\(\s*[\p{Lu}][\p{L}'-]+(?: et al\.?| and [\p{Lu}][\p{L}'-]+)?,? (?:19|20)\d\d[a-z]?\s*\)|\b(?:CDC|NIH|NINDS|WHO|NHS|Orphanet|Cochrane|MedlinePlus|FDA|EAN|AAN|Peripheral Nerve Society)\b|\bpublished in\b/u;

/** Negations that make the claim correct: "there is no cure", "IVIG does not always work". */
export const NEGATION = new RegExp(String.raw`\b(?:no|not|never|without|cannot|nor|neither|none|nothing|nobody|unlikely|rarely|seldom|hardly|lacks?|yet to|${RULED_OUT.join('|')})\b|n['\u2019]t\b|(?<!\ba\s)(?<!\bas\s)\b(?:few|little)\b`, 'i');

/** A negation just before a cue that is itself a negative: "is not", "no drug is", "nothing is". */
export const DOUBLE_NEGATIVE_BEFORE = /(?:\b(?:not|never|nothing|none)|n['’]t)\s+(?:(?!(?:and|or|but)\b)[\w-]+\s+){0,2}$|^\s*no\s+(?:[\w-]+\s+){1,4}(?:is|are|comes?)\s+$/i;

/** The worst outcome stated as what always happens: "eventually leading to paralysis", "leads to complete paralysis". */
const PARALYSIS = String.raw`(?:(?:[\w-]+\s+)?paraly[sz]\w*|(?:in\s+)?a\s+wheelchair|wheelchair[- ]bound|bedridden|bed-bound)`;
const LEADS = String.raw`(?:(?:leads?|leading|results?|resulting|ends?|ending|progress(?:es|ing)?)\s+(?:to|in)|(?:will\s+)?end(?:s)?\s+up(?:\s+being)?)`;
export const UNIVERSAL_HARM = new RegExp(
  String.raw`\b(?:(?:eventually|ultimately|inevitably|always|invariably)\s+${LEADS}\s+${PARALYSIS}|(?:and|then)\s+(?:eventually|ultimately|inevitably)\s+(?:to\s+)?(?:a\s+)?(?:complete|total|full)\s+${PARALYSIS}|(?:${LEADS}|causes?|causing)\s+(?:a\s+)?(?:complete|total|full)\s+${PARALYSIS}|(?:always|inevitably|invariably)\s+(?:causes?|brings?)\s+${PARALYSIS})`,
  'i',
);
/** A cause denied outright: "not caused by", "do not cause", "neither ... nor ... are linked", "no link". */
const LINK_WORD = String.raw`(?:caused|causes?|causing|linked|links?|associated|connected|triggered|triggers?|lead to|leads to|result in)`;
export const DENIED_LINK = new RegExp(
  String.raw`\b(?:not|never|cannot|can't|don't|doesn't|isn't|aren't|neither|nor)\b(?:\s+[\w-]+){0,4}?\s+${LINK_WORD}\b|\bno\s+(?:known\s+)?(?:link|connection|association)\b`,
  'i',
);
/**
 * A rare trigger made common: "often caused by", "vaccines frequently trigger", "a common cause", "the main culprit",
 * or the disease ranked among a trigger's usual harms ("one of the most common injuries after a vaccination").
 */
/**
 * A rare trigger made the usual way in: "usually sets in after the patient has had an immunization", "often follows a
 * vaccination". The trigger must follow within a few words (see `rareTrigger`).
 */
export const USUALLY_AFTER = /\b(?:commonly|often|frequently|usually|mostly|mainly|typically)\s+(?:follows|sets\s+in\s+after|comes\s+(?:on\s+)?after|develops\s+after|occurs\s+after|starts\s+after|happens\s+after|appears\s+after)\b/i;
export const COMMON_LINK =
  /\b(?:association|link|connection)\s+(?:with|between|to)\b[^.;:]{0,60}?\b(?:is|are|has\s+been|have\s+been)\s+(?:well|firmly|clearly|long)[- ]established\b|\b(?:commonly|often|frequently|usually|mostly|mainly|typically|regularly)\s+(?:caused|triggered|brought on|precipitated|preceded)\s+by\b|\b(?:commonly|often|frequently|usually|regularly)\s+(?:causes?|triggers?|leads? to)\b|\b(?:a|the)\s+(?:most\s+)?(?:common|frequent|main|leading|major|usual|primary|principal|chief|biggest)\s+(?:cause|trigger|culprit)\b|\bone\s+of\s+the\s+(?:most\s+(?:common|frequent)|commonest)\s+(?:[\w-]+\s+)?(?:injur(?:y|ies)|side\s+effects?|reactions?|complications?|adverse\s+(?:events?|effects?|reactions?))\b/i;
/**
 * A rare trigger stated as the cause, flatly: "GBS is caused by the flu vaccine", "the flu shot causes GBS".
 * Only when the sentence does not hedge (see `CAUSE_HEDGE`).
 */
// "causes" as a verb only: not the noun in "the causes of GBS" or "causes or risk factors"; "cause" after a plural
// trigger ("vaccines cause GBS"), where it can only be the verb.
export const PLAIN_CAUSE = /\b(?:contract(?:ed|s)?|got|gets|caught|developed)\s+(?:\S+\s+){1,4}?from\b|\bgave\s+(?:her|him|them|me|you|us)\b|\b(?:is|are|was|were)\s+caused\s+by\b|(?<!\b(?:the|its|their|of|other|possible|known|many|all|main|common|considered)\s)\b(?:causes|caused)\b(?!\s+(?:by|of|or|and)\b)|(?<=\b(?:vaccines|vaccinations|shots|jabs|immuni[sz]ations)\s)cause\b(?!\s+(?:of|for)\b)/i;
/**
 * Words that make a plain causal statement a possibility: "can cause", "whether vaccines cause", or
 * say the evidence has not settled it: "the data have not established that the vaccine causes it".
 */
export const CAUSE_HEDGE = /\b(?:can|could|may|might|possibl[ey]|whether|if|some|sometimes|occasionally|cases|linked|risk|association|not\s+(?:yet\s+)?(?:been\s+)?(?:established|shown|proven|proved))\b/i;

/** The sentence already says the link is rare or small: nothing to correct. */
export const RARE_LINK = /\b(?:rare|rarely|in most|most (?:people|cases)|very few|small|slight|tiny|seldom|almost never|unlikely|extra cases?|additional cases?|per million)\b/i;

/**
 * Where weakness starts stated as fixed: "always starts in the feet", "starts in the legs, then moves upwards", or one
 * first symptom for everyone: "The first sign of GBS is the tingling in your limbs" (not "the first signs include").
 */
const LOWER = String.raw`(?:the\s+|your\s+)?(?:feet|legs|toes|lower (?:limbs|body))`;
export const UNIVERSAL_ONSET = new RegExp(
  String.raw`\b(?:always|invariably)\s+(?:starts?|begins?)\s+(?:in|at|with|from)\s+${LOWER}|\b(?:starts?|begins?|starting|beginning)\s+(?:as\s+(?:[\w-]+\s+){1,4}?)?(?:in|from)\s+${LOWER}(?:\s+and\s+(?:${LOWER}|(?:the\s+|your\s+)?(?:fingers|hands)))?\s*,?\s*(?:and\s+|that\s+|which\s+)?(?:then\s+)?(?:progressively\s+)?(?:moves?|spreads?|travels?|climbs?|ascends?|progresses?|affects?|reach(?:es)?|moving|spreading|travell?ing|climbing|ascending|progressing)\s+(?:to\s+)?(?:up(?:wards?)?|the arms|the upper body|the torso|the trunk)|\bthe\s+(?:first|earliest|initial)\s+(?:sign|symptom)\s+(?:of\s+(?:\S+\s+){1,4}?)?is\b(?!\s+(?:usually|often|typically|commonly|generally|mostly|most|sometimes|not|one)\b)`,
  'i',
);
/** Words that make a pattern the usual one rather than the only one: "usually starts in the feet". */
// "an ascending paralysis, meaning it starts in the feet": the pattern explains a named kind, not every case.
export const TYPICAL_HEDGE = /\b(?:usually|often|typically|commonly|generally|mostly|most|tends?|classic(?:ally)?|typical|usual|can|may|in many|meaning|which means)\b|\bi\.e\./i;

/** Words that make the worst outcome a possibility rather than the rule: "can", "in severe cases", "at worst". */
export const WORST_CASE_HEDGE = /\b(?:can|severe cases|most severe|at (?:its )?worst|in rare cases|a few)\b/i;

/** Hedges and distancing words: the writer already qualifies the claim or warns about it. */
export const HEDGE =
  /\b(?:almost|nearly|may|might|could|possibly|potentially|perhaps|some|sometimes|partly|partially|in part|hopes?|hoped|hoping|aims?|goal|attempt(?:s|ed)? to|(?:an? )?efforts? to|try(?:ing)? to|tried to|search(?:ing)? for|looking for|research(?:ers)?|investigat\w*|whether|claims?|claimed|claiming|promises? to|supposedly|said to|marketed|advertis\w*|beware|wary|careful|scams?|fraud\w*|false|red flags?|myths?|unproven|(?:a\s+)?few\s+(?:people|patients|persons|cases|children|adults)|minority|small number|occasionally|in rare cases)\b/i;

/** A share of people ("in one in five people", "for 20% of patients") qualifies a sentence-hedged cue. */
export const PROPORTION = /\b\d{1,2}(?:\.\d+)?\s*(?:%|percent\b)|\b(?:(?:one|two|three|four|a|\d+)\s+(?:in|out of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)|(?:a|one)\s+(?:quarter|third|fifth|tenth)|half)\b/i;

/** A sentence that states a myth in order to reject it: "Myth: everyone with GBS recovers completely". */
export const MYTH_LABEL = /^\W*(?:myths?|false|fiction|misconceptions?|wrong|not true)\s*[:\u2013\u2014-]/i;

/**
 * Clause boundaries: a negation or hedge in another clause does not qualify this one. The commas around an aside
 * ("does not, however, cure") do not break the clause.
 */
export const CLAUSE_BREAK = /[;:\u2014\u2013]|(?<!\b(?:however|therefore|though))(?:,\s(?!(?:however|therefore|though),))|\s(?:but|although|though|however|whereas|while)\s/gi;

/** The sentence must be about health: a term from the database or one of these words. */
export const HEALTH_WORD =
  /\b(?:treat\w*|\w*therap\w*|physio\w*|rehab\w*|exercises?|weakness|numbness|tingling|paralysis|fatigue|relapses?|medicines?|medications?|drugs?|supplements?|remed\w*|pills?|diet|nerves?|neuropath\w*|symptoms?|disease|condition|recover\w*|heal\w*|pain|damage|infusions?|surgery|patients?|formulas?|products?|effective|results?|side effects?|tests?|cancer|antibod\w*|diagnos\w*|illness)\b/i;

/**
 * Every case made progressive or incurable: "is a progressive disease", "worsens over time", "keeps getting worse", "is permanent", "is not
 * curable", "the prognosis ... is grim". The negation in "not curable" belongs to the claim, so only
 * words before the match can deny it.
 */
export const UNIVERSAL_DECLINE =
  /\b(?:(?:a|an)\s+(?:\w+\s+)?progressive\s+(?:disease|condition|disorder|illness)|(?:is|it's|it’s|are)\s+(?:also\s+)?(?:chronic\s+and\s+)?progressive\b(?!\s+(?:in|for|over)\b)|(?:worsens|gets\s+worse|deteriorates|progresses)\s+over\s+time|(?:gets|becomes)\s+progressively\s+worse|(?:keeps|continues\s+to|only)\s+(?:getting|get|gets)\s+worse|(?:is|are)\s+(?:not\s+curable|incurable)|(?:is|are)\s+(?:always\s+)?(?:permanent|irreversible)\b(?!\s+(?:in|for)\s+(?:some|many|a\s+few|certain))|cannot\s+be\s+(?:cured|reversed)|there\s+is\s+no\s+(?:known\s+)?cure\s+for\b(?!\s+(?:most|many|some|certain|several|a\s+few|these|those|every)\b)(?![^.;!?]*\b(?:yet|but|however|although|though|while)\b)|prognosis\b[^.;:!?]{0,40}?\b(?:grim|bleak|hopeless|poor))\b/i;
/** An illness called one that keeps getting worse: "is a progressive disease" (not "rapidly progressive" or "acute progressive", the pace of an acute illness). */
export const PROGRESSIVE_ILLNESS =
  /\b(?:(?:a|an)\s+(?:(?!rapidly|quickly|fast|acutely|acute)\w+\s+)?progressive\s+(?:disease|condition|disorder|illness)|(?:worsens|gets\s+worse|deteriorates|progresses)\s+over\s+(?:time|(?:months|the\s+years|years))|(?:gets|becomes)\s+progressively\s+worse)\b/i;
/** Death denied: "is not a lethal disease", "is not life-threatening", "is never fatal", "does not kill". */
export const DEATH_DENIED =
  /\b(?:(?:is|are|it's|it’s)\s+(?:not|never|n't)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:lethal|fatal|deadly|life-threatening|life\s+threatening)(?:\s+(?:disease|condition|illness|disorder))?|(?:isn't|isn’t|aren't|aren’t)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:lethal|fatal|deadly|life-threatening)|(?:does|do)\s+not\s+kill|(?:doesn't|doesn’t|don't|don’t)\s+kill|no\s+one\s+dies|nobody\s+dies|(?:cannot|can't|can’t|won't|won’t)\s+die\s+(?:of|from))\b/i;
/** Words that make survival the usual case rather than the rule: "usually not life-threatening", "in most cases". */
export const DEATH_HEDGE = /\b(?:usually|generally|typically|mostly|often|rarely|seldom|most|many|normally|in itself|by itself|on its own|itself)\b/i;
/** Words that make a course the usual or a possible one: "can get worse", "many forms are progressive". */
export const COURSE_HEDGE = /\b(?:can|could|may|might|often|usually|some|many|most|certain|tends?|frequently|sometimes|in some)\b/i;
/** A relative clause before the words: "numbness ... which progressively worsens over time" is about the symptom. */
export const RELATIVE_CLAUSE = /\b(?:which|that|who)\b/i;
/** ...unless the clause is about the illness itself: "a nerve disease that gets progressively worse". */
export const ILLNESS_CLAUSE = /\b(?:disease|condition|disorder|illness)\s+(?:which|that)\b/i;

/** Anyone with the illness, in general: "the patient", "people with GBS", "those who get it" (not "my husband", not "the unlucky patients"). */
const GENERIC_PERSON = String.raw`(?:(?:the|a)\s+(?:patient|person|sufferer)|(?<=^|[^\w\s]\s*|\b(?:the|all|and|so|thus|then|that)\s+)(?:people|patients|persons|sufferers)(?:\s+with\s+[^,.;:!?]{1,50}?)?|those\s+(?:with|who\s+(?:has|have|get|develop))\s+[^,.;:!?]{1,50}?)`;
const UNABLE = String.raw`(?:cannot|can't|can\s+not|will\s+not\s+be\s+able\s+to|won't\s+be\s+able\s+to|(?:is|are|will\s+be|becomes?)\s+unable\s+to|(?:will\s+)?lose\s+the\s+ability\s+to|loses\s+the\s+ability\s+to)`;
const BASIC_FUNCTION = String.raw`(?:move|walk|breathe|speak|talk|eat|swallow|stand)`;
/**
 * What no one with the illness can do: "cannot move", "will not be able to speak". It starts with its own words, so a
 * sentence is scanned cheaply; who it is said of is `INCAPACITY_SUBJECT`, tested only on the words before a match.
 */
export const UNIVERSAL_INCAPACITY = new RegExp(String.raw`\b${UNABLE}(?!\s+(?:always|usually|easily|fully|quite|yet))\s+(?:[\w-]+\s+){0,2}?${BASIC_FUNCTION}\b`, 'i');
/** The words just before it name everyone with the illness: "the patient", "people with GBS" (then "cannot walk"). */
export const INCAPACITY_SUBJECT = new RegExp(String.raw`\b${GENERIC_PERSON}\s+(?:(?:also|then|soon|eventually)\s+)?$`, 'i');
/**
 * What makes the incapacity one case rather than everyone's, beside the general `HEDGE` (may, some, sometimes...)
 * that is tested too: the worst stage, a time, a condition, a share in words. "can", but not the "can" of "can't".
 */
export const INCAPACITY_HEDGE =
  /\b(?:can(?!\s*not|'t)\b|severe|severely|worst|peak|at first|for a (?:while|time)|temporar\w*|until|when|if|unless|often|usually|many|most|frequently|in (?:many|a few) cases|during|at times)\b/i;

/** "Most people with GBS are left paralysed": the majority said not to recover (one clause, no comma). */
/** "Patients usually have a residual weakness after 3 years": a lasting harm said to be what usually happens. */
export const USUALLY_LEFT = new RegExp(
  `\\b(?:people|patients|children|adults|sufferers)(?:\\s+with\\s+[^,.;:!?]{1,60}?)?\\s+(?:usually|typically|generally|mostly|normally)\\s+(?:have|keep|are left with|end up with|live with)\\s+(?:an?\\s+|some\\s+)?(?:residual|lasting|permanent|lifelong|life-long|long-term|persistent|severe)\\s+(?:weakness|paralysis|disability|disabilities|nerve damage|damage|numbness)`,
  'i',
);
export const MOST_LEFT = new RegExp(
  `\\b(?:most|the majority of)\\s+(?:people|patients|children|adults|sufferers)\\b[^.;:!?,]{0,60}?\\b(?:(?:are|will be|remain|stay|end up)\\s+(?:left\\s+)?(?:permanently\\s+|severely\\s+)?${LOST_FUNCTION}|(?:are|will be|end up)\\s+(?:left\\s+)?with\\s+(?:permanent|lasting|lifelong|life-long|long-term|severe)\\s+(?:weakness|paralysis|disability|disabilities|nerve damage|damage))`,
  'i',
);
