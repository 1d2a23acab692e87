import { extractProse, plainProse, type ProseUnit } from './markdown/prose';
import type { Mention } from './matcher';
import type { Block } from './rules/rule';
import type { TermIndex } from './terminology/term-index';
import { splitSentences, type Span } from './text/sentences';

export type DocumentFormat = 'markdown' | 'text';

/**
 * Parses one chunk and finds its term mentions in prose. Offsets are 0-based UTF-16 into `text`.
 * Sentences are split on first use and kept. Never throws.
 */
export function analyseBlock(text: string, format: DocumentFormat, terms: TermIndex): Block {
  const prose = format === 'text' ? plainProse(text) : extractProse(text);
  const mentions: Mention[] = [];
  // A loop, not push(...): a paragraph can hold more mentions than a call may take arguments.
  for (const unit of prose.units) for (const m of terms.matcher.match(prose.masked, unit.start, unit.end)) mentions.push(m);
  const sentenceCache = new Map<ProseUnit, Span[]>();
  return {
    text,
    masked: prose.masked,
    units: prose.units,
    comments: prose.comments,
    mentions,
    sentences(unit) {
      let spans = sentenceCache.get(unit);
      if (!spans) sentenceCache.set(unit, (spans = splitSentences(prose.masked, unit.start, unit.end)));
      return spans;
    },
    mentionsIn(start, end) {
      return mentionsBetween(mentions, start, end);
    },
  };
}

/** Mentions inside [start, end), found by binary search since mentions are in offset order. */
function mentionsBetween(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.offset < start) low = mid + 1;
    else high = mid;
  }
  const out: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.offset < end; i++) {
    if (mentions[i]!.endOffset <= end) out.push(mentions[i]!);
  }
  return out;
}
