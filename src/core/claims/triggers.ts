/**
 * Context triggers in the manner of ConText (Harkema et al. 2009, clinical NLP): a phrase, what it
 * says about the claims near it, and which way its scope runs inside the clause. The claim reader
 * applies them; rules never search for these words themselves. Phrases are lower-case word
 * sequences; "n't" endings are read as "not".
 */

/** What a trigger says about a claim in its scope. */
export type TriggerCategory =
  /** The claim is denied: "steroids do not help GBS". */
  | 'negated'
  /** The writer is unsure or limits it: "IVIG may help", "in some people". */
  | 'hedged'
  /** The writer leaves no room: "always", "guaranteed", "every patient". */
  | 'absolute'
  /** Someone else's belief, reported: "some websites say", "I thought". */
  | 'reported'
  /** Named as a myth or falsehood to correct it: "it is a myth that". */
  | 'myth'
  /** About the past, not current practice: "used to", "were once tried". */
  | 'historical'
  /** Under study, not established: "in trials", "being studied". */
  | 'studied';

/** `forward`: claims after the trigger in the clause; `backward`: before it; `both`: the whole clause. */
export type TriggerDirection = 'forward' | 'backward' | 'both';

export interface Trigger {
  phrase: string;
  category: TriggerCategory;
  direction: TriggerDirection;
}

const forward = (category: TriggerCategory, phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'forward' }));
const backward = (category: TriggerCategory, phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'backward' }));
const both = (category: TriggerCategory, phrases: string[]): Trigger[] =>
  phrases.map((phrase) => ({ phrase, category, direction: 'both' }));

/** "too severe to be reversed", "too late to reverse the damage": the outcome is ruled out, not promised. */
/** Words before a name that make it the thing compared with, not the one spoken of: "unlike GBS", "compared with MS". */
export const COMPARED_WITH = String.raw`unlike|as\s+opposed\s+to|compared\s+(?:with|to)|in\s+contrast\s+to|rather\s+than`;

export const RULED_OUT = ['too late to', 'too severe to', 'too advanced to', 'too extensive to', 'too far gone to', 'too damaged to'];

export const TRIGGERS: readonly Trigger[] = [
  ...forward('negated', ['not', 'no', 'never', 'neither', 'nor', 'without', 'cannot', 'fail to', 'fails to', 'failed to', 'no longer', 'rather than', 'instead of', 'outside', 'outside of', 'apart from', 'except', 'other than', 'avoid', 'avoids', 'avoided']),
  ...forward('negated', ['little evidence', 'insufficient evidence', 'lack of evidence', 'little proof', 'no proof']),
  ...forward('negated', RULED_OUT),
  ...both('negated', ['ineffective', 'unhelpful', 'no benefit', 'no effect', 'does nothing', 'do nothing', 'did nothing']),
  ...backward('negated', ['is not recommended', 'are not recommended', 'not advised', 'should be avoided']),
  // "in an attempt to reverse the attack": what someone tried, not what the treatment does.
  ...forward('hedged', ['attempt to', 'attempts to', 'attempted to', 'in an attempt to', 'an effort to', 'trying to', 'tried to', 'try to']),
  ...forward('hedged', ['not always', 'not all', 'not every', 'may', 'might', 'could', 'possibly', 'potentially', 'perhaps', 'sometimes', 'some people', 'in some', 'some studies', 'small studies', 'appears to', 'appear to', 'seems to', 'seem to', 'likely', 'probably', 'can be considered', 'may be considered', 'in selected', 'for some', 'whether']),
  ...both('hedged', ['suggest', 'suggests', 'suggested', 'limited evidence', 'uncertain', 'unclear', 'not yet known']),
  ...forward('absolute', ['always', 'every', 'all patients', 'all people', 'guaranteed', 'guarantee', 'guarantees', 'definitely', 'certainly', 'without exception', 'proven to', 'proves', 'will cure', 'cures']),
  ...both('absolute', ['100%', 'completely cured', 'permanent cure', 'miracle']),
  ...forward('reported', ['i thought', 'we thought', 'i was told', 'we were told', 'i believed', 'people say', 'people think', 'some people believe', 'some say', 'some claim', 'some believe', 'many believe', 'others say', 'some websites', 'some sites', 'you may hear', 'you might hear', 'you may read', 'you might read', 'it is often said', 'is often said', 'claim that', 'claims that', 'claim to', 'claims to', 'claims of', 'claim of', 'promise to', 'promises to', 'are said to', 'is said to', 'supposedly', 'marketed as', 'advertised as', 'heard that', 'read that', 'indicates that', 'ad states', 'ad says', 'ad claims', 'advert states', 'advert says']),
  ...both('myth', ['myth', 'myths', 'misconception', 'misconceptions', 'not true', 'untrue', 'false', 'wrongly', 'mistakenly', 'incorrectly']),
  ...forward('historical', ['used to', 'were once', 'was once', 'once used', 'once thought', 'formerly', 'previously', 'historically', 'in the past', 'were tried', 'was tried', 'have been tried', 'has been tried']),
  ...both('studied', ['trial', 'trials', 'being studied', 'being tested', 'under study', 'research is', 'researchers are', 'investigational', 'experimental']),
];

/**
 * Phrases that contain a trigger word but do not trigger (ConText's pseudo-triggers): "not only",
 * "no doubt", "not just". They are skipped before triggers are looked up.
 */
export const PSEUDO_TRIGGERS: readonly string[] = [
  'not only', 'not just', 'not the only',
  // "does not affect just one nerve" limits the claim; it does not deny it.
  // "the immune system mistakenly attacks the nerves" describes autoimmunity; it labels no myth.
  ...['mistakenly', 'wrongly', 'incorrectly'].flatMap((w) => ['attacks', 'attack', 'attacked', 'attacking', 'targets', 'target', 'damages', 'damage', 'destroys', 'identifies', 'sees', 'treats', 'reacts', 'turns'].map((v) => `${w} ${v}`)),
  'not affect just', 'not affect only', 'not involve just', 'not involve only', 'not damage just', 'not damage only', 'no doubt', 'nothing but', 'no matter', 'may also be called',
  // Not knowing something presupposes it is true: "many patients do not know chiropractors treat neuropathy".
  'do not know', 'does not know', 'did not know', 'not aware', 'not realize', 'not realise',
  // "are used to treat" is the passive of "use", not the past habit of "used to".
  'is used to', 'are used to', 'be used to', 'been used to', 'usually used to', 'often used to', 'commonly used to', 'widely used to', 'also used to',
  // "There is significant evidence to suggest that..." asserts the evidence; it does not hedge.
  ...['significant', 'strong', 'good', 'clear', 'compelling', 'overwhelming', 'plenty of'].map((w) => `${w} evidence to suggest`),
];
