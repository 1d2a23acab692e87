/**
 * Markup that the Markdown parser cannot read in reasonable time. remark's inline parser slows down
 * faster than linearly with nesting and with the number of delimiters in one block: 2,000 nested
 * images took 9 s and 5,000 took a minute; 4,000 nested emphasis runs took 13 s. No real writing
 * comes near these limits, so a block over them is refused up front and reported as not checked,
 * never parsed in the hope that it finishes.
 */

/** Deeper nesting of brackets (links, images) or emphasis than any document needs. */
export const MAX_INLINE_NESTING = 32;
/** Delimiter runs (brackets, emphasis, backticks, angle brackets, table pipes) in one block. */
export const MAX_DELIMITER_RUNS = 5_000;

/**
 * A line that opens more than 32 nested block quotes or list items, or a list item indented 80
 * columns (about 32 levels). List markers need a space after them, so a long `-----` rule is no match.
 */
const TOO_DEEP_CONTAINERS = /^[ \t]*(?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])[ \t]+){33}|^[ \t]{80,}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/m;

/** Why `text` (one chunk) must not be parsed, in words for the writer; undefined when it is safe. */
export function markupTooComplex(text: string): string | undefined {
  if (TOO_DEEP_CONTAINERS.test(text)) return `nests block quotes or lists more than ${MAX_INLINE_NESTING} levels deep`;
  const counts = countDelimiters(text);
  if (counts.brackets > MAX_INLINE_NESTING) return `nests links or images ${counts.brackets} levels deep`;
  if (counts.emphasis > MAX_INLINE_NESTING) return `nests emphasis ${counts.emphasis} levels deep`;
  if (counts.runs > MAX_DELIMITER_RUNS) return `holds ${counts.runs.toLocaleString('en-US')} brackets, emphasis marks and other delimiters`;
  return undefined;
}

interface DelimiterCounts {
  /** Deepest bracket nesting. */
  brackets: number;
  /** Deepest emphasis nesting, counting runs that can open before any that can close. */
  emphasis: number;
  runs: number;
}

/** One pass over the text. An approximation of CommonMark's rules, erring towards deeper counts. */
function countDelimiters(text: string): DelimiterCounts {
  const counts: DelimiterCounts = { brackets: 0, emphasis: 0, runs: 0 };
  let brackets = 0;
  let emphasis = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      counts.runs++;
      counts.brackets = Math.max(counts.brackets, ++brackets);
    } else if (c === ']') {
      counts.runs++;
      if (brackets > 0) brackets--;
    } else if (c === '*' || c === '_' || c === '`') {
      const start = i;
      while (text[i + 1] === c) i++;
      counts.runs++;
      if (c === '`') continue;
      const canClose = start > 0 && !isSpace(text[start - 1]);
      const canOpen = i + 1 < text.length && !isSpace(text[i + 1]);
      if (canClose && emphasis > 0) emphasis--;
      else if (canOpen) counts.emphasis = Math.max(counts.emphasis, ++emphasis);
    } else if (c === '<' || c === '|') {
      counts.runs++;
    }
  }
  return counts;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
