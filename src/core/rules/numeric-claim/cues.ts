/**
 * Language cues for numeric-claim: which words tie a figure to one of the terminology's key
 * numbers, and which words count as a citation. The numbers themselves live in the terminology.
 */

/**
 * Words that must appear in the figure's clause before it is compared with a key number, keyed by
 * the key number's id. A key number whose id is not listed here is never compared, so a new id
 * needs a cue first (rates are matched by their unit instead).
 */
export const NUMBER_CUES: Record<string, RegExp> = {
  'time-to-nadir': /\b(?:worst|peak(?:s|ed)?|nadir|lowest point|weakest|most severe|progress(?:es|ed|ion)?|worsen(?:s|ed|ing)?|gets? worse|getting worse|keeps? (?:building|spreading)|levels? off|plateaus?|develop(?:s|ed|ing)? over|builds? up over)\b/i,
  'minimum-duration': /\b(?:worst|peak(?:s|ed)?|nadir|develop(?:s|ed|ing)?|progress(?:es|ed|ion)?|evolv(?:e|es|ed|ing)|build(?:s)? up|worsen(?:s|ed|ing)?|gets? worse|getting worse|comes? on)\b/i,
  mortality: /\b(?:die|dies|died|death|deaths|fatal|mortality)\b/i,
  ventilation: /\b(?:ventilat\w*|breathing machines?|respirators?|breathing support|intubat\w*)\b/i,
  'monotherapy-response': /\brespon(?:d|ds|ded|se)\b/i,
  'relapse-rate': /\brelaps(?:e|es|ed|ing)\b/i,
  'neuropathy-frequency': /\b(?:neuropath\w*|nerve damage|nerve problems)\b/i,
  'neurosarcoidosis-frequency': /\b(?:neurosarcoidosis|nervous system|nerves?)\b/i,
  'prevalence-over-50': /\b(?:over|older than|above|aged|after|past)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?50\b/i,
  'anti-hu-cancer-association': /\b(?:cancers?|tumou?rs?)\b/i,
  // A full recovery, not its start: "recover fully within two weeks", not "begin to recover within two weeks".
  'full-recovery-time': /\b(?:recover(?:s|ed|ing)?\s+(?:fully|completely)|(?:fully|completely)\s+recover\w*|full recovery|complete recovery|back to normal)\b/i,
};

/**
 * Words for a share a key number is the floor of (its `floorOf` id in the terminology): a figure in a
 * clause with these words is compared with that number as a floor, so only a figure below it contradicts.
 */
export const FLOOR_CUES: Record<string, RegExp> = {
  'breathing-trouble': /\b(?:breath(?:e|es|ing)|short(?:ness)? of breath|respiratory)\b/i,
};

/** Key numbers about recovery: the only durations a clause with recovery words is compared with. */
export const RECOVERY_NUMBERS = new Set(['full-recovery-time']);

/** Recovery and lasting-outcome words: a duration in such a clause ("residual weakness even after 3-5 years") is not a time-to-worst figure. */
export const RECOVERY = /\b(?:recover\w*|heal\w*|get(?:s|ting)? better|improv\w*|walk again|residual|lasting|long-term|persist\w*)\b/i;

/** A figure quoted in order to reject it ("some sites say 10 per 100,000, which is far too high"). */
export const REJECTED =
  /\b(?:too (?:high|low)|wrong(?:ly)?|incorrect(?:ly)?|not true|untrue|myths?|mistaken(?:ly)?|overestimat\w*|exaggerat\w*|false|outdated)\b/i;

/** A rate is yearly (incidence) when its sentence says so; otherwise it is a prevalence. */
export const YEARLY = /\b(?:(?:per|a|each|every) year|annual(?:ly)?|yearly|incidence|new cases)\b/i;

/** A percentage about a group of people ("40% of people with diabetes", "8 out of 10 people"): a statistic to cite. */
export const PEOPLE_SHARE = /\b(?:people|persons|patients|adults|children|cases|individuals|Americans)$/i;
export const POPULATION_SHARE =
  /\bof\s+(?:all\s+|the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:people|persons|adults|children|patients|those|Americans|cases|individuals|women|men|population|diabetics|sufferers|survivors|neuropathies|disorders|conditions|diseases|illnesses)\b/iu;

/**
 * A share whose outcome is left out after the first clause gave it: "Most people reach their weakest point within
 * 2 weeks, and 90% by 4 weeks". The time after the share says it counts people who reach that point by then.
 */
export const SHARE_BY_TIME = /^\s*(?:by|within|after|in)\s+(?:about\s+|around\s+)?(?:\d+|one|two|three|four|five|six|eight|ten|twelve|a few|several)\s+(?:days?|weeks?|months?|years?)\b/i;
/** People named somewhere in the sentence, the group a share with its outcome left out counts. */
export const PEOPLE_NAMED = /\b(?:people|persons|patients|adults|children|individuals|cases)\b/i;

