import { TREATMENT_PREDICATES } from '../../claims/predicates';
import { REPORTED_BELIEF } from '../claims/reported';

/**
 * Language cues for treatment-claim. Facts (which treatment works for which disease) live in the
 * terminology; these lists only say how a sentence presents a treatment.
 */

/** Words that present a treatment as used or working. */
const USED =
  'treat(?:s|ed|ing|ment|ments)?|therap(?:y|ies)|effective|helps?|helped|helpful|works?|worked|standard|first[- ]line|mainstay|prescrib(?:e|es|ed|ing)|given|speeds? (?:up )?recovery|shorten(?:s|ed)?|hasten(?:s|ed)?|used (?:for|to|in)|respond(?:s|ed)? (?:well )?to|giv(?:e|es|ing)|improv(?:e|es|ed)|benefit(?:s|ed)?|manage[sd]?|control(?:s|led)?|cures?|relie(?:f|ve|ves)|(?:can|may|should|could|must) take|tak(?:e|es|ing) (?:\\w+ )?(?:for|to)';
/** Words that recommend a treatment: "a good choice", "the go-to drug", "worth trying". */
const ADVISED =
  'recommend(?:s|ed)?|options?|alternatives?|choices?|of choice|(?:good|best|safe|right|smart|sensible) (?:bet|pick|way|idea)|go-to|(?:good|great|excellent|perfect) for|do wonders|useful|beneficial|suitable|ideal|preferred|advised|suggested|worth (?:a )?try(?:ing)?|can try|turn to|rel(?:y|ies) on';

/** Words that present a treatment as used, working or advised. */
// The claim reader's own predicates count too, so a wording it reads as use ("a course of steroids") is never missed here.
const READER_ENDORSE = TREATMENT_PREDICATES.filter((p) => p.predicate !== 'harms').map((p) => p.cue.source);
export const ENDORSE = new RegExp(`\\b(?:${USED}|${ADVISED})\\b|${READER_ENDORSE.join('|')}`, 'i');

/** A lead-in before a list may endorse with a plain verb: "We use plasma exchange for people with:". */
export const LEAD_IN_ENDORSE = new RegExp(`${ENDORSE.source}|\\b(?:use|uses|offer|offers|give|gives|recommend)\\b`, 'i');

/** Negating, doubting and historicising words, without the reported-belief forms. */
const NEGATE_WORDS =
  /\b(?:not|no|never|neither|nor|without|avoid(?:ed|s)?|ineffective|unhelpful|unproven|harm(?:ful|s)?|worsen(?:s|ed|ing)?|worse|slow(?:s|ed)?|delay(?:s|ed)?|fail(?:s|ed)?|against|once|formerly|previously|historically|in the past|(?<!\b(?:is|are|be|been|being|often|usually|commonly|widely|also|sometimes|still)\s)used to|(?:have|has|had) been tried|trials?|studied|tested|myths?|mistakenly|wrongly|instead|unlike|rarely|seldom|poor|bad|wrong|unwise|risky|dangerous|discouraged|last resort)\b|n't\b|\bnon-?responsive/i;

/**
 * Words that negate, doubt or historicise the claim in the same clause, or report it as someone's
 * belief. Any of them leaves the clause alone: "steroids are not used for GBS", "steroids were once
 * tried", "trials showed no benefit", "some families read that steroids help".
 */
export const NEGATE = new RegExp(`${NEGATE_WORDS.source}|${REPORTED_BELIEF.source}`, 'i');

/** A clause about other conditions is not about the page's topic disease. */
export const OTHER_CONDITIONS = /\bother\s+(?:conditions?|diseases?|illnesses|disorders?|problems)\b/i;

/** Opens a condition that follows the claim ("when other treatments have not worked"). */
export const TRAILING_CONDITION = /\b(?:when|if|unless|until|because|since|after)\b/i;

/** How the evidence status reads in a message. Keyed by EvidenceStatus. */
export const STATUS_TEXT: Record<string, string> = {
  'not-effective': 'not effective',
  'may-worsen': 'possibly harmful',
};
