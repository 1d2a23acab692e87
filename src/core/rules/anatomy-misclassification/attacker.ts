import type { Mention } from '../../matcher';
import { contextOf, findTriggers } from '../../claims/context';
import { isCondition, SITES_CLAIMED } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { immuneSentences } from './immune-sentences';
import { sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';

/** Right after the germ: "attacks", "that destroys", "which directly damages", "invaded". */
const ATTACKS = /^\s*(?:(?:that|which)\s+)?(?:\w+ly\s+)?(?:attack|destroy|damage|invade|infect|strip|eat)(?:s|es|ed|ing)?\b(?:\s+away)?/i;
/** The systems a part of the nervous system is linked to in the terminology (nerve, myelin and axon are, besides parts with a site). */
const SYSTEMS = new Set(['nervous-system', 'peripheral-nervous-system', 'central-nervous-system', 'autonomic-nervous-system']);

/**
 * An immune-mediated condition described as a germ attacking the nerves: "In Guillain-Barré syndrome,
 * an unknown virus attacks the nervous system", "GBS is caused by an infection of the nerves". The immune system does the damage, often after an
 * infection, so the germ is at most the trigger. The germ is a mention of an entry whose name implies
 * an infection (virus, bacteria, viral infection); the part is of the nervous system. Quiet when the
 * sentence names a condition that is not immune-mediated (a virus may attack the nerves in shingles),
 * and for denied, hedged, reported and asked sentences. Chunk-relative and pure.
 */
export function attackerFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { span, mentions, inside } of immuneSentences(block, terms)) {
    const germs = inside.filter((m) => terms.get(m.termId)?.implies === 'infection');
    if (germs.length === 0) continue;
    if (inside.some((m) => isCondition(m, terms) && !germs.includes(m) && terms.get(m.termId)?.immuneMediated !== true)) continue;
    const condition = terms.get(mentions[0]!.termId)!;
    for (const germ of germs) {
      const part = attackedPart(block, germ, inside, span.end, terms);
      // "GBS is an infection of the brain": the wrong place is the site check's finding; one per sentence.
      if (!part || (terms.get(part.termId)!.site === 'central' && condition.site !== 'central')) continue;
      const context = contextOf(findTriggers(block.masked, span), { start: germ.offset, end: part.endOffset });
      if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer') continue;
      out.push(germFinding(block, condition, { offset: germ.offset, endOffset: part.endOffset }));
      break;
    }
  }
  return out;
}

/** "an infection of the nerves", "bacteria in the nerves": the germ placed in the part itself. */
const PLACED_IN = /^\s*(?:of|in|inside|within)\s+(?:the\s+|your\s+)?$/i;

/** The part of the nervous system the germ attacks ("virus attacks the nervous system") or sits in ("infection of the nerves"). */
function attackedPart(block: Block, germ: Mention, inside: readonly Mention[], end: number, terms: TermIndex): Mention | undefined {
  const next = inside.find((m) => m.offset >= germ.endOffset && isNervousPart(terms.get(m.termId)));
  if (next && PLACED_IN.test(block.masked.slice(germ.endOffset, next.offset))) return next;
  const verb = ATTACKS.exec(block.masked.slice(germ.endOffset, end));
  if (!verb) return undefined;
  const verbEnd = germ.endOffset + verb[0].length;
  return inside.find((m) => m.offset >= verbEnd && m.offset - verbEnd < 40 && isNervousPart(terms.get(m.termId)));
}

function isNervousPart(entry: Entry | undefined): boolean {
  if (entry?.kind !== 'anatomy') return false;
  return SITES_CLAIMED.has(entry.site) || (entry.relations?.related ?? []).some((id) => SYSTEMS.has(id));
}

function germFinding(block: Block, condition: Entry, at: { offset: number; endOffset: number }): RawFinding {
  const text = block.text.slice(at.offset, at.endOffset);
  const message = `"${text}" makes a germ the attacker, but in ${condition.preferred} the body's own immune system attacks the nerves, often after an infection. Say the infection can trigger it.`;
  return sourcedWarning(condition, condition.immuneSource ?? condition.sources[0]!.id, message, { text, ...at }, condition.id);
}
