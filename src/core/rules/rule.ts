import type { Mention } from '../matcher';
import type { Positioner } from '../positions';
import type { Comment, ProseUnit } from '../markdown/prose';
import type { TermIndex } from '../terminology/term-index';
import type { Span } from '../text/sentences';
import type { Category, LintSettings, RawFinding, Severity } from '../types';

/** One analysed chunk of the document. Offsets are relative to the chunk's own text. */
export interface Block {
  text: string;
  /** `text` with non-prose blanked; same length, so offsets agree. */
  masked: string;
  units: readonly ProseUnit[];
  /** Term mentions in prose, in order. */
  mentions: readonly Mention[];
  comments: readonly Comment[];
  /** Set when the chunk was not read (markup too complex, or no time left): it then has no prose. */
  notChecked?: NotChecked;
  /** Sentences of one unit (computed on first use and kept). */
  sentences(unit: ProseUnit): readonly Span[];
  /** Mentions inside [start, end). */
  mentionsIn(start: number, end: number): readonly Mention[];
  /**
   * What `reader` reads from this chunk (its claims, its promises), read once and kept with the
   * block, so the rules that share a reading share one, and a keystroke re-reads only edited chunks.
   */
  read<T>(reader: ChunkReader<T>, terms: TermIndex): T;
}

/** A pure reading of one chunk that several rules share (the claim reader's claims, say). */
export type ChunkReader<T> = (block: Block, terms: TermIndex) => T;

/** Why a chunk was not read, and the part of it (from its start) to mark as not checked. */
export interface NotChecked {
  /** A sentence for the writer, without the final full stop. */
  reason: string;
  endOffset: number;
}

/** The whole document for document-level rules. Offsets are absolute. */
export interface DocumentInput {
  text: string;
  blocks: ReadonlyArray<{ start: number; block: Block }>;
  /** Line positions of `text`, when the caller already has them (the engine does). */
  lines?: Positioner;
}

export interface RuleEnv {
  terms: TermIndex;
  settings: LintSettings;
}

export type Report = (finding: RawFinding) => void;

/** How a folding rule reports: about the current chunk, or about the one `back` chunks before it. */
export type FoldReport = (finding: RawFinding, back?: number) => void;

/**
 * How a document rule reports: with `block`, the finding's offsets are relative to
 * `doc.blocks[block]` (report a chunk's cached finding as it is, without a moved copy: the engine
 * then recognises it on the next check by identity); without, they are document offsets.
 */
export type DocumentReport = (finding: RawFinding, block?: number) => void;

interface RuleMeta {
  /** Stable kebab-case id: public API (settings, directives, CI configs). */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One sentence for the settings schema, the docs table and `neuroterm explain`. */
  summary: string;
  /**
   * True when the rule's fixes are mechanical (a spelling, an accent, an expansion, a current name):
   * safe to apply all at once. Fixes of other rules rewrite what a sentence claims and are offered one
   * at a time, never by "fix all".
   */
  mechanicalFixes?: boolean;
}

/** Runs on one chunk at a time; its results are cached with the chunk. */
export interface BlockRule extends RuleMeta {
  scope: 'block';
  check(block: Block, env: RuleEnv, report: Report): void;
}

/**
 * Runs over the whole document after the chunks (first use of an abbreviation, readability...).
 * The optional `checkBlock` phase reports the findings that depend only on one chunk and the
 * settings; the engine caches them with the chunk like a block rule's, so a keystroke does not
 * rebuild them. `check` then reports only what needs the whole document; never both for one finding.
 *
 * What `check` needs from each chunk it declares as `summarize`: a pure function of the block and
 * the environment (never of other chunks). The engine calls it once per chunk text, keeps the
 * summary beside the chunk's cached findings, and hands `check` the summaries in block order, so a
 * keystroke summarizes only the edited chunk and `check` combines small summaries instead of
 * reading every block again. Rules that name the same function share one summary per chunk.
 */
