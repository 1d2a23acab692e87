/**
 * The words the passive-voice reader looks for, as data: rules never spell them out in patterns.
 * Each list says why it exists; `PASSIVE_EXAMPLES` are sentences the unit tests read, so a word
 * added here has to keep them true.
 */

/** Forms of "be" that make a passive with a past participle ("is given", "were told", "has been seen"). */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"];

/**
 * Words that may stand between "be" and the participle without changing the construction
 * ("is often given", "are not usually needed"). Any word ending in "-ly" counts too.
 */
export const BETWEEN_WORDS: readonly string[] = ['not', 'never', 'often', 'also', 'then', 'first', 'still', 'now', 'only', 'just', 'already', 'even', 'sometimes', 'always', 'soon', 'later', 'again'];

/** Words before "be" that make it existential, not passive: "there are approved treatments". */
export const EXISTENTIAL: readonly string[] = ['there', 'here'];

/** Past participles that do not end in "-ed". Regular "-ed" participles are recognised by their ending. */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'given', 'done', 'seen', 'taken', 'made', 'shown', 'found', 'put', 'told', 'kept', 'held', 'left', 'brought',
  'sent', 'run', 'begun', 'drawn', 'chosen', 'written', 'broken', 'hidden', 'forgotten', 'driven', 'eaten',
  'fed', 'hit', 'hurt', 'led', 'lost', 'meant', 'paid', 'read', 'said', 'set', 'spent', 'spread', 'struck',
  'taught', 'thrown', 'understood', 'built', 'cut', 'dealt', 'grown', 'laid', 'sought', 'shaken', 'undergone',
  'withdrawn', 'overcome', 'mistaken', 'bought', 'caught', 'sold', 'won', 'worn', 'felt', 'heard', 'let',
];

/**
 * Participles that after "be" usually describe a state or give a name, not an action someone does:
 * "is tired", "are affected", "is known as", "is called". They never count as passive voice.
 */
export const STATE_PARTICIPLES: readonly string[] = [
  'tired', 'involved', 'affected', 'known', 'called', 'named', 'termed', 'related', 'concerned', 'interested',
  'worried', 'scared', 'frightened', 'confused', 'surprised', 'pleased', 'excited', 'embarrassed', 'bored',
  'married', 'used', 'supposed', 'based', 'located', 'associated', 'linked', 'connected', 'composed', 'limited',
  'considered', 'defined', 'classed', 'classified', 'referred', 'described', 'labelled', 'labeled',
  'inherited', 'qualified', 'prepared', 'allowed', 'expected', 'thought', 'believed', 'estimated', 'unknown',
  'covered', 'finished', 'gone', 'lost', 'hurt', 'paralysed', 'paralyzed', 'numbed',
  'inflamed', 'damaged', 'swollen', 'impaired', 'irritated', 'left', 'complicated', 'detailed', 'balanced',
  'advanced', 'varied', 'mixed', 'dedicated', 'committed', 'devoted', 'entitled', 'experienced', 'skilled',
  'trained', 'exposed', 'advised', 'needed', 'required', 'recommended', 'approved', 'licensed',
  // "I was diagnosed", "CIDP is diagnosed when...": who diagnoses is never in doubt.
  'diagnosed',
  // "is seen in older adults": where something occurs, not who looks.
  'seen',
];

/**
 * Participles that before "to" report evidence or belief ("has been shown to", "is thought to", "were
 * found to"): claims about evidence, which the claim rules read, not a question of style.
 */
export const REPORTING_PARTICIPLES: readonly string[] = ['shown', 'proven', 'proved', 'found', 'thought', 'believed', 'said', 'expected', 'known', 'reported', 'estimated', 'considered', 'presumed', 'seen', 'felt', 'claimed', 'suggested'];

/** Participles with this prefix describe a state ("is untreated", "are unaffected", "is unexplained"). */
export const STATE_PREFIXES: readonly string[] = ['un'];

/** Words right after the participle that make it a state: "is made of", "is made up of". */
export const STATE_FOLLOWERS: readonly string[] = ['of', 'up'];

/** Words ending in "-ed" that are not participles ("a hundred", "in bed"). */
export const NOT_PARTICIPLES: readonly string[] = ['need', 'needs', 'indeed', 'hundred', 'bed', 'red', 'shed', 'seed', 'speed', 'feed', 'bleed', 'naked', 'sacred', 'wicked', 'kindred'];

/** Sentences the tests read: each `passive` phrase must be found in its sentence, each `ok` sentence has none. */
export const PASSIVE_EXAMPLES: ReadonlyArray<{ sentence: string; passive?: string; agent?: boolean }> = [
  { sentence: 'The drip is given over five days.', passive: 'is given' },
  { sentence: 'You will be asked to lie still.', passive: 'be asked' },
  { sentence: 'The dose is often changed after a week.', passive: 'is often changed' },
  { sentence: 'The fluid was drawn by a nurse.', passive: 'was drawn', agent: true },
  { sentence: 'Many people are tired for months.' },
  { sentence: 'The nerves in the feet are affected first.' },
  { sentence: 'This form is known as Miller Fisher syndrome.' },
  { sentence: 'There are approved treatments for it.' },
  { sentence: 'It has been shown to help some people.' },
  { sentence: 'She was diagnosed last spring.' },
  { sentence: 'The cause is often unexplained.' },
  { sentence: 'Rest when you need it.' },
];
