import type { Mention } from '../matcher';
import { splitClauses } from '../rules/claims/clauses';
import type { Block } from '../rules/rule';
import { splitCoordinated } from '../rules/treatment-claim/coordinated';
import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import { pronounSentences, topicMention } from '../rules/claims/topic';
import { STAND_IN_NOUNS } from '../rules/claims/sentences';
import { withElidedNames } from './elided';
import type { Span } from '../text/sentences';
import { contextOf, findTriggers, type ClaimContext, type FoundTrigger } from './context';
import { COMPARED_WITH } from './triggers';
import { CLAIM_END, CONDITION_CUE, EFFECT_STATED, GOOD_OPTION, KIND_PREDICATE, ORDER_REFERENCE, TREATMENT_PREDICATES } from './predicates';
import { CONDITION_KINDS, LANDMARK_BEFORE, OTHERS_OF_CLASS, SITES_CLAIMED, between, classCompared, conditionBetween, isCondition, isNervousDisease, namedAsExample, otherPlaceBefore, placesIn, withoutNames } from './pair-words';
import { asksQuestion } from '../text/questions';

export { isCondition } from './pair-words';

/** "is a type of", "is a kind of", "is just a word for" right before a symptom: the condition called that symptom. */
const SYMPTOM_KIND =
  /^\s*(?:is|are)\s+(?:(?:an?\s+|one\s+)?(?:[\w-]+\s+){0,2}(?:type|form|kind|sort)s?\s+of|(?:just\s+|simply\s+|only\s+)?(?:an?|the|another)\s+(?:[\w-]+\s+){0,2}(?:word|term|name)\s+for)\s+$/i;
