import { analyseBlock, analyseDocument, documentChunks, unreadBlock, type DocumentFormat } from './analyse-block';
import { DirectiveFilter, parseDirective, type Directive } from './directives';
import type { LocatedBlock } from './editor/locate';
import type { Chunk } from './markdown/chunk';
import { rechunk, type Rechunked } from './markdown/rechunk';
import type { Mention } from './matcher';
import { withSharedHeads } from './matcher-ellipsis';
import { ChunkedLines, LineIndex } from './positions';
import { RULES } from './rules/index';
import type { Block, DocumentInput, DocumentRule, Report, Rule, RuleEnv } from './rules/rule';
import type { TermIndex } from './terminology/term-index';
import { finishFindings, mergeFindings, placeFindings, type RuleFinding } from './findings';
import { FinishedFindings } from './finished-findings';
import { SummarySlots, summaryColumns, summaryOf, type SummaryColumns } from './summary-columns';
import { DEFAULT_SETTINGS, type Finding, type LintSettings, type Severity } from './types';

export { ruleUrl } from './findings';
export { analyseBlock, type DocumentFormat } from './analyse-block';

export interface LintOptions {
  settings?: Partial<LintSettings>;
  format?: DocumentFormat;
  /** Rules to run; defaults to every registered rule. */
  rules?: readonly Rule[];
  /**
   * Where `text` differs from the text of the previous `lint` call, when the caller knows it (an
   * editor's change events): the engine then skips comparing the texts to find the edit. A wrong
   * change gives wrong findings; leave it out when unsure.
   */
  change?: TextChange;
  /**
   * Milliseconds one `lint` call may spend reading changed chunks (default `CHECK_TIME_BUDGET_MS`).
   * Chunks not reached in time are reported by the `not-checked` rule and read by the next call.
   */
  timeBudgetMs?: number;
}

/**
 * The time one check may take. Real documents need well under a second per megabyte; markup built
 * to slow the parser down (within the limits of `markdown/markup-limits`) can need a minute, and
 * neither CI nor the editor should wait for that without a word.
 */
export const CHECK_TIME_BUDGET_MS = 10_000;

/**
 * One edited region, in UTF-16 offsets: `text.slice(0, start)` is unchanged, and so is everything
 * from `oldEnd` in the old text, now at `newEnd` in the new one. It may cover more than the edit.
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The analysis of one chunk: kept while the chunk's text (and the settings) are unchanged. */
interface BlockResult {
  block: Block;
  /** Block rules' findings and document rules' `checkBlock` findings, chunk-relative. */
  findings: RuleFinding[];
  /** Document rules' summaries of this chunk, by slot (see `SummarySlots`); `UNSUMMARIZED` until first use. */
  summaries: unknown[];
  /** `findings` finished and sorted, positions relative to the chunk; made on first use. */
  local?: readonly Finding[];
  /** Not read: the time budget ran out before this chunk. The next `lint` reads it. */
  deferred?: boolean;
}

/** One chunk of the last linted version, with its line table and (for prose chunks) its analysis. */
interface ChunkState {
  chunk: Chunk;
  lines: LineIndex;
  result: BlockResult | undefined;
  /** The finished findings as placed at the last lint; reused while the chunk has not moved. */
  placed: { start: number; lineBase: number; findings: readonly Finding[] } | undefined;
}

/**
 * Lints documents against one terminology. One `Linter` per open document gives incremental
 * checks: it keeps the last version's chunks, re-chunks only around an edit, re-analyses only
 * chunks whose text changed, and re-positions only findings that moved. Document rules then run
 * over the cached blocks.
 */
export class Linter {
  private chunks: ChunkState[] = [];
  private text = '';
  private format: DocumentFormat = 'markdown';
  private cacheKey = '';
  private slots = new SummarySlots([]);
  private finished = new FinishedFindings();
  /** The last check's summary columns; taken out while a check runs, like `finished`. */
  private columns: SummaryColumns | undefined;

  constructor(private readonly terms: TermIndex) {}

