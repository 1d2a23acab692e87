import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';
import { DISEASE_KINDS } from '../treatment-claim/clause-check';
import { asksQuestion } from '../../text/questions';

/**
 * Who-gets-it claims without numbers, read against the entry's `population` facts: "GBS is far more
 * common in women" (the source says men), "MMN mostly strikes the elderly" (typical onset about 40),
 * "CIDP usually strikes men under 30" (the source says people in their 50s and 60s are more likely),
 * "CIDP is not really rare" (the source calls it rare).
 * Cues are data here; the facts are in the terminology. Left alone: denials and myths ("it is not more
 * common in women"), reported beliefs, questions, and diseases without a population fact.
 */
const SEX_CLAIMS = [
  /\b(?:(?:far|much|a lot|significantly|slightly|somewhat|considerably|twice as)\s+)?(?:more|most)\s+(?:common|frequent|prevalent|likely)\s+(?:in|among|for)\s+(?:older\s+|elderly\s+|middle-aged\s+|young(?:er)?\s+)?(women|females|girls|men|males|boys)\b/i,
  /\b(?:mostly|mainly|usually|primarily|predominantly|largely|chiefly)\s+(?:affects?|strikes?|hits?|occurs?\s+in|(?:is\s+)?seen\s+in|(?:is\s+)?found\s+in)\s+(?:older\s+|elderly\s+|middle-aged\s+|young(?:er)?\s+)?(women|females|girls|men|males|boys)\b/i,
  /\b(women|females|men|males)\s+are\s+(?:\w+\s+)?(?:more\s+likely|at\s+(?:greater|higher)\s+risk|more\s+often\s+affected)\b/i,
  // The adverb after the verb: "affects mostly women".
  /\b(?:affects?|strikes?|hits?|occurs?\s+in)\s+(?:mostly|mainly|primarily|predominantly|largely|chiefly)\s+(women|females|girls|men|males|boys)\b/i,
  /\b(?:affects?|strikes?|hits?)\s+(women|females|men|males)\s+(?:far\s+|much\s+)?more\s+(?:often\s+|frequently\s+|commonly\s+)?than\s+(?:men|males|women|females)\b/i,
];
/** Both sexes said to be affected alike: "Men and women are equally vulnerable", "affects men and women equally". */
const BOTH_SEXES = String.raw`(?:(?:men|males)\s+and\s+(?:women|females)|(?:women|females)\s+and\s+(?:men|males)|both\s+(?:sexes|genders))`;
/** "equally" not softened: "almost equally" is no claim of sameness. */
const NOT_ROUGHLY = String.raw`(?<!(?:almost|nearly|roughly|about|more\s+or\s+less)\s+)`;
const EQUAL_CLAIMS = [
  new RegExp(String.raw`\b${BOTH_SEXES}\s+(?:are\s+)?${NOT_ROUGHLY}(?:equally|alike)\b`, 'i'),
  new RegExp(String.raw`\b(?:affects?|strikes?|hits?)\s+${BOTH_SEXES}\s+(?<!(?:almost|nearly|roughly|about)\s+)(?:equally|alike)\b`, 'i'),
  new RegExp(String.raw`\b(?<!(?:almost|nearly|roughly|about)\s+)equally\s+(?:common|likely|frequent)\s+(?:in|among)\s+${BOTH_SEXES}`, 'i'),
];
/** All ages said to be at the same risk: "all age groups are equally at risk", "affects all ages equally" (not "can affect people of all ages"). */
const EVERY_AGE = String.raw`(?:all|every)\s+(?:age\s+groups?|ages)`;
const EQUAL_AGE_CLAIMS = [
  new RegExp(String.raw`\b${EVERY_AGE}\s+(?:are\s+)?(?:\w+\s+)?${NOT_ROUGHLY}(?:equally|alike)\b`, 'i'),
  new RegExp(String.raw`\b(?:affects?|strikes?|hits?)\s+(?:people\s+(?:of|in)\s+)?${EVERY_AGE}\s+${NOT_ROUGHLY}(?:equally|alike)\b`, 'i'),
  new RegExp(String.raw`\b${NOT_ROUGHLY}equally\s+(?:common|likely|frequent)\s+(?:in|among|at)\s+${EVERY_AGE}\b`, 'i'),
];
const ELDERLY_CLAIMS = [
  /\b(?:(?:mostly|mainly|usually|primarily|predominantly|largely|chiefly|typically|only)\s+(?:affects?|strikes?|hits?|occurs?\s+in|(?:is\s+)?seen\s+in)|(?:affects?|strikes?|occurs?\s+in)\s+only)\s+(?:the\s+)?(?:elderly|older\s+(?:people|adults|patients|women|men)|seniors|(?:people|women|men)\s+over\s+(?:60|65|70))\b/i,
  /\ba\s+disease\s+of\s+(?:old\s+age|the\s+elderly)\b/i,
];
const MOSTLY = String.raw`(?:mostly|mainly|usually|primarily|predominantly|largely|chiefly|typically|more\s+(?:often|commonly))`;
const STRIKES = String.raw`(?:affects?|strikes?|hits?|occurs?\s+in|(?:is\s+)?seen\s+in|(?:is\s+)?found\s+in|happens?\s+in)`;
const YOUNG_GROUP = String.raw`(?:young(?:er)?\s+(?:people|adults|men|women|patients|individuals)|(?:young\s+|small\s+)?(?:children|kids)|teenagers|teens|(?:(?:men|women|people|adults)\s+(?:who\s+are\s+)?)?(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?(?:[12]\d|3\d|40)\b)`;
const YOUNG_CLAIMS = [
  new RegExp(String.raw`\b${MOSTLY}\s+${STRIKES}\s+(?:the\s+)?${YOUNG_GROUP}`, 'i'),
  new RegExp(String.raw`\b${STRIKES}\s+${MOSTLY}\s+(?:the\s+)?${YOUNG_GROUP}`, 'i'),
  new RegExp(String.raw`\b(?:seen|found|occurs?|happens?|diagnosed)\s+more\s+(?:often|commonly)\s+in\s+${YOUNG_GROUP}`, 'i'),
  new RegExp(String.raw`\b(?:more|most)\s+(?:common|frequent|prevalent|likely)\s+(?:in|among)\s+${YOUNG_GROUP}`, 'i'),
  /\b(?:usually|typically|mostly|mainly|often|generally)\s+(?:starts?|begins?|appears?|develops?|strikes?)\s+(?:in|during)\s+(?:childhood|adolescence|young\s+adulthood|the\s+teens|(?:your|their)\s+(?:teens|twenties))\b/i,
  /\byoung(?:er)?\s+(?:adults|people|patients)\b[^.;]{0,80}?\b(?:higher|more|greater)\s+than\s+(?:in\s+|among\s+)?(?:the\s+)?older\b/i,
];
/** Rarity denied: "CIDP is not really rare", "the syndrome was not a rare condition", "GBS is not an uncommon illness", "GBS is a common disease", "relatively common within the population", "one of the most prevalent autoimmune disorders" (not "a common cause of", "common in men"). */
const COMMON_CLAIMS = [
  /\b(?:is|are|was|were)\s+(?:not|n't)\s+(?:really\s+|that\s+|so\s+|very\s+|particularly\s+|at all\s+)?rare\b(?!\s+(?:for|to|in|among|that))/i,
  // "was not a rare condition" (not "is not a rare cause of").
  /\b(?:is|are|was|were)\s+(?:not|n't)\s+an?\s+(?:really\s+|that\s+|so\s+|very\s+)?rare\s+(?:[\w-]+\s+)?(?:disease|disorder|condition|illness|problem)\b/i,
  // "it's not an uncommon illness": a double negative that calls it common.
  /\b(?:is|are|it's|it’s)\s+(?:not|n't)\s+(?:an?\s+)?(?:so\s+|that\s+|at all\s+)?uncommon\b(?!\s+(?:for|to|in|among|that))(?:\s+(?:[\w-]+\s+)?(?:diseases?|disorders?|conditions?|illness(?:es)?|problems?)\b)?/i,
  /\b(?:is|are)\s+(?:an?\s+)?(?:very\s+|quite\s+|fairly\s+|extremely\s+|relatively\s+|really\s+)?(?:common|widespread|frequent)\b(?:\s+(?:[\w-]+\s+)?(?:diseases?|disorders?|conditions?|illness(?:es)?|problems?)\b|(?=\s*[,.;:!)]|\s*$|\s+(?:and|but|that|which|affecting|worldwide|today)\b|\s+(?:within|in|among)\s+(?:the\s+)?(?:general\s+)?(?:population|public)\b))/i,
  /\bone of the most (?:common|prevalent|frequent|widespread)\s+(?:[\w-]+\s+){0,2}?(?:diseases|disorders|conditions|illnesses)\b/i,
];
/**
 * "is a chronic, lifelong condition", "is an acute illness", or in apposition, "GBS, a rare and degenerative
 * disease": the course in one of `words`, said of an illness.
 */
const calledIllness = (words: string): RegExp =>
  // "is a case of acute autoimmune neurological disorder": a kind-of phrase before the course word.
  new RegExp(String.raw`(?:\b(?:is|are)\s+(?:an?\s+)?(?:(?:case|form|type|kind)\s+of\s+(?:an?\s+)?)?|(?<=,\s+)an?\s+)(?:[\w-]+,?\s+(?:and\s+)?)?(?:${words})(?:,?\s+[\w-]+){0,2}?,?\s+(?:diseases?|disorders?|conditions?|illness(?:es)?|problems?)\b`, 'i');
const CHRONIC_CLAIMS = [
  calledIllness('chronic|lifelong|life-long|long-term|degenerative|neurodegenerative'),
  // "develops slowly over many months" said of an acute illness
  /\b(?:progress\w*|develops?|developing|comes? on|worsens?|gets? worse)\s+(?:slowly|gradually)\s+over\s+(?:many\s+|several\s+|a\s+few\s+)?(?:months|years)\b/i,
];
const ACUTE_CLAIMS = [
  // "symptoms progress over days to weeks" said of a chronic illness
  /\b(?:progress\w*|develops?|developing|comes? on|worsens?|spreads?|becomes? more intense)\s+over\s+(?:a\s+few\s+|several\s+)?(?:hours|days)(?:\s+(?:to|or)\s+(?:a\s+few\s+)?weeks)?\b/i,
  calledIllness('acute|short-lived|short-term|temporary'),
];
/** Words before a course claim that make it about some people: "for some people, GBS is a long-term condition". */
const SOME = /\b(?:some|a few|few|rarely|occasionally|sometimes|can|may|might|minority)\b/i;
/** Words before the cue, in the same sentence, that deny or correct the claim. */
const DENIED = /\b(?:not|n't|never|myths?|false|wrong|untrue|no\s+longer)\b/i;
const WOMEN = /^(?:women|females|girls)$/i;
/** Typical onset below this age contradicts "mostly affects the elderly". */
const ELDERLY_AGE = 60;

type Judge = (entry: Entry, m: RegExpExecArray, offset: number, actual: string) => RawFinding | undefined;
/** Each kind of claim, how it is judged, and the words before it that make it about some people only. */
/**
 * `ofDisease`: the claim says what the disease is ("is common"), so a symptom named just before it is what it
 * is about instead; course claims are made of the symptoms ("symptoms progress over days").
 */
/** A sentence about a flare, a relapse or the day's fatigue: "a flare develops over a few days" says nothing of the illness's course. */
const EPISODE = /\b(?:flares?|flare-ups?|relapses?|attacks?|exacerbations?|episodes?|crisis|crises|activity|exercise|exertion|use|during the day|each day|every day|by evening)\b/i;

const CLAIM_KINDS: ReadonlyArray<{ patterns: readonly RegExp[]; judge: Judge; hedge?: RegExp; ofDisease?: boolean; unless?: RegExp }> = [
  { patterns: SEX_CLAIMS, judge: sexFinding },
  { patterns: EQUAL_CLAIMS, judge: sexFinding },
  { patterns: ELDERLY_CLAIMS, judge: ageFinding },
  { patterns: YOUNG_CLAIMS, judge: youngFinding },
  { patterns: EQUAL_AGE_CLAIMS, judge: everyAgeFinding },
  { patterns: COMMON_CLAIMS, judge: rareFinding, ofDisease: true },
  { patterns: CHRONIC_CLAIMS, judge: courseFinding('acute'), hedge: SOME },
  { patterns: ACUTE_CLAIMS, judge: courseFinding('chronic'), hedge: SOME, unless: EPISODE },
];

/**
 * A word that every claim pattern above needs, at the start of a word: a sentence without one is passed over
 * before the patterns run (most sentences). Each pattern's required word follows a word boundary or a space there.
 */
const CLAIM_WORD =
  /\b(?:women|females|girls|men|males|boys|both|ages?|elderly|older|seniors|over|old|young|children|kids|teen|under|below|childhood|adolescen|twenties|rare|uncommon|common|widespread|frequent|prevalent|one|chronic|life|long-term|degenerative|neurodegenerative|slowly|gradually|hours|days|acute|short|temporary)/i;

/** Kinds of names that, standing just before a claim, are what the claim is about instead of the disease. */
const NOT_THE_DISEASE = new Set(['symptom', 'anatomy']);

/** The population findings of one block, chunk-relative; pure, so the caller may cache them with the block. */
export function populationFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const isDisease = (m: Mention): boolean => DISEASE_KINDS.has(terms.get(m.termId)?.kind ?? '');
  // Diseases only decide a paragraph's topic here: "CIDP is a form of peripheral neuropathy" is still about CIDP.
  for (const { span, mentions } of sentencesAbout(block, isDisease, isDisease)) {
    if (!mentions.some((m) => terms.get(m.termId)?.population || terms.get(m.termId)?.course)) continue;
    const text = block.masked.slice(span.start, span.end);
    if (!CLAIM_WORD.test(text) || asksQuestion(text) || REPORTED_BELIEF.test(text)) continue;
    judgeSentence(text, span.start, mentions, block, terms, out);
  }
  return out;
}

function judgeSentence(text: string, start: number, mentions: readonly Mention[], block: Block, terms: TermIndex, out: RawFinding[]): void {
  for (const { patterns, judge, hedge, ofDisease, unless } of CLAIM_KINDS) {
    if (unless?.test(text)) continue;
    for (const pattern of patterns) {
      const m = pattern.exec(text);
      if (!m || DENIED.test(text.slice(0, m.index)) || hedge?.test(text.slice(0, m.index))) continue;
      const offset = start + m.index;
      const disease = [...mentions].reverse().find((x) => x.offset < offset) ?? mentions[0]!;
      // "Weakness of the arms and legs is common": the name just before the claim is a symptom, and the claim is about it.
      const nearest = ofDisease ? block.mentionsIn(start, offset).at(-1) : undefined;
      if (nearest && nearest.offset > disease.offset && NOT_THE_DISEASE.has(terms.get(nearest.termId)?.kind ?? '')) continue;
      // "..., but complete recovery is common": the clause's own subject is something else the disease does.
      if (ofDisease && !subjectIsDisease(text.slice(0, m.index), start, disease)) continue;
      const entry = terms.get(disease.termId)!;
      const finding = judge(entry, m, offset, block.text.slice(offset, offset + m[0].length));
      // "mostly affects older women" says two wrong things on the same words: one finding with both facts.
      const same = finding && out.find((f) => f.offset === finding.offset && f.endOffset === finding.endOffset);
      if (same && finding) Object.assign(same, { message: `${same.message} ${finding.message}`, sources: [...(same.sources ?? []), ...(finding.sources ?? []).filter((x) => !same.sources?.some((y) => y.title === x.title))] });
      else if (finding) out.push(finding);
      break;
    }
  }
}

/** Where the clause before a claim starts: after a comma, semicolon or joining word. */
const CLAUSE_START = /[,;:]|\b(?:but|and|while|whereas|although|though|yet)\b/gi;
/** A subject that stands for the disease named before it: "it", "this", "the condition". */
const STAND_IN_SUBJECT = /^\s*(?:it|this|which|that|(?:the|this)\s+(?:[\w-]+\s+)?(?:disease|condition|disorder|syndrome|illness|neuropathy))\s*$/i;

/** The clause right before a claim about the disease has the disease (or a word standing for it) as its subject, or no words of its own. */
function subjectIsDisease(before: string, sentenceStart: number, disease: Mention): boolean {
  // A joining word inside the name ("acute motor and sensory axonal neuropathy") starts no clause.
  const inName = (at: number): boolean => at >= disease.offset - sentenceStart && at < disease.endOffset - sentenceStart;
  const cut = Math.max(0, ...[...before.matchAll(CLAUSE_START)].filter((c) => !inName(c.index)).map((c) => c.index + c[0].length));
  const clause = before.slice(cut);
  return clause.trim() === '' || STAND_IN_SUBJECT.test(clause) || (disease.offset >= sentenceStart + cut && disease.offset < sentenceStart + before.length);
}

function sexFinding(entry: Entry, m: RegExpExecArray, offset: number, actual: string): RawFinding | undefined {
  const fact = entry.population?.sex;
  // EQUAL_CLAIMS capture no group: both sexes said to be affected alike.
  const group = m[1];
  if (!fact || (group !== undefined && (WOMEN.test(group) ? 'women' : 'men') === fact.moreCommonIn)) return undefined;
  const other = fact.moreCommonIn === 'men' ? 'women' : 'men';
  const cite = citation(entry, fact.source);
  return {
    message: `${capitalize(entry.preferred)} is more common in ${fact.moreCommonIn} than in ${other} (${fact.note}; ${cite.short}), ${group === undefined ? 'not equally common' : 'not the other way round'}.`,
    ...rest(entry, offset, actual, cite.full, fact.source),
  };
}

function ageFinding(entry: Entry, _m: RegExpExecArray, offset: number, actual: string): RawFinding | undefined {
  const onset = entry.population?.onset;
  if (!onset || onset.typicalAge >= ELDERLY_AGE) return undefined;
  const cite = citation(entry, onset.source);
  return {
    message: `${capitalize(entry.preferred)} usually starts between ${onset.minAge} and ${onset.maxAge}, at about ${onset.typicalAge} on average (${cite.short}); it does not mostly affect older people.`,
    ...rest(entry, offset, actual, cite.full, onset.source),
  };
}

function youngFinding(entry: Entry, _m: RegExpExecArray, offset: number, actual: string): RawFinding | undefined {
  return noteFinding(entry, entry.population?.olderAges, offset, actual, (note, cite) => `is more likely at older ages (${note}; ${cite}); it does not mostly affect young people`);
}

function everyAgeFinding(entry: Entry, _m: RegExpExecArray, offset: number, actual: string): RawFinding | undefined {
  return noteFinding(entry, entry.population?.olderAges, offset, actual, (note, cite) => `is more likely at older ages (${note}; ${cite}); the risk is not the same at every age`);
}

function rareFinding(entry: Entry, _m: RegExpExecArray, offset: number, actual: string): RawFinding | undefined {
  return noteFinding(entry, entry.population?.rare, offset, actual, (note, cite) => `is rare (${note}; ${cite}); calling it common misleads readers`);
}

/** A course claim that contradicts the entry's `course` when its pace is `pace`: "chronic" said of an acute illness, and the reverse. */
function courseFinding(pace: 'acute' | 'chronic'): Judge {
  return (entry, _m, offset, actual) =>
    entry.course?.pace === pace
      ? noteFinding(entry, entry.course, offset, actual, (note, cite) => `is ${note} (${cite}); calling it ${pace === 'acute' ? 'chronic, lifelong or degenerative' : 'acute or temporary'} misleads readers`)
      : undefined;
}

/** The finding for a fact stated in words (`note`): the entry's name, then what `says` makes of the note and its short citation. */
function noteFinding(
  entry: Entry,
  fact: { note: string; source: string } | undefined,
  offset: number,
  actual: string,
  says: (note: string, cite: string) => string,
): RawFinding | undefined {
  if (!fact) return undefined;
  const cite = citation(entry, fact.source);
  return { message: `${capitalize(entry.preferred)} ${says(fact.note, cite.short)}.`, ...rest(entry, offset, actual, cite.full, fact.source) };
}

function rest(entry: Entry, offset: number, actual: string, full: string, sourceId: string) {
  return { offset, endOffset: offset + actual.length, actual, termId: entry.id, fixes: [], note: `Source: ${full}`, sources: [findingSource(entry, sourceId)] };
}

