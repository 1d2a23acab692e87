import { insideQuotation } from '../rules/claims/reported';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import type { Entry } from '../terminology/types';
import type { Mention } from '../matcher';
import type { Span } from '../text/sentences';
import { contextOf, findTriggers } from './context';
import { CONDITION_STAND_IN, REPAIR_PROMISE, STANDING_PROMISE, TREATMENT_PREDICATES, TREATS, TREATS_PEOPLE, UNNAMED_EVIDENCE } from './predicates';
import { isCondition } from './reader';
import { ListLeads } from './list-leads';
import { asksQuestion, inQuotedQuestion } from '../text/questions';

/** Words right before a name that make it what the body lacks: "deficiencies in", "a lack of", "low levels of". */
const LACKING = /\b(?:deficienc(?:y|ies)\s+(?:in|of)|lack\s+of|shortage\s+of|low\s+(?:levels?\s+of\s+)?|too\s+little)\s*$/i;

/**
 * A promise made for a treatment outside mainstream care (an entry with an `approach`): repair or
 * cure ("regenerates damaged nerves", "treats the root cause"), benefit backed by unnamed evidence
 * ("studies show chiropractic care relieves neuropathy"), or the treatment presented as treating a
 * condition rather than easing a symptom ("very effective in treating this condition"), or as a
 * success or the treatment of choice ("can successfully treat", "my main treatment").
 * Chunk-relative offsets.
 */
export interface RemedyPromise {
  remedy: Entry;
  kind: 'repair' | 'unnamed-evidence' | 'treats' | 'standing' | 'relief' | 'replaces-care';
  /** The promise words as written. */
  text: string;
  offset: number;
  endOffset: number;
  sentence: Span;
}

/**
 * A sentence that goes on about what the one before named: "These medicines...", "This treatment...",
 * or medicines of that kind named by example ("Medicines like X...", "Herbs such as Y...").
 */
