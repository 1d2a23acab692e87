import type { Mention } from '../matcher';
import { splitClauses } from '../rules/claims/clauses';
import type { Block } from '../rules/rule';
import { splitCoordinated } from '../rules/treatment-claim/coordinated';
import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import { pronounSentences, topicMention } from '../rules/claims/topic';
import { withElidedNames } from './elided';
import type { Span } from '../text/sentences';
import { contextOf, findTriggers, type ClaimContext, type FoundTrigger } from './context';
import { CLAIM_END, CONDITION_CUE, EFFECT_STATED, KIND_PREDICATE, ORDER_REFERENCE, SITE_PREDICATE, TREATMENT_PREDICATES } from './predicates';

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
  /** A treatment said to be effective or to work well, not only to help (`works` claims). */
  effective?: boolean;
  /** What limits the claim ("in children", "when other treatments have not worked"). */
  condition?: string;
  sentence: Span;
}

const CONDITION_KINDS = new Set(['disease', 'variant']);

/**
 * A condition a claim can be about: a disease or variant, or the concept of peripheral neuropathy
 * by its name ("neuropathy", not an everyday phrase such as "nerve damage"), which writers place in
 * the body as often as any disease ("neuropathy is damage to the spinal cord").
 */
export function isCondition(m: Mention, terms: TermIndex): boolean {
  const entry = terms.get(m.termId);
  if (!entry) return false;
  return CONDITION_KINDS.has(entry.kind) || (entry.kind === 'concept' && entry.peripheralNeuropathy === true && m.form !== 'lay');
}
const SITES_CLAIMED = new Set(['central', 'peripheral', 'neuromuscular-junction', 'autonomic']);

/**
 * `readClaims` of a whole block, kept while the engine keeps the block (its chunk text is unchanged),
 * so the rules that read claims share one reading and a keystroke re-reads only edited chunks.
 */
export const blockClaims = (block: Block, terms: TermIndex): Claim[] => block.read(claimsOf, terms);

const claimsOf = (block: Block, terms: TermIndex): Claim[] => readClaims(block, terms);

export interface ReadOptions {
  /** The page's topic (its title's term): a sentence opening with "It" is read as being about it. */
  topic?: Entry;
}

/**
 * Every claim in `block` about a condition: treatments presented for it, parts of the body it is
 * said to act in, and conditions it is said to be a kind of. Sentences without a condition are
 * skipped before any pattern runs. Never throws.
 */