  /**
   * All findings for `text`, sorted by offset then rule id; offsets and positions are 0-based
   * UTF-16 into `text`. Never throws on any input string. Treat the findings as read-only: an
   * unchanged chunk's findings are the same objects from one call to the next.
   */
  lint(text: string, options: LintOptions = {}): Finding[] {
    const settings: LintSettings = { ...DEFAULT_SETTINGS, ...options.settings };
    const rules = options.rules ?? RULES;
    const format = options.format ?? 'markdown';
    const env: RuleEnv = { terms: this.terms, settings };
    // Block analyses, summaries and cached findings depend on all of these; any change starts afresh.
    const key = JSON.stringify([settings, rules.map((r) => r.id), format]);
    // Rule objects other than the ones the cache was made for (same ids) start afresh too.
    if (key !== this.cacheKey || !this.slots.fits(rules)) {
      this.chunks = [];
      this.cacheKey = key;
      this.slots = new SummarySlots(rules);
      this.finished = new FinishedFindings();
      this.columns = undefined;
    }
    const slots = this.slots;
    // Taken out until this check finishes: a check that throws must not leave findings of a text it never finished.
    const finished = this.finished;
    this.finished = new FinishedFindings();
    // Taken out too: they belong to the chunks of the last finished check.
    const lastColumns = this.columns;
    this.columns = undefined;

    // Identical chunks in one version (repeated boilerplate) are analysed once.
    const fresh = new Map<string, ChunkState>();
    const budget = new TimeBudget(options.timeBudgetMs ?? CHECK_TIME_BUDGET_MS);
    // Chunks tile the text, and a chunk's `previous` has the same text: the text before the first
    // chunk that is new or moved is the last version's.
    let stableUntil = text.length;
    this.chunks = this.plan(text, format, options.change).map(({ chunk, previous }) => {
      if (previous?.chunk.start !== chunk.start && chunk.start < stableUntil) stableUntil = chunk.start;
      // Every state has the same four fields, so the loops below stay monomorphic.
      if (previous && !previous.result?.deferred) return { chunk, lines: previous.lines, result: previous.result, placed: previous.placed };
      const same = fresh.get(chunk.text);
      if (same) return { chunk, lines: same.lines, result: same.result, placed: undefined };
      const result = chunk.frontMatter ? undefined : this.analyse(chunk.text, format, rules, env, budget, slots);
      const state: ChunkState = { chunk, lines: previous?.lines ?? new LineIndex(chunk.text), result, placed: undefined };
      if (!chunk.frontMatter) fresh.set(chunk.text, state);
      return state;
    });
    this.text = text;
    this.format = format;

    const lines = new ChunkedLines(this.chunks);
    const blocks: Array<{ start: number; block: Block }> = [];
    const directives: Directive[] = [];
    const chunkLists: Array<readonly Finding[]> = [];
    this.chunks.forEach((state, index) => {
      const { chunk, result } = state;
      if (!result) return;
      blocks.push({ start: chunk.start, block: result.block });
      for (const c of result.block.comments) {
        const d = parseDirective(c.value, chunk.start + c.start);
        if (d) directives.push(d);
      }
      chunkLists.push(placed(state, result, lines.lineBase(index), settings));
    });
    const documentFindings: RuleFinding[] = [];
    const doc: DocumentInput = { text, blocks, lines };
    const documentRules = rules.filter((rule): rule is DocumentRule => rule.scope === 'document' && severityOf(rule, settings) !== 'off');
    const columns = summaryColumns(this.chunks, documentRules, slots, env, lastColumns);
    for (const rule of documentRules) {
      const summaries = rule.summarize ? columns.columns[slots.of(rule.summarize)]! : [];
      rule.check(doc, env, (f) => documentFindings.push({ ...f, rule }), summaries);
    }
    const filter = directives.length > 0 ? new DirectiveFilter(directives, lines) : undefined;
    const documentList = finished.finish(text, documentFindings, lines, settings, stableUntil);
    this.finished = finished;
    this.columns = columns;
    return mergeFindings(chunkLists, documentList, filter);
  }

  /**
   * The analysed chunk that holds `offset` (0-based UTF-16) in `text`, for hover and completion.
   * Answered from the chunks of the last `lint` (re-chunking only around an edit since then), so
   * it costs a lookup, not a parse of the document. Same answer as `blockAt` in `editor/locate`.
   */
  blockAt(text: string, offset: number, format: DocumentFormat = 'markdown'): LocatedBlock | undefined {
    if (offset < 0 || offset > text.length) return undefined;
    let found: { chunk: Chunk; block?: Block } | undefined;
    if (format === this.format && text === this.text) {
      const state = this.chunks[chunkEndingAt(this.chunks, offset)];
      found = state && { chunk: state.chunk, block: state.result?.block };
    } else {
      const plan = format === this.format ? this.plan(text, format) : this.uncached(text, format);
      const step = plan[chunkEndingAt(plan, offset)];
      found = step && { chunk: step.chunk, block: step.previous?.result?.block };
    }
    if (!found || found.chunk.frontMatter || found.chunk.text.length === 0) return undefined;
    return { start: found.chunk.start, block: found.block ?? analyseBlock(found.chunk.text, format, this.terms) };
  }