const REFERS_BACK = /^\W*(?:this|these|it|they|such|(?:[\w-]+\s+)?(?:medicines|remedies|herbs|preparations|formulations|formulas|supplements)\s+(?:like|such as|including)\b)/i;
/** The remedy named again by a pointing word anywhere in the sentence: "By restoring energy, this therapy helps nerves regenerate", "Our approach ...". */
const POINTS_BACK = /\b(?:this|that|our)\s+(?:therapy|treatment|remedy|method|technique|approach|device|protocol|programme|program)\b/i;
/** A heading that names its topic as a question: "How laser therapy treats neuropathy", "Can chiropractic help?". */
const TOPIC_HEADING = /^[\s#]*(?:how|can|could|does|do|why|what|is|are|will|should)\b/i;
/** The remedy offered as a way around medical care: "without having to go through any medical process", "instead of drugs". */
const REPLACES_CARE =
  /\b(?:without\s+(?:having\s+to\s+)?(?:go(?:ing)?\s+through\s+)?(?:any\s+)?(?:medical\s+(?:process|treatment|care|procedures?|intervention)|medications?|drugs|prescriptions?|(?:seeing|visiting)\s+a\s+doctor)|instead\s+of\s+(?:medications?|drugs|prescriptions?|medical\s+(?:treatment|care)|(?:seeing|visiting)\s+a\s+doctor)|(?:no|never)\s+need\s+(?:for|to\s+take)\s+(?:medications?|drugs))\b/gi;
/** "is approved in Germany to treat ...": a regulatory status in a named country, which the writer reports; it promises no benefit. */
const APPROVED_IN_COUNTRY = /\b(?:approved|licen[cs]ed|authori[sz]ed|registered)\s+(?:as\s+an?\s+[\w-]+\s+)?in\s+(?:the\s+)?\p{Lu}\p{L}+/u;
/** A time clause the promise word sits in: "while the nerves heal", "until they recover". */
const WHILE_CLAUSE = /\b(?:while|whilst|until|till|once|after|before|when|as soon as)\b/i;
const BENEFIT = TREATMENT_PREDICATES.find((p) => p.predicate === 'works')!.cue;
const BENEFIT_OR_SUCCESS = new RegExp(`${BENEFIT.source}|\\bsuccess`, 'i');
/** The benefit word right after a word of certainty: "certainly benefit", "will definitely help". */
const SURE_BENEFIT = new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${BENEFIT.source})`, 'i');

/** `readPromises` of a whole block, kept while the engine keeps the block. */
export const blockPromises = (block: Block, terms: TermIndex): RemedyPromise[] => block.read(promisesOf, terms);

const promisesOf = (block: Block, terms: TermIndex): RemedyPromise[] => readPromises(block, terms);

/**
 * Every promise in `block` made for a treatment with an `approach`, named in the sentence or, when
 * the sentence refers back ("These medicines help..."), earlier in the same paragraph. A promise
 * that is denied, hedged, reported, a question, or about research is not the writer's and is
 * skipped, as is a paragraph naming a condition the treatment is standard care for.
 */
export function readPromises(block: Block, terms: TermIndex): RemedyPromise[] {
  const out: RemedyPromise[] = [];
  const isRemedy = (termId: string): boolean => terms.remedy(termId) !== undefined;
  // Most blocks name no such treatment: one pass over their mentions settles it.
  if (!block.mentions.some((m) => isRemedy(m.termId))) return out;
  const leads = new ListLeads(block, terms);
  // The last remedy named in the chunk: "Our approach ..." may open the paragraph after the one that names it.
  let earlier: Entry | undefined;
  for (const unit of block.units) {
    const mentions = block.mentionsIn(unit.start, unit.end);
    const inUnit = mentions.map((m) => m.termId);
    // "## Acetyl-L-carnitine" or "Benefits include:" then "- Regenerating injured nerves".
    const lead = leads.next(unit);
    if (lead) out.push(...itemPromises(block, block.sentences(unit), lead, terms));
    if (!inUnit.some(isRemedy)) continue;
    // "# How Laser Therapy Treats Neuropathy Pain" announces a topic the way a question does.
    if (unit.kind === 'heading' && TOPIC_HEADING.test(block.masked.slice(unit.start, unit.end))) continue;
    const aboutCondition = mentions.some((m) => isCondition(m, terms));
    for (const sentence of block.sentences(unit)) {
      const text = block.masked.slice(sentence.start, sentence.end);
      // "deficiencies in B vitamins" names what is lacking, not a remedy given.
      const named = block.mentionsIn(sentence.start, sentence.end).flatMap((m) => (LACKING.test(block.masked.slice(sentence.start, m.offset)) ? [] : (terms.remedy(m.termId) ?? [])));
      const remedy = named[0] ?? (REFERS_BACK.test(text) || POINTS_BACK.test(text) ? earlier : undefined);
      if (named.length > 0) earlier = named[named.length - 1];
      if (!remedy || asksQuestion(text)) continue;
      // A passage quoted from an advertisement or a source is its claim, not the writer's.
      if (insideQuotation(block.masked, unit.start, sentence.start)) continue;
      // Standard care for a condition is no promise: a sentence naming it (and no other condition), or one naming no
      // condition in a paragraph that does ("Chiropractors treat back pain" is; "...treat neuropathy" beside it is not).
      // A condition outside the conditions the remedy's source judged counts as one it is standard care for.
      // A kind of a condition the remedy is standard for counts as that condition ("vitamin deficiencies" under micronutrient deficiency).
      const standard = (m: Mention): boolean => terms.isKindOf(m.termId, remedy.approach!.standardFor ?? []) || (isCondition(m, terms) && !terms.outsideCare(remedy, m.termId));
      const here = block.mentionsIn(sentence.start, sentence.end);
      const conditionsHere = here.filter((m) => isCondition(m, terms));
      const excused = here.some(standard) ? conditionsHere.every(standard) : conditionsHere.length === 0 && mentions.some(standard);
      if (excused) continue;
      out.push(...promisesIn(block, sentence, remedy, terms, aboutCondition));
    }
  }
  return out;
}

/** The first promise in `sentence` that is the writer's own, if any. */
export function promisesIn(block: Block, sentence: Span, remedy: Entry, terms: TermIndex, aboutCondition: boolean): RemedyPromise[] {
  const text = block.masked.slice(sentence.start, sentence.end);
  const triggers = findTriggers(block.masked, sentence);
  const evidence = new RegExp(UNNAMED_EVIDENCE, 'i').exec(text);
  // `claim` is where the promise is judged (negated, hedged...); the finding marks `start`..`end`.
  const found: Array<{ start: number; end: number; claim: number; kind: RemedyPromise['kind'] }> = [];
  for (const m of text.matchAll(REPAIR_PROMISE)) found.push({ start: m.index, end: m.index + m[0].length, claim: m.index, kind: 'repair' });
  for (const m of text.matchAll(REPLACES_CARE)) found.push({ start: m.index, end: m.index + m[0].length, claim: 0, kind: 'replaces-care' });
  const benefit = evidence ? BENEFIT_OR_SUCCESS.exec(text.slice(evidence.index)) : null;
  // "Research shows" for a remedy outside mainstream care is the claim whatever it is said to show; "has been proven to" needs a benefit.
  if (evidence && (benefit || !/^(?:has|have)\b/i.test(evidence[0]))) found.push({ start: evidence.index, end: evidence.index + evidence[0].length, claim: evidence.index + (benefit?.index ?? 0), kind: 'unnamed-evidence' });
  found.push(...treatsCondition(block, sentence, terms));
  // "IVIG is the main treatment, and herbs..." speaks of IVIG: only a sentence naming no mainstream treatment counts.
  if (!namesMainstream(block, sentence, terms)) {
    for (const m of text.matchAll(STANDING_PROMISE)) found.push({ start: m.index, end: m.index + m[0].length, claim: m.index, kind: 'standing' });
  }
  // A remedy with no evidence for any condition promises too much even when it only eases a symptom.
  if (aboutCondition || isUnsupported(remedy)) found.push(...reliefOf(block, sentence, remedy, terms, isUnsupported(remedy) ? UNSUPPORTED_RELIEF : RELIEF_WORDS));
  // "patients certainly benefit": a benefit stated as certain is a promise whatever it is said to help.
  const sure = triggers.find((t) => t.category === 'absolute' && t.start >= sentence.start);
  const sureBenefit = sure && SURE_BENEFIT.exec(block.masked.slice(sure.end, sentence.end));
  if (sure && sureBenefit) found.push({ start: sure.start - sentence.start, end: sure.end - sentence.start + sureBenefit[0].length, claim: sure.start - sentence.start, kind: 'standing' });
  for (const f of found) {
    const span = { start: sentence.start + f.start, end: sentence.start + f.end };
    // "without" and "instead of" negate what follows them, not the offer: the offer is judged up to them.
    const judged = f.kind === 'replaces-care' ? { start: sentence.start, end: span.start } : { start: sentence.start + f.claim, end: Math.max(span.end, sentence.start + f.claim + 1) };
    const context = contextOf(triggers, judged);
    // Research described as research is not a promise, unless the sentence says it proved something.
    const studied = context.timing !== undefined && !evidence;
    if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer' || studied) continue;
    // 'the convention concluded was "the only agent ... reversing ..."': a quoted source's words, not the writer's.
    if (quotedFromSource(block.masked, sentence.start, span.start) || inQuotedQuestion(block.masked, sentence.start, sentence.end, span.start)) continue;
    // "ALA is approved in Germany to treat diabetic neuropathy" states a licence, true or not where the writer says.
    if (f.kind === 'treats' && APPROVED_IN_COUNTRY.test(text)) continue;
    // "...eases tight muscles while the nerves heal": the healing is time passing, not the treatment's doing.
    if (f.kind === 'repair' && WHILE_CLAUSE.test(text.slice(0, f.start).split(/[,;:]/).pop() ?? '')) continue;
    // One finding a sentence: "regenerate fibres and heal nerves" is one promise, not two.
    return [{ remedy, kind: f.kind, text: block.text.slice(span.start, span.end), offset: span.start, endOffset: span.end, sentence }];
  }
  return [];
}

/**
 * "helps with diabetic neuropathy", "effective in treating this condition": the benefit word and
 * the condition it acts on, sentence-relative. A sentence naming a symptom is about relief and is
 * left alone ("acupuncture can help with the pain of neuropathy").
 */
function treatsCondition(block: Block, sentence: Span, terms: TermIndex): Array<{ start: number; end: number; claim: number; kind: 'treats' }> {
  const mentions = block.mentionsIn(sentence.start, sentence.end);
  if (mentions.some((m) => terms.get(m.termId)?.kind === 'symptom')) return [];
  const text = block.masked.slice(sentence.start, sentence.end);
  const conditions = [
    // A class of conditions ("autoimmune diseases", "infections") is treated as much as one condition is.
    ...mentions.filter((m) => isCondition(m, terms) || terms.get(m.termId)?.implies !== undefined).map((m) => ({ start: m.offset - sentence.start, end: m.endOffset - sentence.start })),
    ...[...text.matchAll(CONDITION_STAND_IN)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ].sort((a, b) => a.start - b.start);
  // The remedy is the one that treats: the benefit words come after its name ("Fortunately, treatments
  // are available to manage this condition, and chiropractic care..." speaks of other treatments first).
  const remedyAt = mentions.find((m) => terms.remedy(m.termId));
  const from = remedyAt ? remedyAt.endOffset - sentence.start : 0;
  for (const c of conditions) {
    if (c.start < from) {
      // "GBS can be improved by acupuncture": the condition first, in the passive, then the remedy.
      const passive = remedyAt ? TREATED_BY.exec(text.slice(c.end, remedyAt.offset - sentence.start)) : null;
      if (passive) return [{ start: c.start, end: remedyAt!.endOffset - sentence.start, claim: c.end + passive.index, kind: 'treats' }];
      // "Herbs which can be used to treat this disorder include ginseng": the treating words, the condition, then the remedy listed.
      const treats = TREATS.exec(text.slice(0, c.start));
      if (treats && remedyAt && LISTED_AFTER.test(text.slice(c.end, remedyAt.offset - sentence.start))) return [{ start: treats.index, end: remedyAt.endOffset - sentence.start, claim: treats.index, kind: 'treats' }];
      continue;
    }
    const before = text.slice(0, c.start);
    const m = TREATS.exec(before) ?? TREATS_PEOPLE.exec(before);
    if (m) return [{ start: m.index, end: c.end, claim: m.index, kind: 'treats' }];
  }
  return [];
}

/** Between a condition and the remedies it lists: "include", "are", "such as", perhaps with one word of the name ("include Asian ginseng"). */
const LISTED_AFTER = /^\W*(?:includes?|including|are|is|such as|like)\s*:?\s*(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** Between a condition and a remedy, the passive of treating: "(GBS) can be improved by (acupuncture)", "is treated successfully with", "has different causes, all of which can be treated by". */
const TREATED_BY =
  /^\W*(?:\([^)]*\)\s*)?(?:[^.;:]{0,40}?\b(?:all|most|many|each|any|every\s+one)\s+of\s+(?:which|them)\s+)?(?:can|will|could|may|might|should)?\s*(?:be|is|are|was|were|been)\s+(?:\w+ly\s+)?(?:improved|treated|cured|reversed|healed|helped|managed|relieved|alleviated|resolved)\s+(?:\w+ly\s+)?(?:by|with|through|using)\s+(?:the\s+|a\s+|an\s+)?$/i;

function namesMainstream(block: Block, sentence: Span, terms: TermIndex): boolean {
  return block.mentionsIn(sentence.start, sentence.end).some((m) => {
    const entry = terms.get(m.termId);
    return entry?.kind === 'treatment' && entry.approach === undefined;
  });
}

/** A benefit word, then only linking words before a symptom: "relieve the pain", "reduces tingling and numbness". */
const RELIEF = /\b(?:relieves?|relieved|relieving|reduces?|reduced|reducing|eases?|eased|easing|alleviates?|alleviated|soothes?|soothing|eliminates?|treats?|treating|improves?|combats?|combating|combatting)\b/gi;
const LINKING = /^(?:\s*(?:the|your|their|its|this|these|those|of|with|and|or|nerve|neuropathic|neuropathy|chronic|painful|common|many|symptoms?|signs?|such as|like|including)\b)*\s*$/i;
/**
 * For a remedy with no evidence for any condition, an item's indication is a promise too: "Gelsemium –
 * For muscle weakness", "Helps with gradual paralysis", "prevents progressive paralysis".
 */
const RELIEF_OF_UNSUPPORTED = new RegExp(`${RELIEF.source}|\\b(?:helps?\\s+(?:with|against)|prevents?|(?<=^\\W*(?:[\\p{L}-]+\\s+){0,3}[–—-]\\s*)for)\\b`, 'giu');

/** A remedy whose source finds no reliable evidence that it works for any condition (homeopathy). */
function isUnsupported(remedy: Entry): boolean {
  return remedy.approach?.kind === 'unsupported';
}

/** The relief words and what may stand between them and the symptom. */
interface ReliefWords {
  relief: RegExp;
  linking: RegExp;
}
const RELIEF_WORDS: ReliefWords = { relief: RELIEF, linking: LINKING };
/** For an unsupported remedy, two describing words may also come between: "helps with gradual muscle paralysis". */
const UNSUPPORTED_RELIEF: ReliefWords = { relief: RELIEF_OF_UNSUPPORTED, linking: new RegExp(`${LINKING.source}|^\\s*(?:[\\p{L}-]+\\s+){0,2}$`, 'iu') };
/** Words that make relief something some people report, not a promise. */
const SOME_PEOPLE = /\b(?:some|a few|many people find|people report|temporary|temporarily|short-term)\b/i;

/**
 * Relief of a symptom promised outright in a paragraph about a condition ("Chiropractic care relieves
 * the pain and numbness of neuropathy", "laser therapy can successfully treat the pain"): no guideline
 * NeuroTerm carries recommends these treatments for neuropathy, so the benefit needs its evidence.
 */
function reliefOf(block: Block, sentence: Span, remedy: Entry, terms: TermIndex, { relief, linking }: ReliefWords): Array<{ start: number; end: number; claim: number; kind: 'relief' }> {
  const text = block.masked.slice(sentence.start, sentence.end);
  if (SOME_PEOPLE.test(text)) return [];
  const mentions = block.mentionsIn(sentence.start, sentence.end);
  const symptoms = mentions.filter((m) => terms.get(m.termId)?.kind === 'symptom');
  // The treatment is the one doing the relieving: its name comes first ("Acupuncture reduces tingling"), or "It..." refers back.
  const named = mentions.find((m) => m.termId === remedy.id);
  const from = named ? named.endOffset - sentence.start : 0;
  for (const m of text.slice(from).matchAll(relief)) {
    m.index += from;
    const end = m.index + m[0].length;
    const symptom = symptoms.find((s) => s.offset - sentence.start >= end && linking.test(text.slice(end, s.offset - sentence.start)));
    if (symptom) return [{ start: m.index, end: symptom.endOffset - sentence.start, claim: m.index, kind: 'relief' }];
  }
  return [];
}

/**
 * Promises in list items about a lead treatment: repair, cure and proven-success promises only, since
 * a list of benefits may fairly name relief, which reviews do report for symptoms.
 */
export function itemPromises(block: Block, items: readonly Span[], remedy: Entry, terms: TermIndex): RemedyPromise[] {
  const aboutCondition = block.mentions.some((m) => isCondition(m, terms));
  // A remedy with no evidence for any condition is the exception: its list of indications is its promise.
  return items.flatMap((sentence) => promisesIn(block, sentence, remedy, terms, aboutCondition)).filter((p) => p.kind !== 'relief' || isUnsupported(remedy));
}

/** Words that hand a quotation to its source: "concluded", "said", "wrote", "called it". */
const QUOTE_INTRO = /\b(?:concluded|conclude[sd]?|said|says|stated|states|wrote|writes|found|reported|reports|noted|notes|called|calls|described|describes|declared)\b[^"“”.;]{0,20}["“]\s*$/i;

/** True when `at` lies in a quotation opened within the sentence right after a reporting word. */
function quotedFromSource(text: string, sentenceStart: number, at: number): boolean {
  if (!insideQuotation(text, sentenceStart, at)) return false;
  const open = Math.max(text.lastIndexOf('"', at), text.lastIndexOf('“', at));
  return open >= sentenceStart && QUOTE_INTRO.test(text.slice(sentenceStart, open + 1));
}
