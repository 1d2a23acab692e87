import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const OPEN = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/;

/**
 * Offset just past the front matter (YAML between `---` lines or TOML between `+++` lines) and
 * its closing line break, or 0 when the document has none. remark-frontmatter decides what counts;
 * only the candidate block is parsed, so the cost does not grow with the document.
 */
export function frontMatterEnd(text: string): number {
  const open = OPEN.exec(text);
  if (!open) return 0;
  const fence = open[1] === '---' ? '---' : '\\+\\+\\+';
  const close = new RegExp(`(?:\\r\\n|\\r|\\n)${fence}[ \\t]*(?=\\r\\n|\\r|\\n|$)`, 'g');
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  if (!m) return 0;
  let first;
  try {
    first = parser.parse(text.slice(0, m.index + m[0].length)).children[0];
  } catch {
    return 0;
  }
  const end = first?.position?.end.offset;
  if (!first || !['yaml', 'toml'].includes(first.type as string) || end === undefined) return 0;
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13 ? end + 1 : end;
}
