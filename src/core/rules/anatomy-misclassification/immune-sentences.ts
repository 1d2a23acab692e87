import type { Mention } from '../../matcher';
import { isCondition, isImmuneCondition } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import { sentencesAbout } from '../claims/sentences';
import type { Block } from '../rule';
import type { Span } from '../../text/sentences';
import { asksQuestion } from '../../text/questions';

export interface ImmuneSentence {
  span: Span;
  /** The immune-mediated conditions the sentence is about (named, or referred back to). */
  mentions: Mention[];
  text: string;
  /** Every mention inside the sentence. */
  inside: readonly Mention[];
}

/**
 * The sentences of a block about a condition the immune system causes, questions left out. Three checks walk
 * them (attacker, contagion, weak immunity), so they are read once per block and kept with it.
 */
export const immuneSentences = (block: Block, terms: TermIndex): readonly ImmuneSentence[] => block.read(readImmuneSentences, terms);

function readImmuneSentences(block: Block, terms: TermIndex): ImmuneSentence[] {
  const out: ImmuneSentence[] = [];
  const immune = (m: Mention): boolean => isImmuneCondition(m, terms);
  for (const { span, mentions } of sentencesAbout(block, immune, (m) => isCondition(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text)) continue;
    out.push({ span, mentions, text, inside: block.mentionsIn(span.start, span.end) });
  }
  return out;
}
