import type { BlockRule } from './rule';
import { matchCase } from './term-text';
import { FIRST_PERSON, HEALTH_CONTEXT, QUICK_STIGMA, STIGMA_PHRASES } from './stigmatizing-language/phrases';

/**
 * Wording that casts people as victims or defines them by a condition ("suffering from", "victim of",
 * "wheelchair-bound"), with person-first alternatives. Quoted words (quotation marks, block quotes) and
 * first-person stories are the speaker's own: they get a hint without a fix.
 */
export const stigmatizingLanguage: BlockRule = {
  id: 'stigmatizing-language',
  category: 'stigmatizing-language',
  defaultSeverity: 'warning',
  summary: 'Flags wording such as "suffering from" or "wheelchair-bound" and suggests person-first alternatives.',
  scope: 'block',
  check(block, _env, report) {
    for (const unit of block.units) {
      if (!QUICK_STIGMA.test(block.masked.slice(unit.start, unit.end))) continue;
      for (const sentence of block.sentences(unit)) {
        const text = block.masked.slice(sentence.start, sentence.end);
        const taken: Array<[number, number]> = [];
        const aboutHealth = block.mentionsIn(sentence.start, sentence.end).length > 0 || HEALTH_CONTEXT.test(text);
        for (const { pattern, better, fixes, needsTerm } of STIGMA_PHRASES) {
          if (needsTerm && !aboutHealth) continue;
          pattern.lastIndex = 0;
          for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            const start = m.index;
            const end = start + m[0].length;
            if (taken.some(([s, e]) => start < e && end > s)) continue;
            taken.push([start, end]);
            const fix = fixes?.[(m[1] ?? m[0]).toLowerCase().replace(/[\s-]+/g, ' ')];
            const own = unit.inQuote || insideQuotes(text, start) || FIRST_PERSON.test(text);
            const wording = fix ?? better;
            const offset = sentence.start + start;
            const endOffset = sentence.start + end;
            report({
              ...(own ? { severity: 'hint' as const } : {}),
              message: own
                ? `Quoted or first-person words are the speaker's own; in your own text, prefer "${wording}" to "${m[0]}".`
                : `Write "${wording}" instead of "${m[0]}" (person-first, neutral wording).`,
              offset,
              endOffset,
              actual: block.text.slice(offset, endOffset),
              termId: null,
              fixes: own || fix === undefined ? [] : [{ offset, endOffset, newText: matchCase(m[0], fix), title: `Change to "${fix}"` }],
            });
          }
        }
      }
    }
  },
};

/** An odd number of straight or curly opening quotes before `at` in the sentence means it is quoted. */
function insideQuotes(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

