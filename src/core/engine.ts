import { analyseBlock, analyseDocument, documentChunks, unreadBlock, type DocumentFormat } from './analyse-block';
import { DirectiveFilter, parseDirective, type Directive } from './directives';
import type { LocatedBlock } from './editor/locate';
import type { Chunk } from './markdown/chunk';
import { rechunk, type Rechunked } from './markdown/rechunk';
import type { Mention } from './matcher';
import { withSharedHeads } from './matcher-ellipsis';
import { ChunkedLines, LineIndex, type Positioner } from './positions';
import { RULES } from './rules/index';
import type { Block, ChunkFold, DocumentInput, DocumentRule, Report, Rule, RuleEnv } from './rules/rule';
import { FoldTotals, NO_TOTALS } from './fold-totals';
import type { TermIndex } from './terminology/term-index';
import { wholeText, type TextSource } from './text/text-source';
import { ChunkedFindings, type ChunkFindings } from './chunk-findings';
import { ChunkReports, type Reports } from './chunk-reports';
import { compareFindings, finishFinding, finishFindings, mergeSorted, type ChunkBase, type RuleFinding } from './findings';
import { SummarySlots, summaryColumns, summaryOf, type SummaryColumns } from './summary-columns';
import { DEFAULT_SETTINGS, type Finding, type LintSettings, type RawFinding, type Severity } from './types';

export { ruleUrl } from './findings';
export { ChunkedFindings, type ChunkFindings } from './chunk-findings';
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
  /**
   * Copied from `result` so a keystroke's walk over every chunk reads this object only: the chunk's
   * block as the document step sees it (its `start` kept up to date), whether the block has comments
   * (disable directives), and whether reading it was deferred.
   */
  entry: { start: number; block: Block } | undefined;
  comments: boolean;
  deferred: boolean;
  /** What the last check found in this chunk, kept while it stays the same (see `Linter.collect`). */
  shown: Shown | undefined;
  /** By fold slot: what each folding document rule made of this chunk at the last check (see `runFold`). */
  folds: FoldRecord[] | undefined;
  /** The chunk as fold states refer to it; `index` is set by each check. */
  place: { index: number };
  /** How many of `folds` hold reports about earlier chunks. */
  reportsBack: number;
  /** The number of the last check that stepped a fold through this chunk again. */
  stepped: number;
}

/** One chunk's step of a `ChunkFold`: the state it started from, its findings, and the state after it. */
interface FoldRecord {
  before: unknown;
  after: unknown;
  /** Findings about this chunk: `collect` reads them from here, so a chunk whose step is kept costs nothing. */
  own: Reports;
  /** Findings about a chunk before this one, `back` chunks back. */
  earlier: ReadonlyArray<{ report: RawFinding; back: number }>;
}

/** A chunk's findings at the last check. */
interface Shown {
  /** The document rules' reports about the chunk, relative to it; undefined when one reached past the chunk. */
  reports: Reports | undefined;
  /** The folding rules' own reports about the chunk, by fold slot (`FoldRecord.own`). */
  folded: readonly Reports[];
  /** Those reports finished, relative to the chunk. */
  documentLocal: readonly Finding[];
  /** The block findings they were merged with into `chunk.findings`. */
  blockLocal: readonly Finding[];
  chunk: ChunkFindings;
}

const NO_FINDINGS: readonly Finding[] = [];
const NO_REPORTS: Reports = { reports: [], rules: [] };

/**
 * Lints documents against one terminology. One `Linter` per open document gives incremental
 * checks: it keeps the last version's chunks, re-chunks only around an edit, re-analyses only
 * chunks whose text changed, and re-positions only findings that moved. Document rules then run
 * over the cached blocks.
 */
export class Linter {
  private chunks: ChunkState[] = [];
  private text: TextSource = '';
  private format: DocumentFormat = 'markdown';
  private cacheKey = '';
  private slots = new SummarySlots([]);
  /** The last check's summary columns; taken out while a check runs. */
  private columns: SummaryColumns | undefined;
  /** By fold slot: the totals of folding rules that tally. */
  private totals: FoldTotals[] = [];
  /** Counts checks, for `ChunkState.stepped`. */
  private checks = 0;

