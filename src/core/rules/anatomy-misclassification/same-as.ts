import type { Mention } from '../../matcher';
import { isNeuropathyConcept, type TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';
import { APPOSITION_AFTER, NAMED_AS, NAMED_WHEN, NAMING_HEDGE, ONE_FORM, OR_NAMED, STAND_IN_BEFORE } from './cues';
import { asksQuestion } from '../../text/questions';

/** Words that make the next name a modifier of an earlier head ("neuropathy caused by celiac"). */
const MODIFIER_BEFORE = /\b(?:caused by|due to|from|in|with|of|after|by|linked to|related to)\s*$/i;

/** At most a couple of words before the subject: "Guillain-Barré syndrome, or AIDP, ...", "The Guillain-Barré syndrome or ...". */
const OPENS_SENTENCE = /^\W*(?:[\p{L}-]+\s+){0,2}$/u;

/** A name that ends in a word for a kind of illness: "neurological disorder", "autoimmune disease". */
const CLASS_NOUN = /\b(?:disorders?|diseases?|conditions?|illness(?:es)?|problems?)$/i;

/** What may be called by another name (X), and what that name must be (Y) for the claim to be checked. */
const NAMED_KINDS = new Set(['disease', 'variant', 'concept']);
const NAME_KINDS = new Set(['disease', 'variant']);
/** What a name after "caused by", "with"... can modify: a condition, a sign, or neuropathy itself ("neuropathy caused by celiac"), not "diagnosed". */
const HEAD_KINDS = new Set(['disease', 'variant', 'symptom']);

/**
 * One condition given another condition's name: "Chronic demyelination is also known as CIDP", "small
 * fiber neuropathy ... The condition is also referred to as autonomic neuropathy". Two entries are the
 * same condition only when the terminology makes one a form of the other (AIDP and GBS); names of one
 * entry are its own forms and never reach here. Quiet when the naming is hedged or denied ("sometimes
 * called", "is not known as"), narrowed to some cases ("when the cause is unknown") or reported. Chunk-relative and pure.
 */
export function sameAsFindings(block: Block, terms: TermIndex): SameAs {
  const out: SameAs = { findings: [], unresolved: [] };
  const named = (m: Mention): boolean => NAMED_KINDS.has(terms.get(m.termId)?.kind ?? '');
  for (const { unit, span } of sentencesAbout(block, named)) {
    const text = block.masked.slice(span.start, span.end);
    if (REPORTED_BELIEF.test(text)) continue;
    const inside = block.mentionsIn(span.start, span.end);
    for (const name of inside) {
      const entry = terms.get(name.termId);
      // A lay form is a loose name ("monoclonal protein" for the gammopathy): calling something by it is no claim of identity.
      if (!entry || !NAME_KINDS.has(entry.kind) || name.form === 'lay') continue;
      // "ALS, a nervous system disorder commonly referred to as Lou Gehrig's disease": the other name of a condition already named.
      if (inside.some((m) => m.termId === entry.id && m.offset < name.offset)) continue;
      const before = text.slice(0, name.offset - span.start);
      const namedAs = NAMED_AS.exec(before);
      const orNamed = namedAs ? null : OR_NAMED.exec(before);
      const gap = namedAs ?? orNamed;
      if (!gap || NAMING_HEDGE.test(gap[0]) || NAMED_WHEN.test(text.slice(name.endOffset - span.start))) continue;
      if (orNamed && (asksQuestion(text) || !APPOSITION_AFTER.test(text.slice(name.endOffset - span.start)))) continue;
      const head = before.slice(0, gap.index);
      // "It is also known as..." stands for the last condition the paragraph named, not a concept ("inflammation").
      const previous = [...block.mentionsIn(unit.start, span.start)].reverse().find((m) => NAME_KINDS.has(terms.get(m.termId)?.kind ?? ''));
      const subject = conditionNamed(subjectBefore(head, span.start, inside, previous), text, span.start, inside, previous, terms);
      if (!subject && STAND_IN_BEFORE.test(head)) out.unresolved.push({ name, actual: block.text.slice(name.offset, name.endOffset) });
      // "Damage in the ANS is referred to as dysautonomia": what is named is the damage, a word that is no entry.
      if (subject && inUnnamedHead(text.slice(0, subject.offset - span.start), span.start, inside)) continue;
      // "disorders referred to as monoclonal gammopathies": a general word names no condition to confuse; nor
      // does an everyday description given its medical name ("This nerve damage, known as small fiber neuropathy").
      // Nor does a word for a whole class of illness that belongs to no part of the body ("a rare neurological
      // condition known as Miller Fisher syndrome").
      const subjectEntry = subject ? terms.get(subject.termId) : undefined;
      const classWord = subjectEntry?.kind === 'concept' && subjectEntry.site === 'none' && CLASS_NOUN.test(subjectEntry.preferred);
      const other = subject && !subjectEntry?.general && !classWord && subject.form !== 'lay' ? subjectEntry : undefined;
      // "Neuropathy caused by celiac is also called gluten neuropathy": the name before the naming words
      // modifies another; only "the whole called by a form" needs it to be the subject itself.
      const modifier = subject !== undefined && modifiesHead(text.slice(0, subject.offset - span.start), span.start, inside, terms);
      const oneForm = modifier || ONE_FORM.test(text.slice(name.endOffset - span.start));
      // After "or", only a form of the condition is a second name; two conditions are a choice.
      // It must also be the sentence's subject: "Doctors test for GBS or AMAN" offers a choice.
      if (other && orNamed && (!terms.ancestors(entry).includes(other.id) || !OPENS_SENTENCE.test(text.slice(0, subject!.offset - span.start)))) continue;
      if (other) out.findings.push(...sameAsFinding(other, name, block.text.slice(name.offset, name.endOffset), terms, oneForm));
    }
  }
  return out;
}

/** A block's findings, and names given to "The condition" where the paragraph names none: the document step reads those as about the page's topic. */
export interface SameAs {
  findings: RawFinding[];
  unresolved: Array<{ name: Mention; actual: string }>;
}

/**
 * The finding when `named` is given the name of a different condition (`at`). A form and the condition
 * it is a form of are one line, so "AIDP, also known as GBS" is quiet; the whole called by one of its
 * forms ("GBS is also known as AIDP") is reported, unless the text says it is one form (`oneForm`) or the form
 * commonly goes by the whole's name (`parentNameInUse`).
 */
export function sameAsFinding(named: Entry, at: Mention, actual: string, terms: TermIndex, oneForm = false): RawFinding[] {
  const name = terms.get(at.termId);
  if (!name || named.id === name.id) return [];
  // Every peripheral neuropathy is one form of the neuropathy concept ("peripheral neuropathy ... known as diabetic neuropathy").
  const formOfNeuropathy = isNeuropathyConcept(named) && name.peripheralNeuropathy === true;
  // "Motor neurone disease, also known as ALS": some forms go by their group's name, as their source says.
  if (formOfNeuropathy || terms.ancestors(name).includes(named.id)) return oneForm || name.parentNameInUse ? [] : [finding(name, at, actual, `is one form of ${named.preferred}, not another name for it`)];
  if (terms.sameLine(named, name)) return [];
  return [finding(name, at, actual, `is not another name for ${named.preferred}: they are not the same`)];
}

/**
 * The condition just before "is also known as" (`head` is the sentence up to those words): a name
 * ending there, or "The condition" standing for the condition named last before it in the paragraph.
 */
function subjectBefore(head: string, start: number, inside: readonly Mention[], previous: Mention | undefined): Mention | undefined {
  const end = start + head.trimEnd().length;
  const written = inside.find((m) => m.endOffset === end || (m.endOffset === end - 1 && head.trimEnd().endsWith(')')));
  if (written) return written;
  if (!STAND_IN_BEFORE.test(head)) return undefined;
  return [...inside].reverse().find((m) => m.endOffset <= start + head.length) ?? previous;
}


/**
 * The condition a naming is about when the name before "also known as" is no condition: "Fibromyalgia is
 * a disorder of ... by the brain, also known as ..." names the sentence's subject, not the brain; without
 * such an opening subject, none. "It is best described as a disorder ..." stands for the condition the
 * paragraph named last (`previous`).
 */
function conditionNamed(before: Mention | undefined, text: string, start: number, inside: readonly Mention[], previous: Mention | undefined, terms: TermIndex): Mention | undefined {
  if (!before || NAMED_KINDS.has(terms.get(before.termId)?.kind ?? '')) return before;
  if (previous && IT_IS.test(text)) return previous;
  const opening = inside[0];
  if (!opening || opening === before || !NAMED_KINDS.has(terms.get(opening.termId)?.kind ?? '')) return undefined;
  const at = opening.offset - start;
  return OPENS_SENTENCE.test(text.slice(0, at)) && CALLED_A.test(text.slice(opening.endOffset - start)) ? opening : undefined;
}

/** A sentence opening with "It is" ("It is currently best described as"). */
const IT_IS = /^\W*(?:As\s+[\w\s]{1,30},\s*)?[Ii]t\s+is\b/;
/** Right after a sentence's subject: "is a", "are an". */
const CALLED_A = /^\s+(?:is|are)\s+(?:a|an)\b/i;

/** A word, then "in", "of" or "to" (and an article) right before a name: "damage in the", "one form of". */
const HEAD_LINK = /(\p{L}+)\s+(?:in|of|to|within|affecting)\s+(?:(?:the|a|an|your)\s+)?$/iu;

/** Whether a name is only what a plain word before it is in or of ("Damage in the ANS"), so the naming is about that word's thing. */
function inUnnamedHead(before: string, start: number, inside: readonly Mention[]): boolean {
  const link = HEAD_LINK.exec(before);
  return link !== null && !inside.some((m) => m.endOffset === start + link.index + link[1]!.length);
}

/**
 * Whether the words before a name make it a modifier of a condition named just before them
 * ("neuropathy caused by celiac"); after a verb ("I was diagnosed with GBS") the name is itself the subject.
 */
function modifiesHead(before: string, start: number, inside: readonly Mention[], terms: TermIndex): boolean {
  const linked = MODIFIER_BEFORE.exec(before);
  if (!linked) return false;
  const headEnd = start + before.slice(0, linked.index).trimEnd().length;
  return inside.some((m) => {
    const entry = m.endOffset === headEnd ? terms.get(m.termId) : undefined;
    return entry !== undefined && !entry.general && (HEAD_KINDS.has(entry.kind) || entry.peripheralNeuropathy === true);
  });
}

/** The warning on the name (`name`, written at `at`) with what it `says`, citing the name's site source. */
function finding(name: Entry, at: Mention, actual: string, says: string): RawFinding {
  const sourceId = name.siteSource ?? name.sources[0]?.id;
  const cite = sourceId ? citation(name, sourceId) : undefined;
  return {
    severity: 'warning',
    message: `${capitalize(name.preferred)} ${says}${cite ? ` (${cite.short})` : ''}.`,
    offset: at.offset,
    endOffset: at.endOffset,
    actual,
    termId: name.id,
    fixes: [],
    ...(cite && sourceId ? { note: `Source: ${cite.full}`, sources: [findingSource(name, sourceId)] } : {}),
  };
}
