import { WORD_PATTERN } from './normalize';
import { BETWEEN_WORDS, BE_FORMS, EXISTENTIAL, IRREGULAR_PARTICIPLES, NOT_PARTICIPLES, REPORTING_PARTICIPLES, STATE_FOLLOWERS, STATE_PARTICIPLES, STATE_PREFIXES } from './passive-words';

/** One passive construction: "be" (plus adverbs) and a past participle. Offsets are into the text given. */
export interface Passive {
  /** From the "be" word to the end of the participle. */
  start: number;
  end: number;
  /** The participle as written ("given"). */
  participle: string;
  /** A "by" phrase follows in the same clause ("was drawn by a nurse"): the sentence says who acts. */
  agent: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const BE = new Set(BE_FORMS);
const BETWEEN = new Set(BETWEEN_WORDS);
const THERE = new Set(EXISTENTIAL);
const IRREGULAR = new Set(IRREGULAR_PARTICIPLES);
const STATE = new Set(STATE_PARTICIPLES);
const STATE_AFTER = new Set(STATE_FOLLOWERS);
const NOT_PARTICIPLE = new Set(NOT_PARTICIPLES);
const REPORTING = new Set(REPORTING_PARTICIPLES);
/** How far after the participle a "by" may stand and still name who acts. */
const AGENT_WINDOW = 6;
/** Punctuation that ends a clause: a "by" after it belongs to another clause. */
const CLAUSE_BREAK = /[,;:.!?()\u2013\u2014]/;

/**
 * Passive constructions in `text` between `from` and `to` (one sentence): a form of "be", at most two
 * adverbs ("not", "often", any "-ly" word), then a past participle ("-ed" or an irregular one from the
 * data). Participles that name a state ("is tired", "are affected", "is known as"), evidence verbs
 * before "to" ("has been shown to") and existential "there is/are" are left out. Offsets are 0-based UTF-16 into `text`. Never throws.
 */
export function findPassives(text: string, from = 0, to = text.length): Passive[] {
  const tokens = tokenize(text, from, to);
  const out: Passive[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!BE.has(tokens[i]!.word) || THERE.has(tokens[i - 1]?.word ?? '')) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 2 && isBetween(tokens[j]!.word) && joined(text, tokens[j - 1]!, tokens[j]!)) j++;
    const participle = tokens[j];
    if (!participle || !joined(text, tokens[j - 1]!, participle) || !isParticiple(participle.word)) continue;
    const next = tokens[j + 1]?.word ?? '';
    if (isState(participle.word) || STATE_AFTER.has(next) || (next === 'to' && REPORTING.has(participle.word))) continue;
    out.push({ start: tokens[i]!.start, end: participle.end, participle: text.slice(participle.start, participle.end), agent: hasAgent(text, tokens, j) });
    i = j;
  }
  return out;
}

function isState(word: string): boolean {
  return STATE.has(word) || STATE_PREFIXES.some((prefix) => word.startsWith(prefix) && !IRREGULAR.has(word));
}

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(from, to).matchAll(WORD_PATTERN)) {
    const start = from + (m.index ?? 0);
    tokens.push({ word: m[0].toLowerCase().replace(/\u2019/g, "'"), start, end: start + m[0].length });
  }
  return tokens;
}

function isBetween(word: string): boolean {
  return BETWEEN.has(word) || (word.length > 4 && word.endsWith('ly'));
}

function isParticiple(word: string): boolean {
  if (IRREGULAR.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed') && !NOT_PARTICIPLE.has(word);
}

/** Only spaces between two tokens (a comma or bracket breaks the construction). */
function joined(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

function hasAgent(text: string, tokens: readonly Token[], participle: number): boolean {
  for (let k = participle + 1; k < tokens.length && k <= participle + AGENT_WINDOW; k++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (tokens[k]!.word === 'by') return true;
  }
  return false;
}