  constructor(private readonly terms: TermIndex) {}

  /**
   * All findings for `text`, sorted by offset then rule id; offsets and positions are 0-based
   * UTF-16 into `text`. Never throws on any input string. Treat the findings as read-only: an
   * unchanged chunk's findings are the same objects from one call to the next.
   */
  lint(text: TextSource, options: LintOptions = {}): Finding[] {
    return this.lintChunks(text, options).findings();
  }

  /**
   * The findings of `lint`, kept per chunk and relative to it, for an editor that re-checks on every
   * keystroke: it can reuse what it made of each chunk's findings while they stay the same. With
   * `change`, a text kept in pieces (`TextSource`) is read around the edit only, not built whole.
   */
  lintChunks(text: TextSource, options: LintOptions = {}): ChunkedFindings {
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
      this.columns = undefined;
      this.totals = [];
    }
    const slots = this.slots;
    // Taken out until this check finishes: they belong to the chunks of the last finished check.
    const lastColumns = this.columns;
    this.columns = undefined;

    // Identical chunks in one version (repeated boilerplate) are analysed once.
    const fresh = new Map<string, ChunkState>();
    const budget = new TimeBudget(options.timeBudgetMs ?? CHECK_TIME_BUDGET_MS);
    // From this index on, every chunk is the last check's state, in the last check's order.
    let keptFrom = 0;
    this.chunks = this.plan(text, format, options.change).map(({ chunk, previous, replaces }, i) => {
      // The last check's state goes on with the chunk wherever it moved (no other state points to it).
      // Every state has the same fields, so the loops below stay monomorphic.
      if (previous && !previous.deferred) {
        previous.chunk = chunk;
        return previous;
      }
      keptFrom = i + 1;
      const same = fresh.get(chunk.text);
      if (same) return newState(chunk, same.lines, same.result, { index: -1 });
      const result = chunk.frontMatter ? undefined : this.analyse(chunk.text, format, rules, env, budget, slots);
      const state = newState(chunk, previous?.lines ?? new LineIndex(chunk.text), result, (previous ?? replaces)?.place ?? { index: -1 });
      if (!chunk.frontMatter) fresh.set(chunk.text, state);
      return state;
    });
    const check = ++this.checks;
    this.text = text;
    this.format = format;