export function readClaims(block: Block, terms: TermIndex, options: ReadOptions = {}): Claim[] {
  const out: Claim[] = [];
  const { topic } = options;
  const pronouns = topic ? pronounSentences(block) : [];
  for (const unit of block.units) {
    // The condition a paragraph is about: "Treatment for MMN varies. For others, treatment consists of IVIG."
    let paragraphSubject: Mention | undefined;
    for (const sentence of block.sentences(unit)) {
      const pronoun = topic && pronouns.find((p) => p.offset >= sentence.start && p.offset < sentence.end);
      // "the central and peripheral nervous systems" names both systems.
      const written = withElidedNames(block.masked, block.mentionsIn(sentence.start, sentence.end), terms);
      // "It" opening a sentence on a page about one condition or treatment stands for it.
      const mentions = pronoun ? [standIn(topic, pronoun.offset, pronoun.endOffset, block.masked), ...written] : written;
      const conditions = mentions.filter((m) => isCondition(m, terms));
      const carried = conditions.length === 0 && unit.kind === 'paragraph' && mentions.some((m) => terms.get(m.termId)?.kind === 'treatment') ? paragraphSubject : undefined;
      if (conditions.length > 0) paragraphSubject = conditions[conditions.length - 1];
      if (conditions.length === 0 && !carried) continue;
      const question = block.masked.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
      let lastSubject: Mention | undefined = carried;
      // "Steroids help CIDP, and IVIG is preferred in MMN" is two claims, a list joined by ", and" one.
      const clauses = splitClauses(block.masked, sentence.start, sentence.end).flatMap((c) => splitCoordinated(block.masked, c, mentions, terms));
      for (const clause of clauses) {
        const inside = mentions.filter((m) => m.offset >= clause.start && m.endOffset <= clause.end);
        const named = inside.filter((m) => isCondition(m, terms));
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
  const span = { start: Math.min(subject.offset, object.offset), end: Math.max(subject.endOffset, object.endOffset) };
  // A reason or condition after both names ("because they can make weakness worse", "when IVIG
  // stops working") qualifies the claim; its words are not the claim's predicate or negation.
  const tail = CLAIM_END.exec(text.slice(span.end, r.clause.end));
  const part = { start: r.clause.start, end: tail ? span.end + tail.index : r.clause.end };
  let attribute: Claim['attribute'];
  let predicate: string | undefined;
  let effective = false;
  if (objectEntry.kind === 'treatment') {
    // Treatments are judged per disease; the concept of neuropathy has no verdicts.
    if (!CONDITION_KINDS.has(terms.get(subject.termId)?.kind ?? '')) return undefined;
    attribute = 'treatment';
    // Care words filed as concepts ("first-line treatments", "maintenance therapy") are the predicate, not a name.
    const words = withoutNames(text, part, inside.filter((m) => terms.get(m.termId)?.kind !== 'concept' || isCondition(m, terms)));
    const nearest = !conditionBetween(text, subject, object, inside, terms);
    predicate = nearest ? TREATMENT_PREDICATES.find((p) => p.cue.test(words))?.predicate : undefined;
    effective = predicate === 'works' && EFFECT_STATED.test(words);
  } else if (objectEntry.kind === 'anatomy' && SITES_CLAIMED.has(objectEntry.site)) {
    attribute = 'site';
    const nearest = !conditionBetween(text, subject, object, inside, terms) && !otherPlaceBefore(text, subject, object, inside, terms);
    const words = between(text, subject, object, inside);
    predicate = nearest && !ORDER_REFERENCE.test(words) && placesIn(words, subject.offset < object.offset) ? 'acts-in' : undefined;
  } else if (object.offset > subject.endOffset && ['disease', 'variant', 'concept'].includes(objectEntry.kind)) {
    attribute = 'kind';
    const gap = text.slice(subject.endOffset, object.offset);
    predicate = gap.length <= 60 && KIND_PREDICATE.test(gap) && /\b(?:is|are|was|were)\b/i.test(gap) ? 'is-a' : undefined;
  } else return undefined;
  if (!predicate) return undefined;
  const condition = CONDITION_CUE.exec(text.slice(span.end, r.clause.end))?.[0].trim();
  return {
    attribute,
    subject: term(subject, r.implicit),
    object: term(object, false),
    predicate,
    question: r.question,
    ...(effective ? { effective } : {}),
    ...contextOf(r.triggers.filter((t) => t.start < part.end), span),
    ...(condition ? { condition } : {}),
    sentence: r.sentence,
  };
}

/**
 * A site predicate between a condition and a part of the body. Before the part, it must come
 * within a few words of it ("attacks the myelin in the brain"), so in "the brain is damaged and
 * cannot send signals to the nerves" the damage stays with the brain.
 */
function placesIn(gap: string, subjectFirst: boolean): boolean {
  if (!subjectFirst) return SITE_PREDICATE.test(gap);
  let last: RegExpExecArray | null = null;
  const all = new RegExp(SITE_PREDICATE.source, 'gi');
  for (let m = all.exec(gap); m; m = all.exec(gap)) last = m;
  if (!last) return false;
  const after = gap.slice(last.index + last[0].length).trim();
  return after === '' || after.split(/\s+/).length <= 5;
}

function term(m: Mention, implicit: boolean): ClaimTerm {
  const stands = implicit || standIns.has(m);
  return { termId: m.termId, text: m.text, offset: m.offset, endOffset: m.endOffset, ...(stands ? { implicit: true } : {}) };
}

/** Mentions made up for an "It" that stands for the page's topic: their claims are marked implicit. */
const standIns = new WeakSet<Mention>();

function standIn(topic: Entry, offset: number, endOffset: number, text: string): Mention {
  const mention = topicMention(topic, offset, endOffset, text.slice(offset, endOffset));
  standIns.add(mention);
  return mention;
}

/**
 * True when another condition stands between the subject and the object and is not coordinated with
 * the subject: in "triggered by infections, GBS attacks the nerves" the nerves belong to GBS, and in
 * "it helps CIDP and MS relapses that do not settle with steroids" the steroids belong to MS, while
 * in "GBS, CIDP and MMN attack the nerves" the nerves belong to all three.
 */
function conditionBetween(text: string, subject: Mention, object: Mention, names: readonly Mention[], terms: TermIndex): boolean {
  const [first, second] = subject.offset < object.offset ? [subject, object] : [object, subject];
  const others = names.filter(
    (m) => m.offset >= first.endOffset && m.endOffset <= second.offset && isCondition(m, terms),
  );
  if (others.length === 0) return false;
  // Subject first: the chain subject, others... must be one coordinated list; object first: others follow the subject's side.
  const chain = subject.offset < object.offset ? [subject, ...others] : [...others, subject];
  const gaps = chain.slice(1).map((m, i) => text.slice(chain[i]!.endOffset, m.offset));
  return !(gaps.every((g) => /^\s*,?\s*(?:(?:and|or)\s+)?$/.test(g)) && gaps.some((g) => /\b(?:and|or)\b/.test(g)));
}

/**
 * True when, between the subject and the part of the body, another part with a different site
 * stands that is not listed with it: in "GBS attacks the nerves coming out of the spinal cord" the
 * attack is on the nerves, while "MS damages the brain and spinal cord" names both and "GBS affects
 * the nerves, not the brain" contrasts them.
 */
function otherPlaceBefore(text: string, subject: Mention, object: Mention, names: readonly Mention[], terms: TermIndex): boolean {
  if (object.offset < subject.offset) return false;
  const site = terms.get(object.termId)?.site;
  return names.some((m) => {
    const entry = terms.get(m.termId);
    // A plain body word with no site ("the nerves", "the legs") is another place too.
    if (!entry || entry.kind !== 'anatomy' || !(SITES_CLAIMED.has(entry.site) || entry.site === 'none') || entry.site === site) return false;
    if (m.offset < subject.endOffset || m.endOffset > object.offset) return false;
    return !/^\s*,?\s*(?:(?:and|or|as well as|(?:but |and )?not|rather than|instead of)\s+)?(?:even\s+)?(?:the\s+|your\s+)?$/i.test(text.slice(m.endOffset, object.offset));
  });
}

/** The clause with the names in it blanked, so "plasma exchange therapy" does not read as a predicate. */
function withoutNames(text: string, clause: Span, names: readonly Mention[]): string {
  let out = '';
  let at = clause.start;
  for (const m of names) {
    if (m.offset < clause.start || m.endOffset > clause.end) continue;
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
