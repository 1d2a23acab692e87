import { contextOf, findTriggers } from '../../claims/context';
import { isImmuneCondition } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { sentencesWithMentions } from '../claims/sentences';
import { sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';
import { asksQuestion } from '../../text/questions';

/** Right before the defences: "boost", "to help strengthen", "supporting your", "build up the body's". */
const BOOSTS = /\b(?:boost|strengthen|support|build(?:s|ing)? up|stimulat|enhanc|invigorat|fortif)\w*\s+(?:up\s+)?(?:the\s+|your\s+|their\s+|one['’]s\s+|(?:a|the)\s+(?:person|patient|child)['’]s\s+|someone['’]s\s+)?(?:(?:body['’]s|natural|own|overall|weak(?:ened)?)\s+)*$/i;

/** After the defences, a fight against germs: "boosts your immune system against infection" is about another job. */
const AGAINST_GERMS = /^\s*(?:against|to (?:fight|respond)|fight(?:s|ing)?|so it can fight|(?:to )?ward off)\b/i;

/**
 * Germs named after the boost: "stimulating the immune system with vaccines to fight future infections", "stimulate the
 * immune system with weakened viral antigens": the defences raised against an infection, which is what vaccines do.
 */
const GERMS_AFTER = /\b(?:infections?|virus(?:es)?|viral|germs?|bacteria|bacterial|pathogens?|antigens?)\b/i;

/** After the defences, their regulation: "enhanced immune response modulation" strengthens control of the defences, not the defences. */
const REGULATION_AFTER = /^\s*(?:modulation|regulation|balance|control|tolerance)\b/i;

/** A claim that something boosts the immune system, found in one chunk; judged against the condition in the document step. */
export interface ImmuneBoost {
  offset: number;
  endOffset: number;
  text: string;
  /** The immune-mediated condition named in or before the sentence in its chunk, if any; else the chunk before and the page's topic are read. */
  condition: string | undefined;
  /** "may help boost": an info finding rather than a warning. */
  hedged: boolean;
}

/**
 * "IVIG to help boost the immune system", "a diet strengthening the immune system", "(they boost your
 * immunity)": the immune system presented as too weak, on a page about a condition in which it is the
 * attacker. Denied ("does not boost"), reported and asked sentences are left alone; hedged ones get an info.
 * Chunk-relative and pure.
 */
export function immuneBoosts(block: Block, terms: TermIndex): ImmuneBoost[] {
  const out: ImmuneBoost[] = [];
  // The terminology marks the entries that name the body's defences as a whole (`immuneDefences`).
  const defences = (m: { termId: string }): boolean => terms.get(m.termId)?.immuneDefences === true;
  const sentences = sentencesWithMentions(block, defences);
  if (sentences.length === 0) return out;
  const conditions = block.mentions.filter((m) => isImmuneCondition(m, terms));
  for (const { span, mentions } of sentences) {
    // The condition the sentence names, else the last one named before it in the chunk.
    const condition = (conditions.find((c) => c.offset >= span.start && c.offset < span.end) ?? [...conditions].reverse().find((c) => c.offset < span.start))?.termId;
    const sentence = block.masked.slice(span.start, span.end);
    if (asksQuestion(sentence)) continue;
    for (const m of mentions) {
      if (!defences(m)) continue;
      const verb = BOOSTS.exec(block.masked.slice(span.start, m.offset));
      const after = block.masked.slice(m.endOffset, span.end);
      if (!verb || AGAINST_GERMS.test(after) || GERMS_AFTER.test(after) || REGULATION_AFTER.test(after)) continue;
      const start = span.start + verb.index;
      const context = contextOf(findTriggers(block.masked, span), { start, end: m.endOffset });
      if (context.negated || context.attribution !== 'writer') continue;
      out.push({ offset: start, endOffset: m.endOffset, text: block.text.slice(start, m.endOffset), condition, hedged: context.certainty === 'hedged' });
      break;
    }
  }
  return out;
}

/** The last immune-mediated condition the chunk names: a boost claim early in the next chunk is read against it. */
export function lastImmuneCondition(block: Block, terms: TermIndex): string | undefined {
  for (let i = block.mentions.length - 1; i >= 0; i--) {
    const m = block.mentions[i]!;
    if (isImmuneCondition(m, terms)) return m.termId;
  }
  return undefined;
}

/** The warning for a boost claim on a page about `condition`; none when the condition is not immune-mediated. */
export function immuneBoostFinding(boost: ImmuneBoost, condition: Entry | undefined): RawFinding | undefined {
  if (!condition || condition.immuneMediated !== true) return undefined;
  const message = `"${boost.text}" treats the immune system as too weak, but in ${condition.preferred} it is overactive and attacks the body; its treatments calm or redirect it. Say what the remedy is meant to do, and on what evidence.`;
  const finding = sourcedWarning(condition, condition.immuneSource ?? condition.sources[0]!.id, message, boost, condition.id);
  return boost.hedged ? { ...finding, severity: 'info' } : finding;
}
