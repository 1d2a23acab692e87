import type { DocumentFormat } from '../analyse-block';
import type { SurfaceForm } from '../terminology/types';
import type { TermIndex } from '../terminology/term-index';
import type { Audience } from '../types';
import { entryMarkdown } from './entry-markdown';
import { blockAt, type BlockSource } from './locate';

export interface HoverOptions {
  format?: DocumentFormat;
  audience?: Audience;
  /** The document's `Linter`, whose cached chunks answer without parsing; optional. */
  blocks?: BlockSource;
}

/** What to show when the pointer rests on a recognized term. Offsets are 0-based UTF-16 into the document. */
export interface TermHover {
  termId: string;
  form: SurfaceForm;
  offset: number;
  endOffset: number;
  /** The hover content as Markdown. */
  markdown: string;
}

/**
 * The hover for the term under `offset`, or undefined when there is none. Only prose counts:
 * code blocks, inline code, HTML, URLs and front matter never get a hover. Analyses only the
 * chunk around the offset, so it stays fast on long documents. Never throws.
 */
export function hoverAt(text: string, offset: number, terms: TermIndex, options: HoverOptions = {}): TermHover | undefined {
  const format = options.format ?? 'markdown';
  const located = options.blocks ? options.blocks.blockAt(text, offset, format) : blockAt(text, offset, format, terms);
  if (!located) return undefined;
  const relative = offset - located.start;
  const mention = located.block.mentions.find((m) => m.offset <= relative && relative < m.endOffset);
  if (!mention) return undefined;
  const entry = terms.get(mention.termId);
  if (!entry) return undefined;
  return {
    termId: entry.id,
    form: mention.form,
    offset: located.start + mention.offset,
    endOffset: located.start + mention.endOffset,
    markdown: entryMarkdown(entry, terms, { audience: options.audience ?? 'patient', mention }),
  };
}
