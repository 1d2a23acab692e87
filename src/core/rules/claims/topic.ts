import type { TermIndex } from '../../terminology/term-index';
import type { Mention } from '../../matcher';
import type { Entry } from '../../terminology/types';
import { isNervousDisease } from '../../claims/pair-words';
import type { ProseUnit } from '../../markdown/prose';
import type { Block, DocumentInput } from '../rule';

/** The level-1 title a document opens with, and the first term it names. Offsets are absolute. */
export interface DocumentTitle {
  entry: Entry;
  offset: number;
  endOffset: number;
  /** The heading's words (read from its chunk: the whole document's text is not built on every keystroke). */
  text: string;
}

/**
 * The document's title and topic: the first term named in its first heading, when that heading is a
 * level-1 title ("# 10 things to know about GBS"), passing over general words (`general: true`, such as
 * "treatment"). Undefined when the document does not open with such a title, or the title names no term.
 */
export function documentTitle(doc: DocumentInput, terms: TermIndex): DocumentTitle | undefined {
  for (const { start, block } of doc.blocks) {
    const title = titleIn(block, terms);
    if (!title) continue;
    const { entry, heading } = title;
    return entry && heading ? { entry, offset: start + heading.start, endOffset: start + heading.end, text: block.text.slice(heading.start, heading.end) } : undefined;
  }
  return undefined;
}

/**
 * What one chunk decides about the title: nothing when it has no prose; else the first term of its
 * level-1 heading, or no topic when its first heading is not one or it has prose but no heading.
 */
function titleIn(block: Block, terms: TermIndex): { entry: Entry | undefined; heading?: ProseUnit } | undefined {
  const heading = block.units.find((u) => u.kind === 'heading');
  if (!heading) return block.units.length > 0 ? { entry: undefined } : undefined;
  if (heading.depth !== 1) return { entry: undefined };
  // "# Treatment options for CIDP" is about CIDP: a general word is never the page's topic.
  const named = block.mentionsIn(heading.start, heading.end).filter((m) => !terms.get(m.termId)?.general);
  // "# Neurological disorders: CIDP": a class of conditions before a colon files the page; the name after it is the topic.
  const colon = block.masked.indexOf(':', heading.start);
  const first = named[0] && terms.get(named[0].termId)?.kind === 'concept' && colon !== -1 && colon < heading.end && named[0].endOffset <= colon ? (named.find((m) => m.offset > colon) ?? named[0]) : named[0];
  return { entry: first && terms.get(first.termId), heading };
}

/** The topic as far as the chunks read so far tell: undefined until the first chunk with prose decides it, null for none. */
export type TopicSoFar = Entry | null | undefined;

/** `documentTopic` read one chunk at a time, for rules that fold over the chunks: the topic once `block` is read. */
export function topicAfter(before: TopicSoFar, block: Block, terms: TermIndex): TopicSoFar {
  if (before !== undefined) return before;
  const title = titleIn(block, terms);
  return title && (title.entry ?? null);
}

/** The document's topic (see `documentTitle`): claim rules read a sentence whose subject is "It" as one about it. */
export function documentTopic(doc: DocumentInput, terms: TermIndex): Entry | undefined {
  return documentTitle(doc, terms)?.entry;
}

/** The ids of the nervous-system diseases a chunk names ("an infection" or "trauma" named as a trigger are not). */
export function nervousDiseases(block: Block, terms: TermIndex): string[] {
  return [...new Set(block.mentions.filter((m) => isNervousDisease(m, terms)).map((m) => m.termId))];
}

/** The one disease among `ids`, its subtypes counting as it (a page naming GBS and AIDP is about GBS). */
export function soleDisease(ids: readonly string[], terms: TermIndex): Entry | undefined {
  const all = [...new Set(ids)].map((id) => terms.get(id)).filter((e): e is Entry => e !== undefined);
  return all.find((e) => all.every((other) => other === e || terms.ancestors(other).includes(e.id)));
}

/** A sentence that opens with "It" or "This is" (after list numbering or emphasis): the pronoun's span. */
export interface PronounSentence {
  offset: number;
  endOffset: number;
  /** Offset where the predicate starts, just after the pronoun. */
  rest: number;
  end: number;
}

const PRONOUN = /^(?:\d+[.)]\s+)?(It|This (?:condition|disease|illness|syndrome|treatment|therapy)|This(?=\s+is\b))\s+/;

/** Every sentence of `block` whose subject is "It" or "This condition"; chunk-relative offsets. */
export function pronounSentences(block: Block): PronounSentence[] {
  const out: PronounSentence[] = [];
  for (const unit of block.units) {
    if (unit.kind === 'heading' && unit.depth === 1) continue;
    for (const span of block.sentences(unit)) {
      const text = block.masked.slice(span.start, span.end);
      const m = PRONOUN.exec(text);
      if (!m) continue;
      const offset = span.start + m[0].indexOf(m[1]!);
      out.push({ offset, endOffset: offset + m[1]!.length, rest: span.start + m[0].length, end: span.end });
    }
  }
  return out;
}

/** A mention that stands for the topic where the text says "It" (or names nothing). Offsets as given. */
export function topicMention(topic: Entry, offset: number, endOffset: number, text: string): Mention {
  return { termId: topic.id, form: 'preferred', surface: topic.preferred, text, offset, endOffset, possessive: false, plural: false };
}