/** "is a (rare) ___ disease": the words before a part of the body used as the kind of illness. */
const PLACE_AS_KIND = /^\s*(?:is|are)\s+(?:an?\s+)(?:[\w-]+\s+){0,2}$/i;
/** Longest clause, and most names in one, read for claims (real clauses stay far below; see `readClaims`). */
const MAX_CLAUSE_CHARS = 1_500;
const MAX_CLAUSE_NAMES = 40;
/** "a pain disorder": the symptom's name used as the kind of illness. */
const ILLNESS_WORD = /^\s*(?:disorders?|conditions?|diseases?|syndromes?|illness(?:es)?)\b/i;

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
    // The nervous-system disease the last sentence opened with, and the last one the paragraph named.
    let openedWith: Mention | undefined;
    let lastDisease: Mention | undefined;
    for (const sentence of block.sentences(unit)) {
      const pronoun = topic && pronouns.find((p) => p.offset >= sentence.start && p.offset < sentence.end);
      // "the central and peripheral nervous systems" names both systems.
      const written = withElidedNames(block.masked, block.mentionsIn(sentence.start, sentence.end), terms);
      // "It" opening a sentence on a page about one condition or treatment stands for it; "This disease"
      // or "It" after a sentence about a disease stands for that disease.
      const resolved = pronoun ? undefined : paragraphStandIn(block.masked, sentence, written, openedWith, lastDisease, terms);
      const mentions = pronoun
        ? [standIn(topic, pronoun.offset, pronoun.endOffset, block.masked), ...written]
        : resolved
          ? [resolved, ...written.filter((m) => m.offset >= resolved.endOffset || m.endOffset <= resolved.offset)]
          : written;
      const diseases = written.filter((m) => isNervousDisease(m, terms) && !terms.get(m.termId)?.general);
      openedWith = diseases[0] && OPENS_WITH.test(block.masked.slice(sentence.start, diseases[0].offset)) ? diseases[0] : undefined;
      lastDisease = diseases[diseases.length - 1] ?? lastDisease;
      const conditions = mentions.filter((m) => isCondition(m, terms));
      const carried = conditions.length === 0 && unit.kind === 'paragraph' && mentions.some((m) => terms.get(m.termId)?.kind === 'treatment') ? paragraphSubject : undefined;
      if (conditions.length > 0) paragraphSubject = conditions[conditions.length - 1];
      if (conditions.length === 0 && !carried) continue;
      const question = asksQuestion(block.masked.slice(sentence.start, sentence.end));
      let lastSubject: Mention | undefined = carried;
      // "Steroids help CIDP, and IVIG is preferred in MMN" is two claims, a list joined by ", and" one.
      const clauses = splitClauses(block.masked, sentence.start, sentence.end).flatMap((c) => splitCoordinated(block.masked, c, mentions, terms));
      const aside = asidesIn(block.masked, sentence);
      for (const clause of clauses) {
        const inside = mentions.filter((m) => m.offset >= clause.start && m.endOffset <= clause.end);
        // A "clause" longer or fuller of names than any a reader follows is a pasted keyword list or a
        // run-on export: each pair of names is read against the whole clause, so its claims are not read.
        if (clause.end - clause.start > MAX_CLAUSE_CHARS || inside.length > MAX_CLAUSE_NAMES) continue;
        // "MS (unlike CIDP) is a disease of the brain": the name in the aside is not what the clause is about.
        const named = inside.filter((m) => isCondition(m, terms) && !aside.some((a) => m.offset >= a.start && m.endOffset <= a.end));
        const subjects = named.length > 0 ? named : lastSubject ? [lastSubject] : [];
        if (named.length > 0) lastSubject = named[named.length - 1];
        if (subjects.length === 0) continue;
        // Triggers frame a claim once one is read; most pairs are none, so they are found on first use.
        let triggers: FoundTrigger[] | undefined;
        const reading: Reading = { block, clause, triggers: () => (triggers ??= findTriggers(block.masked, clause)), question, sentence, implicit: named.length === 0 };
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
  triggers: () => FoundTrigger[];
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
    effective = predicate === 'works' ? EFFECT_STATED.test(words) : predicate === 'used' && GOOD_OPTION.test(words);
  } else if (objectEntry.kind === 'anatomy' && SITES_CLAIMED.has(objectEntry.site)) {
    attribute = 'site';
    const nearest = !conditionBetween(text, subject, object, inside, terms) && !otherPlaceBefore(text, subject, object, inside, terms);
    const words = between(text, subject, object, inside);
    // "Miller Fisher syndrome is a brainstem disease": the part names the kind of illness.
    const placeAsKind = subject.offset < object.offset && PLACE_AS_KIND.test(words) && ILLNESS_WORD.test(text.slice(object.endOffset));
    // "Nerves that leave the spinal cord can be damaged in neuropathy": the part is where the nerves start, a landmark.
    const landmark = LANDMARK_BEFORE.test(text.slice(Math.max(r.clause.start, object.offset - 40), object.offset));
    predicate = nearest && !landmark && !ORDER_REFERENCE.test(words) && (placesIn(words, subject.offset < object.offset) || placeAsKind) ? 'acts-in' : undefined;
  } else if (CLASS_KINDS.has(objectEntry.kind) && !objectEntry.general && (object.offset > subject.endOffset || namedAsExample(text, r.clause.start, object, subject, inside, terms))) {
    // A general word ("a disease", "an illness") places the condition in no class the facts could contradict.
    attribute = 'kind';
    if (object.offset > subject.endOffset) {
      const gap = withoutRestatement(text.slice(subject.endOffset, object.offset), subject, inside);
      const called = gap.length <= 60 && KIND_PREDICATE.test(gap) && /\b(?:is|are|was|were)\b/i.test(gap);
      predicate = called || (OTHERS_OF_CLASS.test(gap) && !classCompared(text, r.clause.start, subject.offset)) ? 'is-a' : undefined;
    } else predicate = 'is-a';
  } else if (object.offset > subject.endOffset && objectEntry.kind === 'symptom') {
    // "Neuropathy is a debilitating type of pain", "a pain disorder": a condition called one of its symptoms.
    attribute = 'kind';
    const gap = text.slice(subject.endOffset, object.offset);
    // "an extremely painful condition" describes the illness; only the symptom's noun names a kind ("a pain disorder").
    const adjective = /ful$/i.test(object.text);
    const called = SYMPTOM_KIND.test(gap) || (!adjective && /^\s*(?:is|are)\s+(?:an?\s+)(?:[\w-]+\s+){0,2}$/i.test(gap) && ILLNESS_WORD.test(text.slice(object.endOffset)));
    predicate = gap.length <= 60 && called ? 'is-a' : undefined;
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
    ...contextOf(r.triggers().filter((t) => t.start < part.end), span),
    ...(condition ? { condition } : {}),
    sentence: r.sentence,
  };
}

