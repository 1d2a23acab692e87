/**
 * Finds numeric figures in prose and normalises them: rates to "per 100,000", durations to a
 * [low, high] interval in days, percentages as they stand. Pure string work, no terminology.
 */

/** What a figure measures, as far as its own words say. */
export type FigureKind = 'rate' | 'percent' | 'duration' | 'count' | 'ratio' | 'times';

export interface Figure {
  kind: FigureKind;
  /** The stated value or range: per 100,000 for rates, days for durations, percent or a plain count. */
  low: number;
  high: number;
  offset: number;
  endOffset: number;
  text: string;
  /** "Most patients", "nearly all": a share in words, compared with key numbers but never a statistic to cite. */
  vague?: true;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100,
};
/** Number words a figure may start with ("eighty per cent", "two in three people"); not "a" or "hundred". */
const NUMBER_WORDS = Object.keys(WORD_NUMBERS).filter((w) => w.length > 2 && w !== 'hundred').join('|');
/** A word fraction with no numerator before it: "half of", "a quarter of". */
const BARE_FRACTION = String.raw`(?:a\s+)?(?:half|third|quarter|fifth)`;
/** A unit of text without a digit, one of these words or a word fraction holds no figure. */
export const MAY_HOLD_FIGURE = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS}|million|thousand|half|third|quarter|fifth|twice|thrice|most|majority|nearly all|almost all|few|minority|fraction|hardly any|couple|several|rare|rarely|seldom|an? (?:day|week|month|year))\b`, 'i');
/** A majority in words: "most patients", "the vast majority of people", "nearly all children". */
const MAJORITY = String.raw`(most|(?:the\s+)?(?:vast\s+|great\s+)?majority|nearly\s+all|almost\s+all)`;
/** A rough count of time units in words: "a few days", "a couple of weeks", "several months". */
const ROUGH_COUNT = String.raw`(a\s+few|a\s+couple\s+of|several)`;
const ROUGH_COUNTS: Record<string, [number, number]> = { 'a few': [2, 5], 'a couple of': [2, 3], several: [3, 7] };
/** A minority in words: "only a few people", "a small fraction of patients", "hardly any children". */
const MINORITY = String.raw`(?:only\s+)?((?:very\s+)?few|a\s+(?:very\s+)?few|a\s+(?:small\s+|tiny\s+)?(?:minority|fraction)|hardly\s+any)`;
/** The largest share "rarely" can stand for, in percent. */
const RARE_AT_MOST = 10;
/** Rarity in words: "rarely", "only very rarely", "in rare cases", "on rare occasions", "seldom". */
const RARITY = String.raw`(?:(?:only|very|extremely)\s+)*(?:rarely|seldom)\b|in\s+(?:(?:very|extremely)\s+)?rare\s+(?:cases|circumstances|instances|situations)\b|on\s+rare\s+occasions\b`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${NUMBER_WORDS})`;
/** A count just before an opening bracket: "Eighteen (", "51 (". */
export const COUNT_BEFORE_BRACKET = new RegExp(String.raw`\b${NUM}\s*\(\s*$`, 'i');
const RANGE = String.raw`(?:between\s+)?(${NUM})(?:\s*(?:-|–|—|to|and|or)\s*(${NUM}))?`;
/** A range whose first number may carry its own percent sign: "15%–20%", "between 0.1% and 4%". */
const PERCENT_RANGE = String.raw`(?:between\s+)?(${NUM})(?:\s*(?:%|percent|per cent)?\s*(?:-|–|—|to|and|or)\s*(${NUM}))?`;
/** A word fraction's denominator: "thirds" -> 3. */
const FRACTION_PARTS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 };
/** A population size: grouped digits ("50,000"), a bare 100000, or words ("a million"). Never a year. */
const DENOMINATOR = String.raw`(\d{1,3}(?:(?:,\s?|\s)\d{3})+|100000|1000000|(?:a\s+|one\s+)?hundred\s+thousand|(?:a\s+)?million|(?:a\s+)?thousand)`;

/** A multiplier word: "twice as common in men". */
const MULTIPLIER = String.raw`(?:twice|thrice)`;
const MULTIPLIERS: Record<string, number> = { twice: 2, thrice: 3 };

