/**
 * Term recall for the labelled corpus (issue 11, "Measure"): a sidecar may list `terms`, every medical
 * term an editor marks in the article. A label is recalled when the term matcher behind
 * `neuroterm terms` (`findMentions`) finds a mention overlapping the label's span on its line.
 * Articles without `terms` add nothing, so the older corpus folders score as before.
 */
import { LineIndex } from '../src/core/index';

export const TERM_KINDS = ['disease', 'symptom', 'test', 'treatment', 'antibody', 'anatomy', 'abbreviation', 'concept'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** One term an editor marks; `line` is 1-based, `text` its exact words (the first occurrence on the line). */
export interface TermLabel {
  line: number;
  text: string;
  kind: TermKind;
}

/** Any span with offsets (0-based UTF-16) into the article, such as a `Mention`. */
export interface Spanned {
  offset: number;
  endOffset: number;
}

export interface TermTally {
  kind: TermKind | 'overall';
  labels: number;
  recalled: number;
  /** null when the kind has no labels. */
  recall: number | null;
}

/** The offsets of each label; throws naming the file and label when the text is not on its line or the kind is unknown. */
export function termSpans(name: string, text: string, labels: readonly TermLabel[]): Spanned[] {
  const lines = new LineIndex(text);
  return labels.map((label, i) => {
    const where = `${name}.expected.json#/terms/${i}`;
    if (!(TERM_KINDS as readonly string[]).includes(label.kind)) throw new Error(`${where}: unknown kind "${label.kind}"`);
    const start = lines.offsetAt({ line: label.line - 1, character: 0 });
    const end = lines.offsetAt({ line: label.line, character: 0 });
    const at = text.slice(start, end).indexOf(label.text);
    if (at < 0 || label.text === '') throw new Error(`${where}: "${label.text}" is not on line ${label.line}`);
    return { offset: start + at, endOffset: start + at + label.text.length };
  });
}

/** Per label: true when some mention overlaps its span. */
export function recallTerms(spans: readonly Spanned[], mentions: readonly Spanned[]): boolean[] {
  return spans.map((s) => mentions.some((m) => m.offset < s.endOffset && m.endOffset > s.offset));
}

/** Labels and recalled labels per kind (kinds with labels only, in TERM_KINDS order), then "overall". */
export function tallyTerms(cases: ReadonlyArray<{ labels: readonly TermLabel[]; recalled: readonly boolean[] }>): TermTally[] {
  const rows = new Map<TermTally['kind'], TermTally>();
  const row = (kind: TermTally['kind']) => {
    let r = rows.get(kind);
    if (!r) rows.set(kind, (r = { kind, labels: 0, recalled: 0, recall: null }));
    return r;
  };
  for (const c of cases) {
    c.labels.forEach((label, i) => {
      for (const r of [row(label.kind), row('overall')]) {
        r.labels++;
        if (c.recalled[i]) r.recalled++;
      }
    });
  }
  const ordered = [...TERM_KINDS, 'overall' as const].flatMap((k) => (rows.has(k) ? [rows.get(k)!] : []));
  for (const r of ordered) r.recall = r.labels ? r.recalled / r.labels : null;
  return ordered;
}
