import type { DocumentFormat } from '../analyse-block';
import type { SurfaceForm } from '../terminology/types';
import type { TermIndex } from '../terminology/term-index';
import type { Audience } from '../types';
import type { TextSource } from '../text/text-source';
import { DO_NOT_USE, MEDICATION_CONTEXT } from '../rules/ambiguous-abbreviation/do-not-use';
import { entryMarkdown, escapeMarkdown } from './entry-markdown';
import { blockAt, type BlockSource } from './locate';
import { claimsAboutMention } from '../claims/explain';
import type { Mention } from '../matcher';
import { LIST_WINDOW, sharedHeadMentions } from '../matcher-ellipsis';

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
 * chunk around the offset, so it stays fast on long documents. When the sentence makes a claim about
 * the term (a treatment for it, where it acts), the hover ends with what it says and how that stands
 * against the facts. Never throws.
 */
export function hoverAt(text: TextSource, offset: number, terms: TermIndex, options: HoverOptions = {}): TermHover | undefined {
  const format = options.format ?? 'markdown';
  const located = options.blocks ? options.blocks.blockAt(text, offset, format) : blockAt(text, offset, format, terms);
  if (!located) return undefined;
  const relative = offset - located.start;
  const at = (m: Mention) => m.offset <= relative && relative < m.endOffset;
  // A word of a list that shares its head ("median" in "the median and tibial nerves") reads as the
  // whole name; only mentions just after the pointer can complete it.
  const listed = sharedHeadMentions(located.block.masked, located.block.mentionsIn(Math.max(0, relative - 64), relative + LIST_WINDOW), terms.matcher);
  const mention = listed.find(at) ?? located.block.mentions.find(at);
  if (!mention) return undefined;
  const entry = terms.get(mention.termId);
  if (!entry) return undefined;
  const markdown = entryMarkdown(entry, terms, { audience: options.audience ?? 'patient', mention });
  const medicine = mention.form === 'abbreviation' ? medicineReading(mention.surface, sentenceAround(located.block.masked, mention.offset)) : undefined;
  const claims = claimsAboutMention(located.block, mention, terms);
  return {
    termId: entry.id,
    form: mention.form,
    offset: located.start + mention.offset,
    endOffset: located.start + mention.endOffset,
    markdown: [medicine, markdown, claims].filter((part): part is string => part !== undefined).join('\n\n---\n\n'),
  };
}

/**
 * When the sentence is about a medicine (a dose, a drug word) and the abbreviation is on the Joint
 * Commission "Do Not Use" list, the context settles another meaning than the terminology entry:
 * say so first, so "give MS 4 mg" does not read as multiple sclerosis.
 */
function medicineReading(abbreviation: string, sentence: string): string | undefined {
  const form = DO_NOT_USE.find((f) => f.form === abbreviation);
  if (!form || !MEDICATION_CONTEXT.test(sentence)) return undefined;
  const meanings = form.writeInstead.map((w) => `**${escapeMarkdown(w)}**`).join(' or ');
  return `In this sentence about a medicine, "${escapeMarkdown(abbreviation)}" likely means ${meanings}. It is on the Joint Commission "Do Not Use" list for medicines: write the name in full.`;
}

/** The sentence of `text` around `offset`: from the previous sentence end to the next one. */
function sentenceAround(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  const rest = text.slice(offset).search(/[.!?](?:\s|$)|\n/);
  return text.slice(start, rest < 0 ? text.length : offset + rest + 1);
}