/** "at least a month", "within a week": one unit of time after a bound, where "a" is the number. */
const ONE_UNIT = String.raw`(?<=\b(?:at\s+least|at\s+most|more\s+than|less\s+than|under|over|within|up\s+to)\s+)an?(?=\s+(?:day|week|month|year)\b)`;
/** Where a figure may start: a number, "between" before one, or a bare word fraction. One scan finds them all. */
const CANDIDATE = new RegExp(String.raw`\b(?:(?:between\s+)?${NUM}|an?\s+(?:million|thousand)|${BARE_FRACTION}|${MULTIPLIER}|${MAJORITY}|${MINORITY}|${RARITY}|${ROUGH_COUNT}|${ONE_UNIT})\b`, 'gi');
const at = (source: string): RegExp => new RegExp(source, 'iy');

/**
 * The figure patterns, tried in this order at each candidate (sticky, so only there): a rate wins
 * over the share, percentage, duration or head count that starts at the same number.
 */
type PatternKind = FigureKind | 'share' | 'fraction' | 'majority' | 'minority' | 'rarity' | 'rough-duration' | 'one-unit' | 'word-count';
const PATTERNS: ReadonlyArray<{ kind: PatternKind; pattern: RegExp }> = [
  // "most of the patients", "the majority of people": more than half, in words
  { kind: 'majority', pattern: at(String.raw`${MAJORITY}\s+(?:of\s+(?:the\s+|those\s+|these\s+)?)?(?:people|persons|patients|children|adults|cases|individuals|those|sufferers)\b`) },
  // "only a few people", "a small fraction of patients": well under half, in words
  { kind: 'minority', pattern: at(String.raw`${MINORITY}\s+(?:of\s+(?:the\s+|those\s+|these\s+)?)?(?:people|persons|patients|children|adults|cases|individuals|those|sufferers)\b`) },
  // "rarely", "in rare cases": a small share of people, in words
  { kind: 'rarity', pattern: at(RARITY) },
  // "1 to 4 per 100,000", "2 cases in every 100,000 people", "1 in 50,000", "1.1/100,000", "1:40,000"
  { kind: 'rate', pattern: at(String.raw`${RANGE}(?:\s*[\/:]\s*|\s+(?:new\s+)?(?:cases?\s+|people\s+|persons?\s+|adults?\s+|individuals?\s+|patients?\s+|child\s+|children\s+)?(?:per|in|out of|for every|of every|every)\s+(?:every\s+)?)${DENOMINATOR}\b`) },
  // "8 out of 10 people", "two in three people", "seven of ten people": a share, read as a percentage
  // "one in every 15 American adults": one describing word may stand before the group
  // "(about 1 to 2 out of 10)": "out of" in brackets names its group outside them
  { kind: 'share', pattern: at(String.raw`${RANGE}\s+(?:(?:out\s+of|in|of)\s+(?:every\s+)?(${NUM})\s+(?:[\w-]+\s+)?(?:people|persons|patients|adults|children|cases|individuals|Americans)\b|out\s+of\s+(${NUM})(?=\s*\)))`) },
  // "4%", "4 to 15 percent", "15%–20%", "between 0.1% and 4%"
  { kind: 'percent', pattern: at(String.raw`${PERCENT_RANGE}\s*(?:%|percent\b|per cent\b)`) },
  // "two-thirds of", "one quarter of", "a quarter of", "half of": a word fraction of a group, read as a percentage
  // "half the people with diabetes": no "of" before a group of people
  { kind: 'fraction', pattern: at(String.raw`(?:(one|two|three|four|a)[\s-])?(halves|half|thirds?|quarters?|fifths?)(?:\s+of\b|(?=\s+(?:the|all)\s+(?:people|persons|patients|adults|children|cases|individuals|diabetics)\b))`) },
  // "with about one-third suffering some permanent weakness": a word fraction of the group just named, before what it does
  { kind: 'fraction', pattern: at(String.raw`(?<=\bwith\s+(?:(?:about|around|roughly|nearly|approximately|almost|over|some|up\s+to)\s+)?)(?:(one|two|three|four|a)[\s-])?(halves|half|thirds?|quarters?|fifths?)(?=\s+\w+ing\b)`) },
  // "About half develop facial weakness": a word fraction of the people the page is about, before what they do
  { kind: 'fraction', pattern: at(String.raw`(?<=\b(?:about|around|roughly|nearly|approximately|almost|over|some|up\s+to)\s+)(?:(one|two|three|four|a)[\s-])?(halves|half|thirds?|quarters?|fifths?)(?=\s+(?:develop|have|get|need|require|recover|die|end\s+up|go\s+on|are\s+left|experience|suffer|lose|regain|walk|make|will)\b)`) },
  // "a few days", "a couple of weeks", "several months": a rough duration in words
  { kind: 'rough-duration', pattern: at(String.raw`${ROUGH_COUNT}\s+(days|weeks|months|years)\b`) },
  // "at least a month", "within a week": one unit after a bound (not "once a week", "a year ago")
  { kind: 'one-unit', pattern: at(String.raw`${ONE_UNIT}\s+(day|week|month|year)\b`) },
  // "4 weeks", "two to four weeks", "an 8-week course"; not an age ("a 50-year-old woman", "six months old")
  { kind: 'duration', pattern: at(String.raw`${RANGE}[\s-]*(days?|weeks?|months?|years?)\b(?![\s-]+old\b)`) },
  // "1.5 times more likely", "three times as common": a relative figure comparing groups
  { kind: 'times', pattern: at(String.raw`${RANGE}\s+times(?=\s+(?:more|less|as|higher|lower|greater)\b)`) },
  // "twice as common in men", "twice the risk": a multiplier word comparing groups
  { kind: 'times', pattern: at(String.raw`(${MULTIPLIER})(?=\s+(?:as\s+(?:common|likely|frequent|frequently|often|many|high)|the\s+(?:risk|rate|number|chance))\b)`) },
  // "9:1", "2.5:1": a ratio (a statistic only where its sentence says "ratio")
  { kind: 'ratio', pattern: at(String.raw`(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)(?![\d:])`) },
  // "3,000 to 6,000 people", "about 7,000 cases", "20 million people", "some 4 million other Americans"
  // "3 million+ Americans": a plus sign after the number says "at least"
  { kind: 'count', pattern: at(String.raw`${RANGE}(?:\s+(million|thousand))?\+?\s+(?:new\s+|other\s+)?(?:people|persons|adults|children|cases|patients|Americans?|Canadians|Australians|Britons|Europeans|individuals|sufferers|diabetics|women|men|affected|diagnosed)\b`) },
  // "half a million Americans", "a million people": a count in words, with no digit or number word
  { kind: 'word-count', pattern: at(String.raw`(half\s+)?an?\s+(million|thousand)\s+(?:people|persons|adults|children|cases|patients|Americans?|Canadians|Australians|Britons|Europeans|individuals|sufferers|women|men)\b`) },
  // "30,000 to 40,000 amputations a year", "5,000 LEAs /yr": a yearly count of events
  { kind: 'count', pattern: at(String.raw`${RANGE}(?:\s+(million|thousand))?\s+(?:[\w'’.-]+\s+){0,2}?(?:\/\s*(?:yr|year)|per year|a year|each year|every year|annually)\b`) },
];