/** A share pinned to a condition just before it: "Diabetic neuropathy being at 60-70%", "chemo-induced neuropathy at 40%". */
export const SHARE_AT = /\b(?:being|is|are|stands?|sits?)?\s*at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/i;

/**
 * A percentage that is the subject of what happens to people, with or without the group named after it:
 * "15%–20% experience lasting symptoms", "5% die", "almost 30% patients experience", "70 percent will fully recover",
 * "Most patients (about 80%) walk again".
 */
export const SHARE_AS_SUBJECT = /^\s*\)?\s*(?:(?:(?:the|all)\s+)?(?:people|persons|patients|adults|children|individuals|(?:of\s+)?cases)\b|(?:of (?:them|those|these) )?(?:(?:will|would|can|could|may|might|eventually|fully|completely|also|still|later|usually|often|go on to)\s+)*(?:experience|experiences|develop|develops|have|has|get|gets|recover|recovers|make|makes|achieve|achieves|survive|survives|die|dies|need|needs|require|requires|relapse|relapses|remain|remains|are left|end up|ends up|go on to|reach|reaches|see|sees|notice|notices|begin|begins|start|starts|follow|follows|occur|occurs|respond|responds|suffer|suffers|lose|loses|become|becomes|regain|regains|return|returns|walk|walks|improve|improves|worsen|worsens|deteriorate|deteriorates|(?:are|were|is|was)\s+(?:triggered|caused|preceded|brought\s+on))\b|(?:experiencing|developing|having|getting|recovering|making|achieving|surviving|dying|needing|requiring|relapsing|remaining|reaching|responding|suffering|losing|becoming|regaining|returning|walking|improving|worsening)\b)/i;

/** Words that make a percentage a statistic about a population: "the prevalence is roughly one percent", "a 90% recovery rate". */
export const STATISTIC_WORD = /\b(?:prevalence|incidence|mortality|(?:success|recovery|survival|cure|response|death|relapse|recurrence|remission|fatality) rates?)\b/i;

/** A change measured in per cent, just before the figure: "reduced the risk of relapse by", "improves pain by up to". */
export const CHANGED_BY = /\b(?:reduc|lower|cut|improv|increas|decreas|drop|rais|boost|slash|halv)\w*\b[^.;:]{0,60}?\bby\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|as\s+much\s+as\s+)?$/i;

/** A relative risk in per cent, right after the figure: "a 30% higher risk", "50% more likely". */
export const RISK_CHANGE = /^\s*(?:higher|lower|greater|increased|reduced|decreased|more|less)\s+(?:risk|chance|likelihood|likely|odds)\b/i;

/** The people of one study, whom a share counts: "half of the subjects", "of the 60 participants". */
export const STUDY_SAMPLE = /\bof\s+(?:the|these|those|all|its)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:subjects|participants|volunteers|respondents|enrollees|study patients)\b/iu;

/** A chance of an outcome of illness, right after the figure: "a 30% chance of remission", "a 5% risk of relapse". */
export const CHANCE_OF = /^\s*(?:chance|likelihood|probability|risk|odds)\s+(?:of|that)\s+(?:(?:a|an|the|full|complete|lasting|another)\s+)*(?:remission|recover\w*|relaps\w*|death|dying|surviv\w*|recurr\w*|improv\w*|walk\w*|paraly\w*|disabilit\w*|develop\w*|needing|need\w*|respond\w*|cure)\b/i;

/** Before a share, the chance it measures: "the chances of this are pretty low, at around 5%", "the risk is about 2%". */
export const CHANCE_BEFORE = /\b(?:chances?|risk|likelihood|probability|odds)\b[^.;:()]{0,40}$/i;

/** "50% of the time": a statistic when the sentence names a disease ("50% of the time, GBS follows an infection"), not a diary's "half of the time". */
export const SHARE_OF_TIME = /^\s*of the time\b/i;

/** Groups of people a ratio may compare. */
const GROUPS = String.raw`\b(?:women|men|females?|males?|girls|boys|people|patients|cases|adults|children)\b`;
/** A ratio of people named as one: "women outnumber men by a ratio of 9:1" (not a clock time or a dilution). */
export const PEOPLE_RATIO = new RegExp(String.raw`\bratio\b(?=.*${GROUPS})|${GROUPS}(?=.*\bratio\b)`, 'i');

/**
 * What counts as a citation near a figure: a link, a footnote or numbered reference, an
 * author-year reference, or a named source in the sentence ("according to the CDC").
 */
