import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Block } from '../rule';
import { ANATOMY_TEXT } from './cues';
import type { Misplacement } from './sentence-claims';

/** "(those in the spine)", ", those in the spine,": words right after a name that say what it is. */
const BRACKETED = /^\s*\(([^()]{1,80})\)/;
const APPOSED = /^\s*,\s*((?:those|the ones|which are|that is|i\.e\.|ie|meaning)\b[^,.;()]{1,60}),/i;
/** ", including the brain, spinal cord, and nerves": what the name is said to take in, up to the sentence's end. */
const INCLUDING = /^\s*,?\s*((?:including|such as|which includes?|that includes?)\s[^.;:()]{1,80}?)\s*(?=[.;:()]|$)/i;
/** The central nervous system as where the name lies, right after it with no comma: "Peripheral nerves in the brain and spinal cord". */
const PLACED_IN = /^\s+((?:(?:located|found|lying)\s+)?(?:in|inside|within)\s+(?:the\s+|your\s+)?(?:brain|spinal\s+cord|central\s+nervous\s+system|CNS)(?:\s+(?:and|or)\s+(?:the\s+|your\s+)?(?:brain|spinal\s+cord))?)\b/;
/** The spine as the place: "in the spine", "inside your spine" (nerves leave it; they do not lie in it). */
const IN_THE_SPINE = /\b(?:in|inside|within)\s+(?:the\s+|your\s+)?spine\b/i;
/** Words that put the nerves outside or coming from the brain and spinal cord, which is right. */
const OUTSIDE = /\b(?:outside|beyond|leav\w*|exit\w*|branch\w*|from|connect\w*|link\w*|out of|other than|except\w*|exclud\w*|apart from|besides|not)\b/i;

/**
 * The peripheral nerves defined in brackets or an apposition as lying in the brain, spinal cord or
 * spine: "the peripheral nerves (those in the spine)", "the peripheral nervous system, including the brain", or placed
 * there right after the name ("Peripheral nerves in the brain and spinal cord send messages"). The finding runs from the
 * name to the closing bracket or comma, or to the end of the place. Quiet for definitions that place them outside or coming from there. Chunk-relative.
 */
export function bracketDefinition(block: Block, mention: Mention, terms: TermIndex): Pick<Misplacement, 'says' | 'claim'> | undefined {
  const after = block.masked.slice(mention.endOffset, mention.endOffset + 100);
  const m = BRACKETED.exec(after) ?? APPOSED.exec(after) ?? INCLUDING.exec(after) ?? PLACED_IN.exec(after);
  if (!m || OUTSIDE.test(m[1]!)) return undefined;
  const from = mention.endOffset + m.index + m[0].indexOf(m[1]!);
  const inside = block.mentionsIn(from, from + m[1]!.length);
  const central = inside.some((x) => terms.get(x.termId)?.site === 'central');
  if (!central && !IN_THE_SPINE.test(m[1]!)) return undefined;
  // The closing bracket belongs to the span; the comma after an apposition does not.
  const endOffset = m[0].endsWith(')') ? mention.endOffset + m.index + m[0].length : from + m[1]!.length;
  return { says: ANATOMY_TEXT, claim: { endOffset, text: block.text.slice(mention.offset, endOffset) } };
}
