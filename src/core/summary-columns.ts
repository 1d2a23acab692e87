import type { Block, DocumentRule, Rule, RuleEnv } from './rules/rule';

type Summarizer = NonNullable<DocumentRule['summarize']>;

/** One chunk's analysis as far as summaries go: undefined for a chunk that is not analysed (front matter). */
export interface Summarized {
  block: Block;
  /** Summaries by slot (see `SummarySlots`); `UNSUMMARIZED` until first use. */
  summaries: unknown[];
}

/** Marks a summary slot not computed yet (a summary may itself be undefined). */
const UNSUMMARIZED: unique symbol = Symbol('unsummarized');

/**
 * A slot number per distinct `summarize` function of a rule list, so a chunk keeps its summaries
 * in a small array: a keystroke walks every chunk once per document rule, and an array read there
 * costs less than a map lookup. Rules that share a `summarize` function share a slot.
 */
export class SummarySlots {
  private readonly slots = new Map<Summarizer, number>();

  constructor(rules: readonly Rule[]) {
    for (const rule of rules) if (rule.scope === 'document' && rule.summarize && !this.slots.has(rule.summarize)) this.slots.set(rule.summarize, this.slots.size);
  }

  /** Whether every document rule's `summarize` has a slot here. */
  fits(rules: readonly Rule[]): boolean {
    return rules.every((rule) => rule.scope !== 'document' || !rule.summarize || this.slots.has(rule.summarize));
  }

  of(summarize: Summarizer): number {
    return this.slots.get(summarize)!;
  }

  empty(): unknown[] {
    return new Array<unknown>(this.slots.size).fill(UNSUMMARIZED);
  }
}

/** A chunk of one check: its analysis, if it has one. */
type ChunkOf = { readonly result: Summarized | undefined };

/** The summary columns of one check, with the chunks they were read from. */
export interface SummaryColumns {
  chunks: readonly ChunkOf[];
  /** By slot: the summaries of the analysed chunks, in block order. */
  columns: unknown[][];
  /** How the columns differ from the last check's, when they are its arrays updated in place. */
  unchanged: Unchanged;
}

/**
 * The last check's columns were updated in place: the first `head` and last `tail` entries stayed, and
 * `removed[slot]` are the entries taken out of that column between them. Without `removed`, the columns
 * are new arrays.
 */
export interface Unchanged {
  head: number;
  tail: number;
  removed?: readonly unknown[][];
}

/** Above this many new entries a column is built afresh: a spread argument list has a length limit. */
const MAX_SPLICE = 10_000;

/**
 * The document rules' summaries of the analysed chunks, one column per slot in block order: each
 * computed once per chunk analysis and kept with it (identical chunks share one), so an edit
 * re-summarizes only the chunks it touched. A column entry depends only on its chunk's analysis, so
 * where the runs of analyses at the start and at the end are the ones of `last` (the same rules and
 * settings), the last check's column arrays are kept and only the run between is replaced: a
 * keystroke then reads and allocates for the edited chunks only, not for every chunk.
 */
export function summaryColumns(chunks: readonly ChunkOf[], rules: readonly DocumentRule[], slots: SummarySlots, env: RuleEnv, last?: SummaryColumns): SummaryColumns {
  const wanted: Array<{ slot: number; summarize: Summarizer }> = [];
  const seen = new Set<number>();
  for (const rule of rules) {
    if (!rule.summarize || seen.has(slots.of(rule.summarize))) continue;
    seen.add(slots.of(rule.summarize));
    wanted.push({ slot: slots.of(rule.summarize), summarize: rule.summarize });
  }
  const lastColumns = last && wanted.every(({ slot }) => last.columns[slot]) ? last.columns : undefined;
  const old = lastColumns ? last!.chunks : [];
  const same = Math.min(old.length, chunks.length);
  // Leading and trailing chunks with the same analyses as last time, and how many of them are blocks.
  let head = 0;
  let headBlocks = 0;
  for (; head < same && chunks[head]!.result === old[head]!.result; head++) if (old[head]!.result) headBlocks++;
  let tail = 0;
  let tailBlocks = 0;
  for (; tail < same - head && chunks[chunks.length - 1 - tail]!.result === old[old.length - 1 - tail]!.result; tail++) if (old[old.length - 1 - tail]!.result) tailBlocks++;
  const middle = (slot: number, summarize: Summarizer): unknown[] => {
    const out: unknown[] = [];
    for (let i = head; i < chunks.length - tail; i++) {
      const result = chunks[i]!.result;
      if (result) out.push(summaryOf(result, slot, summarize, env));
    }
    return out;
  };
  const columns: unknown[][] = [];
  if (lastColumns && chunks.length - tail - head <= MAX_SPLICE) {
    const removed: unknown[][] = [];
    for (const { slot, summarize } of wanted) {
      const column = lastColumns[slot]!;
      removed[slot] = column.splice(headBlocks, column.length - headBlocks - tailBlocks, ...middle(slot, summarize));
      columns[slot] = column;
    }
    return { chunks, columns, unchanged: { head: headBlocks, tail: tailBlocks, removed } };
  }
  for (const { slot, summarize } of wanted) columns[slot] = middle(slot, summarize);
  if (lastColumns) {
    for (const { slot } of wanted) {
      const kept = lastColumns[slot]!;
      columns[slot] = [...kept.slice(0, headBlocks), ...columns[slot]!, ...kept.slice(kept.length - tailBlocks)];
    }
  }
  return { chunks, columns, unchanged: { head: headBlocks, tail: tailBlocks } };
}

/** A chunk's summary in `slot`, computed on first use and kept with the chunk's analysis. */
export function summaryOf(result: Summarized, slot: number, summarize: Summarizer, env: RuleEnv): unknown {
  let summary = result.summaries[slot];
  if (summary === UNSUMMARIZED) result.summaries[slot] = summary = summarize(result.block, env);
  return summary;
}