  /** The chunks of `text`, each with the last version's state when its text is unchanged. */
  private plan(text: string, format: DocumentFormat, change?: TextChange): Array<Rechunked<ChunkState>> {
    if (format === 'markdown') return rechunk(this.text, this.chunks, text, change && { prefix: change.start, suffix: this.text.length - change.oldEnd });
    const previous = this.chunks[0]?.chunk.text === text ? this.chunks[0] : undefined;
    return [{ chunk: { start: 0, text, frontMatter: false }, previous }];
  }

  private uncached(text: string, format: DocumentFormat): Array<Rechunked<ChunkState>> {
    const chunks = documentChunks(text, format);
    return chunks.map((chunk) => ({ chunk }));
  }

  /** Reads a chunk and runs the block rules on it; past the time budget, the chunk is deferred unread. */
  private analyse(text: string, format: DocumentFormat, rules: readonly Rule[], env: RuleEnv, budget: TimeBudget, slots: SummarySlots): BlockResult {
    const deferred = !budget.left();
    const block = deferred ? budget.unread(text) : analyseBlock(text, format, this.terms);
    const findings: RuleFinding[] = [];
    const result: BlockResult = { block, findings, summaries: slots.empty(), deferred };
    for (const rule of rules) {
      if (severityOf(rule, env.settings) === 'off') continue;
      const report: Report = (f) => findings.push({ ...f, rule });
      if (rule.scope === 'block') rule.check(block, env, report);
      else if (rule.checkBlock) rule.checkBlock(block, env, report, rule.summarize && summaryOf(result, slots.of(rule.summarize), rule.summarize, env));
    }
    return result;
  }
}

/** The time left for reading chunks in one `lint` call; chunks past it are deferred. */
class TimeBudget {
  private readonly deadline: number;
  private stopped = false;

  constructor(private readonly milliseconds: number) {
    this.deadline = performance.now() + milliseconds;
  }

  left(): boolean {
    return performance.now() < this.deadline;
  }

  /** An unread chunk; only the first carries a message, so the writer sees one finding where checking stopped. */
  unread(text: string): Block {
    const firstLine = text.search(/\r|\n/);
    const notChecked = this.stopped
      ? undefined
      : {
          reason: `this line and the rest of the document, because the time allowed for one check (${this.milliseconds / 1000} s) ran out here; split the document or simplify its markup`,
          endOffset: firstLine < 0 ? text.length : firstLine,
        };
    this.stopped = true;
    return unreadBlock(text, notChecked);
  }
}

/** The first chunk that ends at or after `offset`: on a boundary the earlier chunk wins (the cursor after its last word). */
function chunkEndingAt(chunks: ReadonlyArray<{ chunk: Chunk }>, offset: number): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const c = chunks[mid]!.chunk;
    if (c.start + c.text.length >= offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** A chunk's findings where it now sits: the cached list when it has not moved, else shifted copies. */
function placed(state: ChunkState, result: BlockResult, lineBase: number, settings: LintSettings): readonly Finding[] {
  const start = state.chunk.start;
  if (state.placed && state.placed.start === start && state.placed.lineBase === lineBase) return state.placed.findings;
  result.local ??= finishFindings(state.chunk.text, result.findings, state.lines, settings);
  const findings = placeFindings(result.local, start, lineBase);
  state.placed = { start, lineBase, findings };
  return findings;
}

/**
 * Every term mention in the prose of a whole document, in order, with offsets (0-based UTF-16)
 * into `text`, including each word of a list that shares a head ("median" in "the median and tibial
 * nerves"). Front matter, code and URLs are skipped as in `lint`. Never throws.
 */
export function findMentions(text: string, terms: TermIndex, format: DocumentFormat = 'markdown'): Mention[] {
  const out: Mention[] = [];
  for (const { start, block } of analyseDocument(text, format, terms)) {
    for (const m of withSharedHeads(block.masked, block.mentions, terms.matcher)) out.push({ ...m, offset: start + m.offset, endOffset: start + m.endOffset });
  }
  return out;
}

/** The configured severity of a rule: its id wins over its category, then the rule's default. */
export function severityOf(rule: Rule, settings: LintSettings): Severity | 'off' {
  return settings.rules[rule.id] ?? settings.rules[rule.category] ?? rule.defaultSeverity;
}