    const lines = new ChunkedLines(this.chunks);
    const blocks: Array<{ start: number; block: Block }> = [];
    const directives: Directive[] = [];
    const analysed: ChunkState[] = [];
    let keptFromAnalysed = 0;
    this.chunks.forEach((state, i) => {
      const { entry } = state;
      if (!entry) return;
      if (i < keptFrom) keptFromAnalysed = analysed.length + 1;
      analysed.push(state);
      // The entry object is reused: no rule keeps it past the check it is given in.
      entry.start = state.chunk.start;
      blocks.push(entry);
      if (!state.comments) return;
      for (const c of entry.block.comments) {
        const d = parseDirective(c.value, entry.start + c.start);
        if (d) directives.push(d);
      }
    });
    const reports = new ChunkReports(analysed.map((state) => state.shown?.reports));
    // Built whole only for a rule that reads past its blocks.
    const doc: DocumentInput = {
      get text() {
        return wholeText(text);
      },
      blocks,
      lines,
    };
    // Front matter is not analysed: the first analysed chunk may start further down.
    const firstLine = lines.lineBase(this.chunks.findIndex((state) => state.result !== undefined));
    const documentRules = rules.filter((rule): rule is DocumentRule => rule.scope === 'document' && severityOf(rule, settings) !== 'off');
    const columns = summaryColumns(this.chunks, documentRules, slots, env, lastColumns);
    const folds: Fold[] = [];
    for (const rule of documentRules) {
      const summaries = rule.summarize ? columns.columns[slots.of(rule.summarize)]! : [];
      if (rule.fold) {
        const slot = folds.length;
        const totals = rule.fold.tally ? (this.totals[slot] ??= new FoldTotals()) : undefined;
        totals?.update(summaries, rule.fold.tally!, columns.unchanged, slots.of(rule.summarize!));
        folds.push({ rule, fold: rule.fold, summaries, state: rule.fold.start(env, totals ?? NO_TOTALS, summaries, firstLine) });
      } else rule.check?.(doc, env, (f, block) => (block === undefined ? reportAt(blocks, f, rule, reports) : reports.add(block, f, rule)), summaries);
    }
    runFolds(folds, analysed, env, reports, keptFromAnalysed, check);
    this.columns = columns;
    const found = this.collect(text, analysed, reports, lines, settings, check);
    return new ChunkedFindings(directives.length > 0 ? withoutDisabled(found, new DirectiveFilter(directives, lines)) : found);
  }

  /**
   * Each analysed chunk's findings: its block findings merged with the document rules' reports
   * about it. A chunk whose reports are the ones of the last check keeps its finished findings,
   * wherever it moved, so a keystroke finishes only what changed and places nothing.
   */
  private collect(text: TextSource, analysed: readonly ChunkState[], reports: ChunkReports, lines: ChunkedLines, settings: LintSettings, check: number): ChunkFindings[] {
    const out: ChunkFindings[] = [];
    let index = 0; // of the state in `this.chunks`, for its first line
    analysed.forEach((state, k) => {
      while (this.chunks[index] !== state) index++;
      const result = state.result!;
      const { chunk, shown } = state;
      // Fold records not stepped again in this check are the ones `shown` was made from (or found equal to).
      const same = reports.same(k) && shown !== undefined && (state.stepped !== check || sameFolded(state.folds, shown.folded));
      const lineBase = lines.lineBase(index);
      if (same && shown.blockLocal === result.local) {
        // Nothing about this chunk changed but its place: its findings stand as they are, moved if it moved
        // (every chunk after an edit, so this path allocates one object at most).
        if (shown.chunk.start !== chunk.start || shown.chunk.lineBase !== lineBase) shown.chunk = { start: chunk.start, lineBase, findings: shown.chunk.findings };
        if (shown.chunk.findings.length > 0) out.push(shown.chunk);
        return;
      }
      // Asked only here: on every keystroke, all but the edited chunks took the path above.
      const now = reports.of(k);
      const folded = state.folds?.map((record) => record.own) ?? [];
      const all = folded.length === 0 ? now.reports : joinReports([...folded, now.reports]);
      // A report reaching past its chunk reads text outside it, which may change while the chunk does not.
      const inside = all.reports.every((r) => r.offset >= 0 && r.endOffset <= chunk.text.length);
      const documentLocal = same ? shown.documentLocal : inside ? finishReports(chunk.text, all, state.lines, settings) : finishReports(wholeText(text), all, lines, settings, { start: chunk.start, lineBase });
      result.local ??= finishFindings(chunk.text, result.findings, state.lines, settings);
      const blockLocal = result.local;
      const findings = shown && shown.blockLocal === blockLocal && shown.documentLocal === documentLocal ? shown.chunk.findings : mergeSorted(blockLocal, documentLocal);
      const kept = shown && shown.chunk.start === chunk.start && shown.chunk.lineBase === lineBase && shown.chunk.findings === findings;
      const placed = kept ? shown.chunk : { start: chunk.start, lineBase, findings };
      state.shown = { reports: inside ? now.reports : undefined, folded, documentLocal, blockLocal, chunk: placed };
      if (findings.length > 0) out.push(placed);
    });
    return out;
  }

  /**
   * The analysed chunk that holds `offset` (0-based UTF-16) in `text`, for hover and completion.
   * Answered from the chunks of the last `lint` (re-chunking only around an edit since then), so
   * it costs a lookup, not a parse of the document. Same answer as `blockAt` in `editor/locate`.
   */
  blockAt(text: TextSource, offset: number, format: DocumentFormat = 'markdown'): LocatedBlock | undefined {
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
  private plan(text: TextSource, format: DocumentFormat, change?: TextChange): Array<Rechunked<ChunkState>> {
    if (format === 'markdown') return rechunk(this.text, this.chunks, text, change && { prefix: change.start, suffix: this.text.length - change.oldEnd });
    const whole = wholeText(text);
    const previous = this.chunks[0]?.chunk.text === whole ? this.chunks[0] : undefined;
    return [{ chunk: { start: 0, text: whole, frontMatter: false }, previous }];
  }

  private uncached(text: TextSource, format: DocumentFormat): Array<Rechunked<ChunkState>> {
    const chunks = documentChunks(wholeText(text), format);
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

/** One folding rule in `runFolds`: its summaries and the state its pass has reached. */
interface Fold {
  rule: DocumentRule;
  fold: ChunkFold<unknown>;
  summaries: readonly unknown[];
  state: unknown;
}

/**
 * The folding rules' passes over the analysed chunks, side by side: each chunk is visited once for all of
 * them, so its fold records are read together (one pass per rule over a long document cost a cache miss
 * per chunk per rule). A chunk read at the last check keeps its findings while the state before it is the
 * same, so after an edit only the edited chunks and those whose state the edit changed are stepped. Every
 * other chunk costs one comparison of states per rule: by identity once the pass is back on the states of
 * the last check, since a kept step hands on its old state after. A rule's slot is its index in `folds`.
 * From `keptFrom` on, the chunks are the last check's in its order: once every pass is back on the state a
 * chunk there started from, the rest of the pass is the last one, so it is not walked rule by rule again.
 */
function runFolds(folds: Fold[], analysed: readonly ChunkState[], env: RuleEnv, reports: ChunkReports, keptFrom: number, check: number): void {
  for (let k = 0; k < analysed.length; k++) {
    const chunk = analysed[k]!;
    if (k >= keptFrom && rejoined(folds, chunk)) {
      finishAsBefore(folds, analysed, k, reports);
      break;
    }
    chunk.place.index = k;
    const records = (chunk.folds ??= []);
    for (let slot = 0; slot < folds.length; slot++) {
      const pass = folds[slot]!;
      let record = records[slot];
      if (!record || (record.before !== pass.state && !pass.fold.same(record.before, pass.state))) {
        const old = record;
        record = records[slot] = step(pass, chunk, k, env);
        chunk.stepped = check;
        chunk.reportsBack += (record.earlier.length > 0 ? 1 : 0) - (old && old.earlier.length > 0 ? 1 : 0);
      }
      if (record.earlier.length > 0) for (const { report, back } of record.earlier) reports.add(k - back, report, pass.rule);
      pass.state = record.after;
    }
  }
  for (const { rule, fold, state, summaries } of folds) fold.finish?.(state, env, (report, back = 1) => reports.add(analysed.length - back, report, rule), summaries);
}

/** Whether every pass has reached, by identity, the state it started `chunk` from at the last check. */
function rejoined(folds: readonly Fold[], chunk: ChunkState): boolean {
  const records = chunk.folds;
  if (!records || records.length !== folds.length) return false;
  for (let slot = 0; slot < folds.length; slot++) if (records[slot]!.before !== folds[slot]!.state) return false;
  return true;
}

/**
 * The rest of the passes from chunk `from` on, as the last check made them: their reports about earlier
 * chunks, each pass's state after the last chunk, and the chunks' places where an edit above moved them.
 */
function finishAsBefore(folds: Fold[], analysed: readonly ChunkState[], from: number, reports: ChunkReports): void {
  const moved = analysed[from]!.place.index !== from;
  for (let k = from; k < analysed.length; k++) {
    const chunk = analysed[k]!;
    if (moved) chunk.place.index = k;
    if (chunk.reportsBack === 0) continue;
    chunk.folds!.forEach((record, slot) => {
      for (const { report, back } of record.earlier) reports.add(k - back, report, folds[slot]!.rule);
    });
  }
  const last = analysed[analysed.length - 1]!.folds!;
  folds.forEach((pass, slot) => (pass.state = last[slot]!.after));
}

/** A chunk's state before its first check. */
function newState(chunk: Chunk, lines: LineIndex, result: BlockResult | undefined, place: { index: number }): ChunkState {
  return {
    chunk,
    lines,
    result,
    entry: result && { start: chunk.start, block: result.block },
    comments: result !== undefined && result.block.comments.length > 0,
    deferred: result?.deferred === true,
    shown: undefined,
    folds: undefined,
    place,
    reportsBack: 0,
    stepped: 0,
  };
}

/** One fold's step through chunk `k`, from the state its pass has reached. */
function step(pass: Fold, chunk: ChunkState, k: number, env: RuleEnv): FoldRecord {
  const own: RawFinding[] = [];
  const earlier: Array<{ report: RawFinding; back: number }> = [];
  const after = pass.fold.step(pass.state, { block: chunk.result!.block, summary: pass.summaries[k], place: chunk.place }, env, (report, back = 0) => (back === 0 ? own.push(report) : earlier.push({ report, back })));
  return { before: pass.state, after, own: own.length > 0 ? { reports: own, rules: own.map(() => pass.rule) } : NO_REPORTS, earlier: earlier.length > 0 ? earlier : NO_EARLIER };
}

/** A fold record's `earlier` when its step reported nothing about earlier chunks, as nearly all do: one shared empty list, not one per chunk per folding rule. */
const NO_EARLIER: FoldRecord['earlier'] = [];

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

/**
 * A document rule's report with document offsets, as a report about the chunk it starts in (the
 * first chunk for one before it). Offsets move with the chunk, so rules that can should report
 * relative to their block instead and save this copy.
 */
function reportAt(blocks: ReadonlyArray<{ start: number }>, f: RawFinding, rule: Rule, reports: ChunkReports): void {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid]!.start <= f.offset) low = mid;
    else high = mid - 1;
  }
  const start = blocks[low]?.start ?? 0;
  const moved = start === 0 ? f : { ...f, offset: f.offset - start, endOffset: f.endOffset - start, fixes: f.fixes.map((x) => ({ ...x, offset: x.offset - start, endOffset: x.endOffset - start })) };
  reports.add(low, moved, rule);
}

