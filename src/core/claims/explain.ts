import type { Mention } from '../matcher';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import { compareWithFacts, VERDICT_WORDS } from './compare';
import { says } from './inventory';
import { blockClaims } from './reader';

/**
 * What the sentence around `mention` claims about it, for the hover: one line per claim the writer
 * states (questions, myths and reported beliefs are left out), with how it stands against the facts.
 * Undefined when the sentence makes no such claim. Offsets are chunk-relative.
 */
export function claimsAboutMention(block: Block, mention: Mention, terms: TermIndex): string | undefined {
  const lines: string[] = [];
  // The block's memoised reading: on a Linter's cached block the hover reads nothing again.
  for (const claim of blockClaims(block, terms)) {
    const named = [claim.subject, claim.object].some((t) => t.offset === mention.offset && !t.implicit);
    if (!named) continue;
    const match = compareWithFacts(claim, terms);
    // Only what the writer asserts and the facts can speak to.
    if (match.verdict === 'not-asserted' || match.verdict === 'no-fact') continue;
    const verdict = VERDICT_WORDS[match.verdict];
    const framing = [claim.negated ? 'denied' : '', claim.certainty === 'stated' ? '' : claim.certainty].filter(Boolean).join(', ');
    const fact = match.verdict === 'agrees' || !match.fact ? '' : ` Fact: ${match.fact}.`;
    lines.push(`- ${says(claim, terms)}${framing ? ` (${framing})` : ''}: ${verdict}.${fact}`);
  }
  return lines.length > 0 ? `**What this sentence says**\n\n${[...new Set(lines)].join('\n')}` : undefined;
}
