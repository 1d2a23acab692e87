import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import { SPARED_PARTS, type Entry, type SparedPart } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';
import { asksQuestion } from '../../text/questions';

type SparedFact = NonNullable<Entry['spares']>[number];

/** What a sentence says a condition causes, for each function a condition may leave alone (cues are data; the facts are in the terminology). */
const SYMPTOMS: Record<SparedPart, string> = {
  sensation: 'numbness|tingling|pins and needles|loss of (?:feeling|sensation)|sensory (?:loss|symptoms|problems)',
  strength: 'muscle weakness|weakness of (?:the )?muscles|weak muscles|loss of (?:muscle )?strength|muscle wasting|paralysis',
};
/** Words that say the condition gives the symptom: "causes numbness", "may also be ... muscle weakness". */
const GIVES = String.raw`(?:causes?|causing|leads? to|leading to|results? in|brings?|produces?|includes?|including|such as|with|also)\s+(?:[\w-]+,?\s+){0,5}?`;
const HARMS: Record<SparedPart, RegExp> = {
  sensation: new RegExp(String.raw`\b${GIVES}(${SYMPTOMS.sensation}|numb)\b`, 'i'),
  strength: new RegExp(String.raw`\b${GIVES}(${SYMPTOMS.strength})\b`, 'i'),
};
const WORDS: Record<SparedPart, string> = { sensation: 'feeling (sensation)', strength: 'muscle strength' };
/** The same symptoms opening a list item. */
const ITEM_OPENS = Object.fromEntries(
  SPARED_PARTS.map((part) => [part, new RegExp(String.raw`^[\s*\-+\d.)]*(${SYMPTOMS[part]})\b`, 'i')]),
) as Record<SparedPart, RegExp>;
/** A denial or contrast between the condition and the symptom: "does not cause numbness", "unlike CIDP". */
const DENIED = /\b(?:not|no|never|without|unlike|rather than|instead of|whereas|while|but)\b|n't\b/i;

/**
 * A condition said to cause what its `spares` facts say it leaves alone: "Multifocal motor neuropathy
 * causes numbness in the hands" (MMN is purely motor). The symptom must follow the condition with no
 * other condition, denial or contrast between them. Chunk-relative and pure.
 */
export function sparedFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const spares = (m: Mention): boolean => (terms.get(m.termId)?.spares?.length ?? 0) > 0;
  for (const { span } of sentencesAbout(block, spares)) {
    const text = block.masked.slice(span.start, span.end);
    if (asksQuestion(text) || REPORTED_BELIEF.test(text)) continue;
    const conditions = block.mentionsIn(span.start, span.end).filter((m) => ['disease', 'variant'].includes(terms.get(m.termId)?.kind ?? ''));
    for (const m of conditions) {
      const entry = terms.get(m.termId)!;
      for (const fact of entry.spares ?? []) {
        const after = text.slice(m.endOffset - span.start);
        const harm = HARMS[fact.part].exec(after);
        if (!harm) continue;
        const between = after.slice(0, harm.index + harm[0].indexOf(harm[1]!));
        const nextCondition = conditions.find((c) => c.offset > m.offset);
        if (DENIED.test(between) || (nextCondition && nextCondition.offset < m.endOffset + harm.index + harm[0].length)) continue;
        const offset = m.endOffset + harm.index + harm[0].indexOf(harm[1]!);
        out.push(sparedFinding(block, entry, fact, offset, harm[1]!));
      }
    }
  }
  return out;
}

/** The finding for a symptom of what `entry` leaves alone, said at chunk-relative `offset` in `word`. */
export function sparedFinding(block: Block, entry: Entry, fact: SparedFact, offset: number, word: string): RawFinding {
  const cite = citation(entry, fact.source);
  return {
    message: `${capitalize(entry.preferred)} leaves ${WORDS[fact.part]} alone (${cite.short}); "${word}" points to another condition.`,
    offset,
    endOffset: offset + word.length,
    actual: block.text.slice(offset, offset + word.length),
    termId: entry.id,
    fixes: [],
    severity: 'warning',
    note: `Source: ${cite.full}`,
    sources: [findingSource(entry, fact.source)],
  };
}

/** A symptom list item opening with a word of what a spared function would give: "Numbness or tingling in your hands". */
export function sparedItemWord(item: string, fact: SparedFact): string | undefined {
  return ITEM_OPENS[fact.part].exec(item)?.[1];
}
