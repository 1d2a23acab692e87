import type { Mention } from '../matcher';
import { splitClauses } from '../rules/claims/clauses';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import type { Span } from '../text/sentences';
import { contextOf, findTriggers, type ClaimContext, type FoundTrigger } from './context';
import { CONDITION_CUE, KIND_PREDICATE, SITE_PREDICATE, TREATMENT_PREDICATES } from './predicates';

/** A term a claim is about, as written; chunk-relative offsets. */
export interface ClaimTerm {
  termId: string;
  text: string;
  offset: number;
  endOffset: number;
  /** Not named in the clause: taken from earlier in the same sentence. */
  implicit?: boolean;
}

/**
 * One claim read from a sentence, in one shape for every kind: a condition (subject), what is said
 * about it (attribute, predicate, object), and how it is framed (polarity, certainty, attribution,
 * timing, a limiting condition).
 */
export interface Claim extends ClaimContext {
  attribute: 'treatment' | 'site' | 'kind';
  subject: ClaimTerm;
  /** The treatment, the part of the body, or the condition it is said to be a kind of. */
  object: ClaimTerm;
  /** treatment: harms | standard | works | used; site: acts-in; kind: is-a. */
  predicate: string;
  /** A question asks; it does not claim. */
  question: boolean;
  /** What limits the claim ("in children", "when other treatments have not worked"). */
  condition?: string;
  sentence: Span;
}

const CONDITION_KINDS = new Set(['disease', 'variant']);
const SITES_CLAIMED = new Set(['central', 'peripheral', 'neuromuscular-junction', 'autonomic']);

/**
 * Every claim in `block` about a condition: treatments presented for it, parts of the body it is
 * said to act in, and conditions it is said to be a kind of. Sentences without a condition are
 * skipped before any pattern runs. Never throws.
 */
export function readClaims(block: Block, terms: TermIndex): Claim[] {
  const out: Claim[] = [];
  const kindOf = (m: Mention): string => terms.get(m.termId)?.kind ?? '';
  for (const unit of block.units) {
    for (const sentence of block.sentences(unit)) {
      const mentions = block.mentionsIn(sentence.start, sentence.end);
      if (!mentions.some((m) => CONDITION_KINDS.has(kindOf(m)))) continue;
      const question = block.masked.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
      let lastSubject: Mention | undefined;
      for (const clause of splitClauses(block.masked, sentence.start, sentence.end)) {
        const inside = mentions.filter((m) => m.offset >= clause.start && m.endOffset <= clause.end);
        const named = inside.filter((m) => CONDITION_KINDS.has(kindOf(m)));
        const subjects = named.length > 0 ? named : lastSubject ? [lastSubject] : [];
        if (named.length > 0) lastSubject = named[named.length - 1];
        if (subjects.length === 0) continue;
        const reading: Reading = { block, clause, triggers: findTriggers(block.masked, clause), question, sentence, implicit: named.length === 0 };
        for (const subject of subjects) {
          for (const object of inside) {
            const claim = readPair(reading, subject, object, inside, terms);
            if (claim) out.push(claim);
          }
        }
      }
    }
  }
  return out;
}

interface Reading {
  block: Block;
  clause: Span;
  triggers: FoundTrigger[];
  question: boolean;
  sentence: Span;
  implicit: boolean;
}

function readPair(r: Reading, subject: Mention, object: Mention, inside: readonly Mention[], terms: TermIndex): Claim | undefined {
  const objectEntry = terms.get(object.termId);
  if (!objectEntry || object === subject || object.termId === subject.termId) return undefined;
  const text = r.block.masked;
  let attribute: Claim['attribute'];
  let predicate: string | undefined;
  if (objectEntry.kind === 'treatment') {
    attribute = 'treatment';
    const words = withoutNames(text, r.clause, inside);
    predicate = TREATMENT_PREDICATES.find((p) => p.cue.test(words))?.predicate;
  } else if (objectEntry.kind === 'anatomy' && SITES_CLAIMED.has(objectEntry.site)) {
    attribute = 'site';
    predicate = SITE_PREDICATE.test(between(text, subject, object, inside)) ? 'acts-in' : undefined;
  } else if (object.offset > subject.endOffset && ['disease', 'variant', 'concept'].includes(objectEntry.kind)) {
    attribute = 'kind';
    const gap = text.slice(subject.endOffset, object.offset);
    predicate = gap.length <= 60 && KIND_PREDICATE.test(gap) && /\b(?:is|are|was|were)\b/i.test(gap) ? 'is-a' : undefined;
  } else return undefined;
  if (!predicate) return undefined;
  const span = { start: Math.min(subject.offset, object.offset), end: Math.max(subject.endOffset, object.endOffset) };
  const condition = CONDITION_CUE.exec(text.slice(span.end, r.clause.end))?.[0].trim();
  return {
    attribute,
    subject: term(subject, r.implicit),
    object: term(object, false),
    predicate,
    question: r.question,
    ...contextOf(r.triggers, span),
    ...(condition ? { condition } : {}),
    sentence: r.sentence,
  };
}

function term(m: Mention, implicit: boolean): ClaimTerm {
  return { termId: m.termId, text: m.text, offset: m.offset, endOffset: m.endOffset, ...(implicit ? { implicit } : {}) };
}

/** The clause with the names in it blanked, so "plasma exchange therapy" does not read as a predicate. */
function withoutNames(text: string, clause: Span, names: readonly Mention[]): string {
  let out = '';
  let at = clause.start;
  for (const m of names) {
    out += text.slice(at, m.offset) + ' ';
    at = m.endOffset;
  }
  return out + text.slice(at, clause.end);
}

/** The words between two names, with other names blanked ("GBS affects the peripheral nerves"). */
function between(text: string, a: Mention, b: Mention, names: readonly Mention[]): string {
  const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
  const inner = names.filter((m) => m.offset >= first.endOffset && m.endOffset <= second.offset);
  return withoutNames(text, { start: first.endOffset, end: second.offset }, inner);
}