/**
 * Reports about one chunk finished relative to it, sorted. `text` and `lines` are the chunk's, or
 * the document's with `base` saying where the chunk sits (for reports that reach past the chunk).
 */
function finishReports(text: string, { reports, rules }: Reports, lines: Positioner, settings: LintSettings, base?: ChunkBase): readonly Finding[] {
  if (reports.length === 0) return NO_FINDINGS;
  const out: Finding[] = [];
  reports.forEach((report, i) => {
    const finding = finishFinding(text, { ...report, rule: rules[i]! }, lines, settings, base);
    if (finding) out.push(finding);
  });
  return out.sort(compareFindings);
}

/** Whether a chunk's fold records hold the reports it showed last time. */
function sameFolded(records: readonly FoldRecord[] | undefined, shown: readonly Reports[]): boolean {
  const length = records?.length ?? 0;
  if (length !== shown.length) return false;
  for (let i = 0; i < length; i++) if (records![i]!.own !== shown[i]) return false;
  return true;
}

/** Several rules' reports about one chunk as one list; the lists that are empty add nothing. */
function joinReports(parts: readonly Reports[]): Reports {
  const filled = parts.filter((p) => p.reports.length > 0);
  if (filled.length <= 1) return filled[0] ?? NO_REPORTS;
  return { reports: filled.flatMap((p) => p.reports), rules: filled.flatMap((p) => p.rules) };
}

/** The chunks' findings without those that disable comments switch off (new lists only where some are). */
function withoutDisabled(chunks: readonly ChunkFindings[], filter: DirectiveFilter): ChunkFindings[] {
  const out: ChunkFindings[] = [];
  for (const c of chunks) {
    const kept = c.findings.filter((f) => !filter.isDisabled(f.ruleId, f.category, c.start + f.offset, c.lineBase + f.range.start.line));
    if (kept.length === c.findings.length) out.push(c);
    else if (kept.length > 0) out.push({ start: c.start, lineBase: c.lineBase, findings: kept });
  }
  return out;
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
