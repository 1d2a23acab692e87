import type { FindingSource } from '../../types';
import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import { splitClauses } from '../claims/clauses';
import { sentencesWithMentions } from '../claims/sentences';
import type { Block } from '../rule';
import { bracketDefinition } from './bracket-definition';
import { appositiveClaim } from './appositive';
import {
  ANATOMY_CLAIMS,
  IN_DISEASE,
  ANATOMY_TEXT,
  LISTED_TEXT,
  MUSCLE_CLAIM,
  MUSCLE_TEXT,
  NEUROMUSCULAR_CLAIM,
  NEUROMUSCULAR_TEXT,
  NEUROPATHY_LIST_CUE,
  NOT_LISTING,
  REJECTED,
  RESTATED,
  SITE_CLAIMS,
  TYPE_OF,
  SITE_TEXT,
} from './cues';
import { asksQuestion } from '../../text/questions';

/** One misplaced disease or anatomy term; offsets are chunk-relative. */
export interface Misplacement {
  mention: Mention;
  entry: Entry;
  /** What the message says after the name ("is a disease of the central nervous system..."). */
  says: string;
  /** The source of the fact, when it is not where the entry acts (`siteSource`). */
  source?: FindingSource;
  /** Two separate conditions confused is a warning; a wrong place in the nervous system keeps the rule's error. */
  severity?: 'warning';
  /** Where the finding ends when it covers the claim, not only the name ("MMN is a muscle disorder"), with its text. */
  claim?: { endOffset: number; text: string };
  /** Two conditions the facts set apart, one called a form of the other. */
  separate?: boolean;
}

const DISEASE_KINDS = new Set(['disease', 'variant']);
/** A name right after one of these is the object of a phrase ("drugs for MS"), not the subject. */
const OBJECT_BEFORE = /\b(?:for|with|of|in|from|about|than|to|by|after|on|without|against|treat(?:s|ed|ing)?|unlike|not)\s+(?:the\s+|a\s+|an\s+|their\s+|your\s+)?$/i;
const BRACKETED = /^\s*\([^()]{0,60}\)/;
const COORDINATION = /^\s*(?:,\s*)?(?:(?:and|or|as well as|&)\s+)?/;
const APPOSITIVE = /^\s*,[^,.;:()]{1,80},/;
const COORDINATED = /^(?:,\s*)?(?:and|or)\s+/i;
const RELATIVE = /^\s*,?\s*(?:which|that|who)\s+/i;

/**
 * Which claim patterns apply to an entry, or undefined when its site is never misplaced. A CNS
 * disease that the data relates to a peripheral neuropathy (Bickerstaff brainstem encephalitis,
 * related to Guillain-Barré syndrome) is an overlap and never flagged.
 */
export function claimKind(entry: Entry, terms: TermIndex): 'disease' | 'anatomy' | undefined {
  if (DISEASE_KINDS.has(entry.kind)) {
    if (entry.site === 'central' || entry.site === 'neuromuscular-junction') return overlaps(entry, terms) ? undefined : 'disease';
    if ((entry.site === 'peripheral' || entry.site === 'autonomic') && entry.peripheralNeuropathy) return 'disease';
  }
  if (entry.kind === 'anatomy' && entry.site === 'peripheral') return 'anatomy';
  return undefined;
}

function overlaps(entry: Entry, terms: TermIndex): boolean {
  const links = [entry.relations?.parent, ...(entry.relations?.related ?? [])];
  return links.some((id) => id !== undefined && terms.get(id)?.peripheralNeuropathy === true);
}

/** Words that keep a brain or spinal-cord disease's nerve damage to a minority: "sometimes", "in some patients", "rarely". */
const SOME_PATIENTS = /\b(?:sometimes|occasionally|rarely|in\s+(?:some|a\s+few|rare)\s+(?:patients|people|cases)|some\s+(?:patients|people)\s+(?:with|who|also|may|can|develop)|a\s+(?:small\s+)?minority)\b/i;

/**
 * Sentence-level misplacements in one block: a disease name followed by a predicate that places it
 * in the wrong part of the nervous system, and CNS or neuromuscular-junction diseases named after a
 * "causes of neuropathy include" cue in the same clause.
 */
