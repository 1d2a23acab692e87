import type { Range } from '../types';

// Letters, digits and marks: what an editor's word pattern counts as a word in prose.
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/**
 * Where an editor should mark a finding, given the text of the line it starts on. A finding with an
 * empty range (a reading grade about the whole document or a section) names no words, but VS Code
 * widens an empty marker to the word it touches, so at the start of a plain-text title it would
 * underline the title's first word. Such a marker moves to the end of the line's text, where the
 * editor draws it one character wide after the words. Other ranges are returned as they are.
 */
export function markerRange(range: Range, lineText: string): Range {
  const { start, end } = range;
  if (start.line !== end.line || start.character !== end.character) return range;
  const touchesWord = WORD_CHAR.test(lineText.charAt(start.character)) || WORD_CHAR.test(lineText.charAt(start.character - 1));
  if (!touchesWord) return range;
  const after = { line: start.line, character: lineText.trimEnd().length };
  return { start: after, end: after };
}
