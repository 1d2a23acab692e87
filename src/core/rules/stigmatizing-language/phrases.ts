/**
 * Rule data for stigmatizing-language: phrases that cast a person as a victim or define them by a
 * condition, with person-first wording (AMA Manual of Style, inclusive language; NCDJ style guide via
 * retext-equality). The first matching phrase wins at a position, so copula forms come before bare ones.
 */
export interface StigmaPhrase {
  pattern: RegExp;
  /** Person-first wording for the message when there is no fix. */
  better: string;
  /** Replacement by the lower-case key: group 1 when the pattern has one, else the whole match. */
  fixes?: Record<string, string>;
  /** Only in a sentence about health: a term or a word such as "body" or "illness" ("victims of GBS", not "victims of a scam"). */
  needsTerm?: boolean;
}

const phrase = (source: string, better: string, fixes?: Record<string, string>, needsTerm = false): StigmaPhrase => ({
  pattern: new RegExp(source, 'gi'),
  better,
  ...(fixes ? { fixes } : {}),
  ...(needsTerm ? { needsTerm } : {}),
});

const WHEELCHAIR = '(?:confined to (?:a )?wheelchairs?|wheelchair[- ]bound)';

export const STIGMA_PHRASES: readonly StigmaPhrase[] = [
  phrase('\\b(suffers|suffer|suffered|suffering) (?:from|with)\\b', 'has', {
    suffers: 'has',
    suffer: 'have',
    suffered: 'had',
    suffering: 'living with',
  }),
  phrase('\\b(sufferers) of\\b', 'people with', { sufferers: 'people with' }),
  phrase('\\bsufferers?\\b', 'people with the condition'),
  phrase('\\b(victims?) of\\b', 'person with', { victim: 'person with', victims: 'people with' }, true),
  // "One of the first victims is often the nervous system": an organ, not a person.
  phrase('\\bvictims?\\b(?!\\s+(?:is|are|was|were)\\s+(?:[\\w-]+\\s+){0,3}?(?:nervous system|nerves?|organs?|body|brain|joints?|skin|kidneys?|eyes?|heart|liver|gut)\\b)', 'person who has (or had) the condition', undefined, true),
  phrase('\\b(is|are|was|were) (?:afflicted|stricken) (?:with|by)\\b', 'has', { is: 'has', are: 'have', was: 'had', were: 'had' }),
  phrase('\\b(?:afflicted|stricken) (?:with|by)\\b', 'with', { 'afflicted with': 'with', 'afflicted by': 'with', 'stricken with': 'with', 'stricken by': 'with' }),
  phrase('\\b(afflicts|afflicted|afflict)\\b', 'affects', { afflicts: 'affects', afflicted: 'affected', afflict: 'affect' }),
  phrase(`\\b(is|are|was|were|became|become|becomes) ${WHEELCHAIR}`, 'uses a wheelchair', {
    is: 'uses a wheelchair',
    are: 'use wheelchairs',
    was: 'used a wheelchair',
    were: 'used wheelchairs',
    became: 'started to use a wheelchair',
    become: 'start to use a wheelchair',
    becomes: 'starts to use a wheelchair',
  }),
  phrase('\\bconfined to (?:a )?wheelchairs?', 'using a wheelchair', { 'confined to a wheelchair': 'using a wheelchair', 'confined to wheelchairs': 'using wheelchairs' }),
  phrase('\\bwheelchair[- ]bound\\b', 'uses a wheelchair'),
  phrase('\\bcrippled\\b', 'severely weakened'),
  phrase('\\b(diabetics|epileptics)\\b', 'people with diabetes', { diabetics: 'people with diabetes', epileptics: 'people with epilepsy' }),
];

/** Words that put a sentence about health when it names no term from the database. */
export const HEALTH_CONTEXT = /\b(?:body|illness|disease|disorder|condition|syndrome|neuropath\w*|pain|paralysis|nerves?|diagnosis|sickness)\b/i;

/** Cheap first test over a unit's text. */
export const QUICK_STIGMA = /suffer|victim|afflict|stricken|wheelchair|crippled|diabetics|epileptics/i;

/** First-person singular words mark a personal story, where the words are the speaker's own. */
export const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve)\b|\b(?:my|me|myself|mine)\b/i;
