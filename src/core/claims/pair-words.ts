// The word-level tests the claim reader applies to a pair of names in a clause: which names are
// conditions, whether another condition or place stands between them, and the words between them with
// other names blanked.
import type { Mention } from '../matcher';
import { isNeuropathyConcept, type TermIndex } from '../terminology/term-index';
import type { Span } from '../text/sentences';
import { SITE_PREDICATE } from './predicates';

export const CONDITION_KINDS = new Set(['disease', 'variant']);

/**
 * A condition a claim can be about: a disease or variant, or the concept of peripheral neuropathy
 * by its name ("neuropathy", not an everyday phrase such as "nerve damage"), which writers place in
 * the body as often as any disease ("neuropathy is damage to the spinal cord").
 */
export function isCondition(m: Mention, terms: TermIndex): boolean {
  const entry = terms.get(m.termId);
  if (!entry) return false;
  return CONDITION_KINDS.has(entry.kind) || (isNeuropathyConcept(entry) && m.form !== 'lay');
}

/** A mention of a condition the terminology marks immune-mediated (GBS, CIDP, lupus). */
export function isImmuneCondition(m: Mention, terms: TermIndex): boolean {
  return terms.get(m.termId)?.immuneMediated === true && isCondition(m, terms);
}

/** Sites a sentence can wrongly place a condition in. */
export const SITES_CLAIMED = new Set(['central', 'peripheral', 'neuromuscular-junction', 'autonomic']);

/** A disease of the nervous system: what a page is about, unlike "an infection" or "diabetes" named as a cause. */
export function isNervousDisease(m: Mention, terms: TermIndex): boolean {
  const entry = terms.get(m.termId);
  return entry !== undefined && CONDITION_KINDS.has(entry.kind) && SITES_CLAIMED.has(entry.site ?? '');
}

/**
 * A site predicate between a condition and a part of the body. Before the part, it must come
 * within a few words of it ("attacks the myelin in the brain"), so in "the brain is damaged and
 * cannot send signals to the nerves" the damage stays with the brain.
 */
export function placesIn(gap: string, subjectFirst: boolean): boolean {
  if (!subjectFirst) return SITE_PREDICATE.test(gap);
  let last: RegExpExecArray | null = null;
  const all = new RegExp(SITE_PREDICATE.source, 'gi');
  for (let m = all.exec(gap); m; m = all.exec(gap)) last = m;
  if (!last) return false;
  const after = gap.slice(last.index + last[0].length).trim();
  // "affects how signals travel between the brain and the body": the part is where signals go, not the damage.
  if (SIGNAL_PATH.test(after)) return false;
  return after === '' || after.split(/\s+/).length <= 5;
}

/** Right before a part of the body, words that make it a landmark: nerves "that leave the spinal cord", "coming from the brain". */
export const LANDMARK_BEFORE = /\b(?:leav\w*|exit\w*|from|out of|outside(?:\s+of)?|beyond|branch\w*\s+(?:off|out)?)\s+(?:the\s+|your\s+)?$/i;

/** Words that make the part after them a signal's route: "travel between", "carry messages to", "send signals from". */
const SIGNAL_PATH = /\b(?:travel\w*|carr(?:y|ies|ying)|send\w*|pass\w*|relay\w*|between)\b/i;

/**
 * True when another condition stands between the subject and the object and is not coordinated with
 * the subject: in "triggered by infections, GBS attacks the nerves" the nerves belong to GBS, and in
 * "it helps CIDP and MS relapses that do not settle with steroids" the steroids belong to MS, while
 * in "GBS, CIDP and MMN attack the nerves" the nerves belong to all three.
 */