/** Links, footnotes and reference markers, numbered ("[2]", "(1)." at the end of a sentence) or author-year ("[Lim 2014]"): at the end of a paragraph they cite all of it. */
export const CITATION_MARK =
  /\]\(|<https?:|https?:\/\/|\[\^[^\]]+\]|\[\d+(?:[,–-]\s*\d+)*\]|\[\s*[\p{Lu}][\p{L}'’-]+(?: et al\.?)?,? (?:19|20)\d\d[a-z]?\b[^\]\n]{0,80}\]|\[(?:refs?|references?|citations?|sources?)(?:\s*\d+)?\]|\(\s*[\p{Lu}][\p{L}'-]+(?: et al\.?| and [\p{Lu}][\p{L}'-]+)?,? (?:[\p{Lu}][\p{L}.&]*\s+){0,6}(?:19|20)\d\d[a-z]?\s*[);]|(?<=[\p{L}\d%)\]]\s?)\(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\)(?=\s*[.!?](?:\s|$)|\s*$)|(?<=[\p{L})\]])[.!?]\d{1,3}(?:[,.–-]\d{1,3})*(?=\s|$)/iu;

export const CITATION = new RegExp(
  String.raw`${CITATION_MARK.source}|\bsources?:|\b(?:according to|as per|reported by|data from|estimates? (?:from|by)|a (?:\d{4} )?(?:study|review|survey)|(?:the )?researchers (?:found|reported|showed|concluded)|guidelines?|in an? (?:written |press |joint )?statement|press release)\b`,
  'iu',
);

/**
 * Named sources, case-sensitive so that "who" is not the WHO: the bodies themselves, an organisation named
 * in prose ("The Cleveland Clinic estimates", "The Sjögren’s Foundation"), a doctor named as saying it ("Dr. Smith noted") or as doing the research ("research done by Dr. Elster"), a
 * trial, database or registry named by its acronym ("the ADHERE trial", "the ALS CARE database"), a publication named in quotation marks as reporting it ("“Medical News
 * Today” reported"), and a footnote number after a sentence ("...pressure.3").
 */
export const SOURCE_NAMES =
  /\b(?:CDC|NIH|NINDS|NIDDK|NCCIH|WHO|NHS|NORD|Orphanet|Cochrane|MedlinePlus)\b|\b(?:Dr|Prof)\.? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:noted|notes|said|says|reported|reports|found|explained|explains|estimated|estimates|stated|states)\b|\b(?:research|study|studies|work|trial)\s+(?:(?:done|conducted|carried out|led|published|run)\s+)?by\s+(?:Dr|Prof|Professor)\.?\s+\p{Lu}|\b\p{Lu}{3,}[\p{Lu}\d-]* (?:trial|study|[Dd]atabase|[Rr]egistry)\b|\b\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)* (?:Clinic|Foundation|Institutes?|Association|Society|Academy|Cent(?:er|re)s?|College|University|Hospital|Organi[sz]ation|Journal|Agency|Department|Council|Network|Registry|Alliance|Medicine)\b|[“"]\p{Lu}[^”"\n]{2,60}[”"],? (?:reported|reports|said|says|found|finds|estimated|estimates|noted|notes|stated|states)\b|(?<=[\p{L})\]])[.!?]\d{1,3}(?:[,.–-]\d{1,3})*(?=\s|$)/u;

/**
 * A reference number written bare at the end of a sentence, as pages copied from journals show their
 * superscripts: "... form a continuum 5." or "... diminished reflexes 1, 2, 3." The word before it must
 * be one no count follows: "type 2.", "under 5.", "within 4 weeks" end in a number that is the figure itself.
 */
const BARE_REFERENCE = /(?<![\p{L}\d-])(\p{L}{4,})\s\d{1,3}(?:,\s?\d{1,3})*\.\s*$/u;
const COUNTED_BEFORE = new Set(
  'type stage grade level class phase step part chapter version group number under over aged than about around nearly only just from days week weeks month months year years hour hours minutes times score scale dose doses percent cent total equals equal were been with into below above least most after before until since round ages item items page pages line lines point points room floor gate count'.split(' '),
);

export function endsWithBareReference(sentence: string): boolean {
  const word = BARE_REFERENCE.exec(sentence)?.[1];
  return word !== undefined && !COUNTED_BEFORE.has(word.toLowerCase());
}

/** A text that says where all of it comes from: "This discussion is taken from a talk given by ...", "adapted from". */
export const WHOLE_TEXT_SOURCE =
  /\b(?:this|the following)\s+(?:article|discussion|page|text|information|summary|section)(?:\s+[\w'’-]+){0,6}?\s+(?:is|was)\s+(?:taken|adapted|excerpted|reprinted|reproduced|based)\s+(?:on|from)\b/i;