export function sentenceMisplacements(block: Block, terms: TermIndex): Misplacement[] {
  const out: Misplacement[] = [];
  const relevant = (m: Mention): boolean => {
    const entry = terms.get(m.termId);
    return entry !== undefined && claimKind(entry, terms) !== undefined;
  };
  for (const { span, mentions } of sentencesWithMentions(block, relevant)) {
    const sentence = block.masked.slice(span.start, span.end);
    // A question asks ("Does GBS damage the spinal cord?"); it does not place the disease anywhere.
    if (REJECTED.test(sentence) || asksQuestion(sentence)) continue;
    const all = block.mentionsIn(span.start, span.end);
    // "These peripheral nerves send signals via sensory nerves ... and are part of the CNS": one wrong definition, told once.
    let anatomyTold = false;
    for (const mention of mentions) {
      const entry = terms.get(mention.termId)!;
      const kind = claimKind(entry, terms);
      // "Some patients with MS also develop a peripheral neuropathy": reported in a minority, so not a misplacement.
      if (entry.site === 'central' && SOME_PATIENTS.test(sentence)) continue;
      const says =
        predicateClaim(block.masked, span.end, mention, all, entry, kind) ??
        typeOfOther(block.masked, span.end, mention, all, entry, terms) ??
        (kind === 'disease' ? appositiveClaim(block.masked, span.start, span.end, mention, entry) : undefined) ??
        listedClaim(block.masked, span, mention, entry);
      if (says && kind === 'anatomy' && anatomyTold) continue;
      if (says) out.push({ mention, entry, says, ...claimSpan(block, span.end, mention, all, kind, says) });
      if (says && kind === 'anatomy') anatomyTold = true;
      // "the peripheral nerves (those in the spine)": the name defined wrongly right after it.
      const defined = !says && kind === 'anatomy' ? bracketDefinition(block, mention, terms) : undefined;
      if (defined) out.push({ mention, entry, ...defined });
    }
  }
  return out;
}

/**
 * "Multifocal motor neuropathy is a progressive muscle disorder": the finding runs from the name to
 * the end of the wrong kind, since either may be what the writer changes.
 */
function claimSpan(block: Block, end: number, mention: Mention, all: readonly Mention[], kind: 'disease' | 'anatomy' | undefined, says: string): Pick<Misplacement, 'claim'> {
  // "Peripheral nerves ... are part of the central nervous system": the finding runs to the end of the wrong definition.
  const pattern = says === MUSCLE_TEXT ? MUSCLE_CLAIM : says === ANATOMY_TEXT ? ANATOMY_CLAIMS.at(-1)! : undefined;
  if (!pattern) return {};
  const rest = predicateText(block.masked, end, mention, all, kind);
  const m = rest === undefined ? null : pattern.exec(rest);
  if (!rest || !m) return {};
  const endOffset = end - rest.length + m.index + m[0].length;
  return { claim: { endOffset, text: block.text.slice(mention.offset, endOffset) } };
}