export function conditionBetween(text: string, subject: Mention, object: Mention, names: readonly Mention[], terms: TermIndex): boolean {
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
export function otherPlaceBefore(text: string, subject: Mention, object: Mention, names: readonly Mention[], terms: TermIndex): boolean {
  if (object.offset < subject.offset) return false;
  const site = terms.get(object.termId)?.site;
  return names.some((m) => {
    const entry = terms.get(m.termId);
    // A plain body word with no site ("the nerves", "the legs") is another place too.
    if (!entry || entry.kind !== 'anatomy' || !(SITES_CLAIMED.has(entry.site) || entry.site === 'none') || entry.site === site) return false;
    if (m.offset < subject.endOffset || m.endOffset > object.offset) return false;
    const gap = text.slice(m.endOffset, object.offset);
    // "the immune system attacks the spinal cord": the body word acts; "the myelin in the brain": the brain is where.
    if (SITE_PREDICATE.test(gap) || /^\s*(?:in|within|inside)\s+(?:the\s+|your\s+)?$/i.test(gap)) return false;
    return !/^\s*,?\s*(?:(?:and|or|as well as|(?:but |and )?not|rather than|instead of)\s+)?(?:even\s+)?(?:the\s+|your\s+)?$/i.test(gap);
  });
}

/** The head noun of a name that says what kind of thing it is: "demyelinating diseases" is diseases. */
const KIND_HEAD = /\b(?:diseases?|disorders?|conditions?|illness(?:es)?)$/i;

/**
 * The clause with the names in it blanked, so "plasma exchange therapy" does not read as a predicate.
 * A name's kind noun stays ("MS and CIDP are demyelinating diseases of the peripheral nerves").
 */
export function withoutNames(text: string, clause: Span, names: readonly Mention[]): string {
  let out = '';
  let at = clause.start;
  for (const m of names) {
    if (m.offset < clause.start || m.endOffset > clause.end) continue;
    out += text.slice(at, m.offset) + ' ' + (KIND_HEAD.exec(m.text)?.[0] ?? '');
    at = m.endOffset;
  }
  return out + text.slice(at, clause.end);
}

/** The words between two names, with other names blanked ("GBS affects the peripheral nerves"). */
export function between(text: string, a: Mention, b: Mention, names: readonly Mention[]): string {
  const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
  const inner = names.filter((m) => m.offset >= first.endOffset && m.endOffset <= second.offset);
  return withoutNames(text, { start: first.endOffset, end: second.offset }, inner);
}

/** "Diabetes and other autoimmune diseases", "GBS or other kinds of neuropathy": the name given as one of a class. */
export const OTHERS_OF_CLASS = /^\s*,?\s*(?:and|or)\s+(?:many\s+|several\s+|some\s+|various\s+)?other\s+(?:(?:types?|forms?|kinds?)\s+of\s+)?$/i;
/** "Autoimmune diseases such as lupus": a class, then the names given as its examples. */
const EXAMPLES_FOLLOW = /^\s*,?\s*(?:such as|like|including|e\.g\.,?|for example,?)\s+/i;
/** What may join the names of a list of examples. */
const LIST_JOIN = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/i;
/** Before a class, words that make it the thing compared with, not the class named: "conditions that mimic autoimmune diseases, such as". */
const CLASS_COMPARED = /\b(?:mimic\w*|resembl\w*|unlike|than|from|besides|mistaken\s+for|confused\s+with|not|non|except|without)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "Autoimmune diseases such as lupus, MS and diabetes": `subject` is one of the examples listed right
 * after the class `cls`, every name before it in the list joined by commas, "and" or "or". Only a
 * class the writer names as one holds ("conditions that mimic autoimmune diseases, such as").
 */
export function namedAsExample(text: string, clauseStart: number, cls: Mention, subject: Mention, inside: readonly Mention[], terms: TermIndex): boolean {
  const cue = EXAMPLES_FOLLOW.exec(text.slice(cls.endOffset, subject.offset));
  if (!cue || classCompared(text, clauseStart, cls.offset)) return false;
  // "CIDP, like multiple sclerosis, ...": "like" after one named disease compares two; after a class it gives examples.
  if (/like/i.test(cue[0]) && !cls.plural && terms.get(cls.termId)?.kind !== 'concept') return false;
  let at = cls.endOffset + cue[0].length;
  for (const m of inside) {
    if (m.offset < at || m.endOffset > subject.offset) continue;
    if (!LIST_JOIN.test(text.slice(at, m.offset))) return false;
    at = m.endOffset;
  }
  const join = text.slice(at, subject.offset);
  // "Often triggered by infections such as Campylobacter, GBS exemplifies ...": after a bare comma, a name that
  // a verb follows opens the main clause; it ends no list.
  if (/^\s*,\s*$/.test(join) && /^\s+\p{Ll}/u.test(text.slice(subject.endOffset, subject.endOffset + 3))) return false;
  return LIST_JOIN.test(join);
}

/** "Unlike diabetes and other autoimmune diseases", "conditions that mimic autoimmune diseases": what stands before `at` compares rather than classes. */
export function classCompared(text: string, clauseStart: number, at: number): boolean {
  return CLASS_COMPARED.test(text.slice(clauseStart, at));
}
