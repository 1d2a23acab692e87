import { LEVEL_WORDS } from '../../terminology/evidence';
import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry, TreatmentEvidence } from '../../terminology/types';
import type { Span } from '../../text/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Report } from '../rule';
import { ENDORSE, NEGATE, STATUS_TEXT, TRAILING_CONDITION } from './cues';

/** Entry kinds a treatment claim can be about. */
export const DISEASE_KINDS = new Set(['disease', 'variant']);

interface BadPair {
  disease: Entry;
  evidence: TreatmentEvidence;
  /** The entry that carries the evidence (the disease or a parent of it). */
  holder: Entry;
}

/**
 * Where the claim part of a clause ends: a trailing condition after the last name ("...for MMN when
 * other treatments have not worked") qualifies the claim, so its "not" does not negate it.
 */
function claimEnd(text: string, clause: Span, mentions: readonly Mention[]): number {
  const last = mentions[mentions.length - 1]!.endOffset;
  const condition = TRAILING_CONDITION.exec(text.slice(last, clause.end));
  return condition ? last + condition.index : clause.end;
}

/**
 * Judges one clause: when it endorses a treatment (and does not negate it), each treatment named in
 * it is reported for every disease in it where the evidence says not effective or may worsen.
 * `mentions` may include a stand-in for a pronoun ("It") that refers to the document's topic.
 */
export function checkClause(text: string, clause: Span, mentions: readonly Mention[], terms: TermIndex, report: Report): void {
  const claim = text.slice(clause.start, claimEnd(text, clause, mentions));
  if (NEGATE.test(claim) || !ENDORSE.test(claim)) return;
  reportPairs(mentions, terms, report);
}

/**
 * Reports each treatment among `mentions` (once per treatment) for every disease among them where the
 * evidence says not effective or may worsen; info when several diseases share the claim.
 */
export function reportPairs(mentions: readonly Mention[], terms: TermIndex, report: Report): void {
  const diseases = new Map<string, Entry>();
  for (const m of mentions) {
    const entry = terms.get(m.termId);
    if (entry && DISEASE_KINDS.has(entry.kind)) diseases.set(entry.id, entry);
  }
  if (diseases.size === 0) return;
  const reported = new Set<string>();
  const named = new Set(mentions.map((m) => m.termId));
  for (const m of mentions) {
    const treatment = terms.get(m.termId);
    // "Steroid tablets such as prednisone" is one claim about one treatment: report it once, and a drug
    // named beside its class ("corticosteroids such as prednisone") under the class only.
    if (treatment?.kind !== 'treatment' || reported.has(treatment.id)) continue;
    if (terms.ancestors(treatment).some((id) => named.has(id))) continue;
    reported.add(treatment.id);
    const bad = badPairs(treatment, [...diseases.values()], terms);
    if (bad.length === 0) continue;
    const several = diseases.size > 1;
    report({
      message: several ? listMessage(treatment, bad) : singleMessage(treatment, bad[0]!, terms),
      offset: m.offset,
      endOffset: m.endOffset,
      actual: m.text,
      termId: treatment.id,
      fixes: [],
      note: bad.map(noteFor).join(' '),
      sources: bad.map((pair) => findingSource(pair.holder, pair.evidence.source)),
      ...(several ? { severity: 'info' as const } : {}),
    });
  }
}

function badPairs(treatment: Entry, diseases: readonly Entry[], terms: TermIndex): BadPair[] {
  const out: BadPair[] = [];
  for (const disease of diseases) {
    const found = terms.evidence(disease.id, treatment.id);
    if (found && found.status in STATUS_TEXT) out.push({ disease, evidence: found, holder: found.entry });
  }
  return out;
}

function singleMessage(treatment: Entry, pair: BadPair, terms: TermIndex): string {
  const status = STATUS_TEXT[pair.evidence.status] ?? pair.evidence.status;
  const instead = firstLine(pair.disease, terms);
  const alternative = instead.length > 0 ? `; first-line: ${join(instead, 'or')}` : '';
  return `The evidence rates ${treatment.preferred} as ${status} for ${pair.disease.preferred}${alternative}.`;
}

function listMessage(treatment: Entry, pairs: readonly BadPair[]): string {
  const parts = pairs.map((p) => `${STATUS_TEXT[p.evidence.status] ?? p.evidence.status} for ${p.disease.preferred}`);
  return `One treatment list here covers several conditions, but the evidence rates ${treatment.preferred} as ${join(parts, 'and')}; say which treatment fits which condition.`;
}

function noteFor(pair: BadPair): string {
  const cite = citation(pair.holder, pair.evidence.source).short;
  const extra = pair.evidence.note ? ` ${pair.evidence.note}` : '';
  return `${pair.disease.preferred}: ${pair.evidence.guideline} (${cite}); evidence: ${LEVEL_WORDS[pair.evidence.evidence]}.${extra}`;
}

/** First-line treatments for a disease: its own and those it inherits explicitly. */
function firstLine(disease: Entry, terms: TermIndex): string[] {
  return terms
    .verdicts(disease)
    .filter((v) => v.evidence.status === 'first-line')
    .map((v) => terms.get(v.evidence.treatment)?.preferred)
    .filter((n): n is string => n !== undefined);
}

function join(items: readonly string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