export interface DocumentRule<S = unknown> extends RuleMeta {
  scope: 'document';
  /**
   * `summaries[i]` is `summarize(doc.blocks[i].block, env)`; empty when the rule has no `summarize`.
   * A rule has either `check` or `fold`.
   */
  check?(doc: DocumentInput, env: RuleEnv, report: DocumentReport, summaries: readonly S[]): void;
  /** The rule as one pass over the chunks in order (see `ChunkFold`); needs `summarize`. */
  fold?: ChunkFold<S>;
  /**
   * Chunk-local findings, offsets relative to the block; rerun only when the chunk's text or the
   * settings change. `summary` is the chunk's summary when the rule has `summarize`.
   */
  checkBlock?(block: Block, env: RuleEnv, report: Report, summary: S | undefined): void;
  /** What `check` reads from one chunk, chunk-relative; treat the result as read-only. */
  summarize?(block: Block, env: RuleEnv): S;
}

/**
 * A document rule whose findings about a chunk depend only on that chunk and on what the chunks
 * before it say, carried in a state ("the list under a heading about treatments", "the page's
 * title"). The engine keeps each chunk's findings with the state before and after it, so a
 * keystroke steps through the edited chunk and stops at the first chunk after it whose state before
 * is `same` as last time: the rest of the document keeps its findings without being read.
 */
export interface ChunkFold<S, State = any> {
  /**
   * What a chunk adds to the document's totals, for findings that depend on the whole document ("is
   * this abbreviation spelled out anywhere?", "how many words has the page?"): keys with amounts. The
   * engine keeps the totals up to date, adding and taking away only the chunks that changed.
   */
  tally?(summary: S): ReadonlyArray<readonly [key: string, amount: number]>;
  /**
   * The state before the first chunk, from the totals and, where the start of the document decides
   * something ("the first eponym sets the style"), from the first summaries: read only as far as needed.
   * `firstLine`: the document line (0-based) the first chunk starts on, after any front matter, for a
   * state that counts lines to name them in messages.
   */
  start(env: RuleEnv, totals: Totals, summaries: readonly S[], firstLine: number): State;
  /**
   * Reports the chunk's findings (offsets relative to it) and returns the state after it: the same
   * object when the chunk changes nothing. Reads nothing but its arguments (not the chunk's place in
   * the document), and never changes `state`. A finding about an earlier chunk, known only now (a
   * section's reading grade, once the section ends), names how many chunks `back` it is.
   */
  step(state: State, chunk: { block: Block; summary: S; place: ChunkPlace }, env: RuleEnv, report: FoldReport): State;
  /**
   * Whether two states give every later chunk the same findings. A state may hold places in earlier
   * chunks without their offsets (chunk place and event index) and read the offsets from `summaries`
   * in `finish`: typing inside a chunk then leaves the states after it the same.
   */
  same(a: State, b: State): boolean;
  /**
   * Reports what the end of the document decides, from the state after the last chunk, about the
   * chunk `back` chunks before the end (1 is the last). Runs on every check, so it stays small.
   * `summaries` are this check's, one per analysed chunk.
   */
  finish?(state: State, env: RuleEnv, report: FoldReport, summaries: readonly S[]): void;
}

/**
 * One chunk wherever it moves, for a fold state that refers to an earlier chunk. A chunk's index is
 * no good there: an edit that splits or merges chunks above shifts every index after it, and every
 * later state would differ. An edited chunk keeps the place of the chunk it replaces (see `rechunk`).
 */
export interface ChunkPlace {
  /** The chunk's index among the analysed chunks of the current check: read it in `finish` only. */
  readonly index: number;
}

/** The document's totals of a folding rule's `tally`: 0 for a key no chunk adds. */
export interface Totals {
  get(key: string): number;
  /** Every key with a total other than 0. */
  keys(): Iterable<string>;
}

export type Rule = BlockRule | DocumentRule;