const CLASS_KINDS = new Set(['disease', 'variant', 'concept']);

/** An aside set off by brackets or commas that names something the sentence is not about: "(unlike CIDP)", ", except MMN,". */
const ASIDE = new RegExp(String.raw`[(,]\s*(?:except(?:\s+for)?|${COMPARED_WITH})\s+[^(),;.]{1,80}?(?:\)|,)`, 'giu');

function asidesIn(text: string, sentence: Span): Span[] {
  return [...text.slice(sentence.start, sentence.end).matchAll(ASIDE)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
}

/**
 * The words between a subject and what it is called, without the subject's own name restated in brackets:
 * "Chronic inflammatory demyelinating polyneuropathy (CIDP) is a ..." reads " is a " after the long form, and
 * after "CIDP" the closing bracket is left out.
 */
function withoutRestatement(gap: string, subject: Mention, inside: readonly Mention[]): string {
  const restated = /^\s*\(([^()]{1,60})\)/.exec(gap);
  if (restated) {
    const from = subject.endOffset + restated.index + restated[0].indexOf(restated[1]!);
    const names = inside.filter((m) => m.offset >= from && m.endOffset <= from + restated[1]!.length);
    return names.length > 0 && names.every((m) => m.termId === subject.termId) ? gap.slice(restated[0].length) : gap;
  }
  const closing = /^\s*\)/.exec(gap);
  const opened = closing && inside.some((m) => m !== subject && m.termId === subject.termId && m.endOffset <= subject.offset);
  return opened ? gap.slice(closing[0].length) : gap;
}

function term(m: Mention, implicit: boolean): ClaimTerm {
  const stands = implicit || standIns.has(m);
  return { termId: m.termId, text: m.text, offset: m.offset, endOffset: m.endOffset, ...(stands ? { implicit: true } : {}) };
}

/** At most two words ("The", "Acute") before the name a sentence opens with. */
const OPENS_WITH = /^\W*(?:[\p{L}-]+\s+){0,2}$/u;
/** "This disease", "Because the condition", "It" opening a sentence: words that stand for a disease named before. */
const STANDS_FOR_DISEASE = new RegExp(`^\\W*(?:(?:because|since|as|although|while|and|but|so)\\s+)?((?:this|the)\\s+${STAND_IN_NOUNS})\\b`, 'i');
const STANDS_FOR_OPENER = /^\W*(It)\s+(?!is\s+(?:important|best|possible|likely|hard|difficult|rare|common|not clear|unclear|thought|believed|estimated)\b)/;

/**
 * A made-up mention for words that stand for a disease named earlier in the paragraph: "This disease"
 * or "the condition" for the last nervous-system disease named, "It" only right after a sentence that
 * opened with one ("MMN is rare. It targets the muscles"). None where the sentence names a condition itself.
 */
function paragraphStandIn(masked: string, sentence: Span, written: readonly Mention[], openedWith: Mention | undefined, lastDisease: Mention | undefined, terms: TermIndex): Mention | undefined {
  const text = masked.slice(sentence.start, sentence.end);
  const phrase = STANDS_FOR_DISEASE.exec(text);
  const opener = phrase ? undefined : STANDS_FOR_OPENER.exec(text);
  const target = phrase ? lastDisease : opener ? openedWith : undefined;
  const words = phrase ?? opener;
  if (!target || !words) return undefined;
  const offset = sentence.start + words[0].lastIndexOf(words[1]!);
  const endOffset = offset + words[1]!.length;
  // "disease" in "this disease" is a general word; a real name there is the subject itself.
  if (written.some((m) => m.offset < endOffset && m.endOffset > offset && !terms.get(m.termId)?.general)) return undefined;
  return { ...target, text: masked.slice(offset, endOffset), offset, endOffset };
}

/** Mentions made up for an "It" that stands for the page's topic: their claims are marked implicit. */
const standIns = new WeakSet<Mention>();

function standIn(topic: Entry, offset: number, endOffset: number, text: string): Mention {
  const mention = topicMention(topic, offset, endOffset, text.slice(offset, endOffset));
  standIns.add(mention);
  return mention;
}
