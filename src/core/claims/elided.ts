import type { Mention } from '../matcher';
import type { TermIndex } from '../terminology/term-index';

/** "central and " just before a name: a word whose own name was left out because the next one shares its ending. */
const ELIDED_BEFORE = /(?:^|[^\p{L}-])([\p{L}-]+)\s+(?:and|or|&)\s+(?:the\s+)?$/u;

/**
 * The names a coordination leaves half-written: in "the central and peripheral nervous systems" the
 * first name is "central nervous system" with its ending shared. For each multi-word name of a part
 * of the body, the word before "and" is tried with that name's other words; when the terminology
 * knows the result as a name of its own, a mention of it is added at that word. Offsets as given.
 */
export function withElidedNames(text: string, mentions: readonly Mention[], terms: TermIndex): Mention[] {
  const added: Mention[] = [];
  for (const m of mentions) {
    if (terms.get(m.termId)?.kind !== 'anatomy') continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    const before = ELIDED_BEFORE.exec(text.slice(Math.max(0, m.offset - 40), m.offset));
    if (!before) continue;
    const candidate = [before[1]!, ...words.slice(1)].join(' ');
    const found = terms.matcher.match(candidate);
    const whole = found.length === 1 && found[0]!.offset === 0 && found[0]!.endOffset === candidate.length ? found[0]! : undefined;
    if (!whole || whole.termId === m.termId || terms.get(whole.termId)?.kind !== 'anatomy') continue;
    const offset = m.offset - before[0].length + before[0].indexOf(before[1]!);
    added.push({ ...whole, text: before[1]!, offset, endOffset: offset + before[1]!.length });
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.offset - b.offset);
}