const YEAR = /^(?:19|20)\d\d$/;
const DATE_BEFORE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|in|since|until|till|during|early|late|mid)[.,]?\s+$/i;

/** Days per unit as a [shortest, longest] pair: a month is 28 to 31 days. */
const DAYS: Record<string, [number, number]> = { day: [1, 1], week: [7, 7], month: [28, 31], year: [365, 366] };

function value(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const word = WORD_NUMBERS[raw.toLowerCase()] ?? MULTIPLIERS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** A word fraction as a percentage; "half of" alone is one half. The figure's text leaves out the "of". */
function fraction(m: RegExpExecArray, place: { offset: number; text: string }): Figure | undefined {
  const a = m[1] === undefined ? 1 : value(m[1])!;
  const parts = FRACTION_PARTS[m[2]!.toLowerCase()];
  if (!parts || a > parts) return undefined;
  const text = place.text.replace(/\s+of$/i, '');
  return { kind: 'percent', low: (a * 100) / parts, high: (a * 100) / parts, offset: place.offset, endOffset: place.offset + text.length, text };
}

/** The population a denominator names, as a number. */
function population(denominator: string): number {
  const d = denominator.toLowerCase().replace(/^a\s+/, '');
  if (d === 'million') return 1_000_000;
  if (d === 'thousand') return 1_000;
  if (/^(?:one\s+)?hundred\s+thousand$/.test(d)) return 100_000;
  return Number(d.replace(/[, ]/g, ''));
}

/** Words whose number names a kind or a step: "type 2 diabetes", "stage 3", "phase 2 trial". */
const NAME_NUMBER_BEFORE = /\b(?:type|stage|grade|phase|class|level|step|part|version)\s+$/i;

/** Words that make "one day" after them a length of time. */
const SPAN_BEFORE = /\b(?:in|within|over|for|after|by|about|around|than|of|under|to|least|most|only|just|first|last|a|per)\s+$/i;

/**
 * Every figure in `text` between `start` and `end`, left to right, without overlaps. Offsets are
 * into `text`. One scan for numbers, then the patterns only where a number starts; never throws.
 */
export function findFigures(text: string, start: number, end: number): Figure[] {
  const slice = text.slice(start, end);
  const found: Figure[] = [];
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(slice); c; c = CANDIDATE.exec(slice)) {
    // "in November 2021 after around a year of symptoms": a year after a month or "in" is a date, not a count.
    if (YEAR.test(c[0]) && DATE_BEFORE.test(slice.slice(Math.max(0, c.index - 12), c.index))) continue;
    // "Diabetes type 2 – 30%", "stage 3": a number that is part of a name, not a figure (nor the start of a range).
    if (NAME_NUMBER_BEFORE.test(slice.slice(Math.max(0, c.index - 10), c.index)) && /^\d/.test(c[0])) continue;
    // "He woke up one day unable to walk": "one day" is a day in a story, a length of time only after "in", "within", "for"...
    if (/^one$/i.test(c[0]) && /^one[\s-]+day\b/i.test(slice.slice(c.index)) && !SPAN_BEFORE.test(slice.slice(Math.max(0, c.index - 20), c.index))) continue;
    for (const { kind, pattern } of PATTERNS) {
      pattern.lastIndex = c.index;
      const m = pattern.exec(slice);
      const figure = m ? toFigure(kind, m, start) : undefined;
      if (!figure) continue;
      found.push(figure);
      CANDIDATE.lastIndex = c.index + m![0].length;
      break;
    }
  }
  return found;
}

