import { REJECTED } from '../numeric-claim/cues';
import { findFigures, type Figure } from '../numeric-claim/figures';
import type { Block, Report } from '../rule';

/** Words after a denominator that still mean people: "per 100,000 people", "per 100,000 person-years". */
const PEOPLE = /^(?:people|persons?|person-years|population|adults|children|patients|individuals|inhabitants|residents|cases|year|years|each|every|a|an|per|in|of|and|or|the)$/i;

/** A sentence that already gives a natural frequency ("1 in 100,000", "one in 200"). */
const HAS_NATURAL_FREQUENCY = /\b(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?\d/i;

/**
 * Small risks are read better as natural frequencies ("about 1 in 200 people") than as percentages
 * below 1% or rates per 100,000 (health-numeracy research; CDC Clear Communication Index, item on
 * numbers). A hint per figure, with a fix that adds the natural frequency in brackets after it.
 */
export function naturalFrequencyHints(block: Block, report: Report): void {
  for (const unit of block.units) {
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      // A figure quoted in order to reject it ("which is far too high") needs no better wording.
      if (!/\d/.test(text) || HAS_NATURAL_FREQUENCY.test(text) || REJECTED.test(text)) continue;
      for (const figure of findFigures(block.masked, sentence.start, sentence.end)) {
        const counted = countedIn(block.masked, figure.endOffset);
        const natural = naturalFrequency(figure, counted.unit);
        if (!natural) continue;
        report({
          severity: 'hint',
          message: `Patients read small risks more easily as a natural frequency: "${figure.text}" is ${natural}.`,
          offset: figure.offset,
          endOffset: figure.endOffset,
          actual: figure.text,
          termId: null,
          fixes: [{ offset: counted.end, endOffset: counted.end, newText: ` (${natural})`, title: `Add "(${natural})"` }],
        });
      }
    }
  }
}

/** What a rate counts in ("doses" in "2 per million doses", otherwise people) and where its words end. */
function countedIn(text: string, figureEnd: number): { unit: string; end: number } {
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(figureEnd, figureEnd + 40));
  const word = next?.[1];
  if (!next || !word || !/s$/.test(word) || PEOPLE.test(word)) return { unit: 'people', end: figureEnd };
  return { unit: word.toLowerCase(), end: figureEnd + next[0].length };
}

/** "about 1 in 200 people", or a range "about 1 in 1,000 to 1 in 200 people"; undefined when not a small risk. */
export function naturalFrequency(figure: Figure, unit = 'people'): string | undefined {
  let perPerson: [number, number];
  if (figure.kind === 'percent' && figure.high < 1) perPerson = [figure.low / 100, figure.high / 100];
  // Only rates "per" a population: "2 in every 100,000" is already a natural frequency, and so is "1 per 100,000".
  else if (figure.kind === 'rate' && /\bper\b/i.test(figure.text) && !/^(?:1|one)\s+per\b/i.test(figure.text)) perPerson = [figure.low / 100_000, figure.high / 100_000];
  else return undefined;
  if (!(perPerson[0] > 0)) return undefined;
  const [rarest, commonest] = perPerson.map((p) => oneIn(p)) as [string, string];
  return rarest === commonest ? `about 1 in ${rarest} ${unit}` : `about 1 in ${rarest} to 1 in ${commonest} ${unit}`;
}

/** 1/p rounded to two significant figures and grouped with commas: 0.003 -> "330". */
function oneIn(p: number): string {
  const n = 1 / p;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return (Math.round(n / magnitude) * magnitude).toLocaleString('en-US');
}