function predicateClaim(
  text: string,
  end: number,
  mention: Mention,
  all: readonly Mention[],
  entry: Entry,
  kind: 'disease' | 'anatomy' | undefined,
): string | undefined {
  const rest = predicateText(text, end, mention, all, kind);
  if (rest === undefined) return undefined;
  const direct = siteClaim(entry, kind, rest);
  if (direct || !COORDINATED.test(rest)) return direct;
  // "MS and lupus are causes of neuropathy": a co-subject the terminology does not know.
  for (let skipped = COORDINATED.exec(rest)![0].length, words = 0; words < 3; words++) {
    const word = /^[\p{L}\p{N}'’-]+\s*/u.exec(rest.slice(skipped));
    if (!word) return undefined;
    skipped += word[0].length;
    const claim = siteClaim(entry, kind, rest.slice(skipped));
    if (claim) return claim;
  }
  return undefined;
}

/**
 * "GBS is a type of multiple sclerosis": a disease called a type of a disease on the other side of
 * the peripheral/central divide. Two CNS diseases ("NMOSD, once called a type of MS") are never flagged.
 */
function typeOfOther(text: string, end: number, mention: Mention, all: readonly Mention[], entry: Entry, terms: TermIndex): string | undefined {
  if (!DISEASE_KINDS.has(entry.kind) || claimKind(entry, terms) !== 'disease') return undefined;
  const rest = predicateText(text, end, mention, all, 'disease');
  const m = rest === undefined ? null : TYPE_OF.exec(rest);
  if (!rest || !m) return undefined;
  const at = end - rest.length + m[0].length;
  const other = all.find((x) => x.offset === at);
  const otherEntry = other ? terms.get(other.termId) : undefined;
  if (!otherEntry || !DISEASE_KINDS.has(otherEntry.kind) || claimKind(otherEntry, terms) !== 'disease') return undefined;
  return outsideBrain(entry) !== outsideBrain(otherEntry) ? SITE_TEXT[entry.site] : undefined;
}

/** The peripheral side of the divide: peripheral and autonomic nerves alike. */
const outsideBrain = (entry: Entry): boolean => entry.site === 'peripheral' || entry.site === 'autonomic';

/** What is wrong when `rest` is said of `entry`, or undefined when it places the entry correctly. */
export function siteClaim(entry: Entry, kind: 'disease' | 'anatomy' | undefined, rest: string): string | undefined {
  if (kind === 'anatomy') return ANATOMY_CLAIMS.some((p) => p.test(rest)) ? ANATOMY_TEXT : undefined;
  if (entry.site === 'central' && !entry.neuromuscular && NEUROMUSCULAR_CLAIM.test(rest)) return NEUROMUSCULAR_TEXT;
  if (entry.site === 'peripheral' && MUSCLE_CLAIM.test(rest)) return MUSCLE_TEXT;
  const claims = SITE_CLAIMS[entry.site] ?? [];
  const restated = RESTATED.exec(rest);
  const tail = restated ? rest.slice(restated[0].length) : undefined;
  return claims.some((p) => p.test(rest) || (tail !== undefined && p.test(tail))) ? SITE_TEXT[entry.site] : undefined;
}

/**
 * The text where the predicate about `mention` starts, or undefined when the name is the object of
 * a phrase ("drugs for MS"). "In LEMS, antibodies attack..." makes the disease the topic, and a
 * relative clause right after an anatomy term ("damage to the PNS, which is...") describes the term.
 */
function predicateText(
  text: string,
  end: number,
  mention: Mention,
  all: readonly Mention[],
  kind: 'disease' | 'anatomy' | undefined,
): string | undefined {
  const before = text.slice(Math.max(0, mention.offset - 30), mention.offset);
  const start = predicateStart(text, end, mention, all);
  if (!OBJECT_BEFORE.test(before)) return text.slice(start, end).trimStart();
  if (kind === 'anatomy' && start > mention.endOffset && RELATIVE.test(text.slice(mention.endOffset, start))) {
    return text.slice(start, end).trimStart();
  }
  const opener = /\bin\s+$/i.test(before) ? IN_DISEASE.exec(text.slice(bracketEnd(text, end, mention), end)) : null;
  return opener ? text.slice(bracketEnd(text, end, mention) + opener[0].length, end).trimStart() : undefined;
}

function bracketEnd(text: string, end: number, mention: Mention): number {
  const bracket = BRACKETED.exec(text.slice(mention.endOffset, end));
  return mention.endOffset + (bracket ? bracket[0].length : 0);
}

/** Skips "(MS)", coordinated names ("MS and NMOSD"), one appositive and a relative pronoun. */
function predicateStart(text: string, end: number, mention: Mention, all: readonly Mention[]): number {
  let pos = mention.endOffset;
  for (let guard = 0; guard < 12; guard++) {
    const bracket = BRACKETED.exec(text.slice(pos, end));
    if (bracket) pos += bracket[0].length;
    const joiner = COORDINATION.exec(text.slice(pos, end));
    const next = all.find((m) => m.offset === pos + (joiner?.[0].length ?? 0));
    if (!joiner || joiner[0].length === 0 || !next) break;
    pos = next.endOffset;
  }
  const appositive = APPOSITIVE.exec(text.slice(pos, end));
  if (appositive) pos += appositive[0].length;
  const relative = RELATIVE.exec(text.slice(pos, end));
  if (relative) pos += relative[0].length;
  return pos;
}

/** "Causes of peripheral neuropathy include GBS, lupus and MS": a CNS or junction disease after the cue. */
function listedClaim(text: string, span: { start: number; end: number }, mention: Mention, entry: Entry): string | undefined {
  if (entry.site !== 'central' && entry.site !== 'neuromuscular-junction') return undefined;
  if (!DISEASE_KINDS.has(entry.kind)) return undefined;
  for (const clause of splitClauses(text, span.start, span.end)) {
    if (mention.offset < clause.start || mention.endOffset > clause.end) continue;
    const cue = NEUROPATHY_LIST_CUE.exec(text.slice(clause.start, mention.offset));
    if (!cue) return undefined;
    const between = text.slice(clause.start + cue.index + cue[0].length, mention.offset);
    if (NOT_LISTING.test(between) || NOT_LISTING.test(text.slice(mention.endOffset, clause.end))) return undefined;
    return `${LISTED_TEXT} ${SITE_TEXT[entry.site]}`;
  }
  return undefined;
}