function toFigure(kind: PatternKind, m: RegExpExecArray, base: number): Figure | undefined {
  const place = { offset: base + m.index, endOffset: base + m.index + m[0].length, text: m[0] };
  if (kind === 'fraction') return fraction(m, place);
  if (kind === 'majority') return { kind: 'percent', low: /^(?:nearly|almost)/i.test(m[1]!) ? 90 : 51, high: 100, vague: true, ...place };
  // Read loosely: "a minority" is under half; "few" and "a small fraction" at most a quarter or so.
  if (kind === 'rough-duration') {
    const [low, high] = ROUGH_COUNTS[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? [2, 7];
    const unit = DAYS[m[2]!.toLowerCase().replace(/s$/, '')];
    return unit ? { kind: 'duration', low: low * unit[0], high: high * unit[1], vague: true, ...place } : undefined;
  }
  if (kind === 'one-unit') {
    const unit = DAYS[m[1]!.toLowerCase()];
    return unit ? { kind: 'duration', low: unit[0], high: unit[1], ...place } : undefined;
  }
  // Read loosely: "rarely" is one in ten or fewer.
  if (kind === 'rarity') return { kind: 'percent', low: 0, high: RARE_AT_MOST, vague: true, ...place };
  if (kind === 'word-count') {
    const size = (m[2]!.toLowerCase() === 'million' ? 1_000_000 : 1_000) * (m[1] ? 0.5 : 1);
    return { kind: 'count', low: size, high: size, ...place };
  }
  if (kind === 'minority') return { kind: 'percent', low: 0, high: /minority/i.test(m[1]!) ? 49 : 25, vague: true, ...place };
  const a = value(m[1]);
  if (a === undefined) return undefined;
  const b = value(m[2]) ?? a;
  switch (kind) {
    case 'rate': {
      const size = population(m[3]!);
      return size > 0 ? { kind, low: (a * 100_000) / size, high: (b * 100_000) / size, ...place } : undefined;
    }
    case 'share': {
      const whole = value(m[3] ?? m[4]);
      if (whole === undefined || whole <= 0 || b > whole) return undefined;
      return { kind: 'percent', low: (a * 100) / whole, high: (b * 100) / whole, ...place };
    }
    case 'ratio': {
      const to = value(m[2]);
      return to ? { kind, low: a / to, high: a / to, ...place } : undefined;
    }
    case 'count': {
      const scale = m[3] ? (m[3].toLowerCase() === 'million' ? 1_000_000 : 1_000) : 1;
      return { kind, low: a * scale, high: b * scale, ...place };
    }
    case 'duration': {
      const unit = DAYS[m[3]!.toLowerCase().replace(/s$/, '')];
      return unit ? { kind, low: a * unit[0], high: b * unit[1], ...place } : undefined;
    }
    default:
      return { kind, low: a, high: b, ...place };
  }
}
