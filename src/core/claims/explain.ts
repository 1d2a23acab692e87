import type { Mention } from '../matcher';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import { compareWithFacts, type FactVerdict } from './compare';
import { says } from './inventory';
import { readClaims } from './reader';

const VERDICT_WORDS: Partial<Record<FactVerdict, string>> = {
  agrees: 'matches the facts',
  differs: 'differs from the facts',
  unsettled: 'the evidence does not settle it',
};

/**
 * What the sentence around `mention` claims about it, for the hover: one line per claim the writer
 * states (questions, myths and reported beliefs are left out), with how it stands against the facts.
 * Undefined when the sentence makes no such claim. Offsets are chunk-relative.
 */
export function claimsAboutMention(block: Block, mention: Mention, terms: TermIndex): string | undefined {
  const lines: string[] = [];
  for (const claim of readClaims(block, terms, { within: { start: mention.offset, end: mention.endOffset } })) {
    const named = [claim.subject, claim.object].some((t) => t.offset === mention.offset && !t.implicit);
    if (!named) continue;
    const match = compareWithFacts(claim, terms);
    const verdict = VERDICT_WORDS[match.verdict];
    if (!verdict) continue;
    const framing = [claim.negated ? 'denied' : '', claim.certainty === 'stated' ? '' : claim.certainty].filter(Boolean).join(', ');
    const fact = match.verdict === 'agrees' || !match.fact ? '' : ` Fact: ${match.fact}.`;
    lines.push(`- ${says(claim, terms)}${framing ? ` (${framing})` : ''}: ${verdict}.${fact}`);
  }
  return lines.length > 0 ? `**What this sentence says**\n\n${[...new Set(lines)].join('\n')}` : undefined;
}
