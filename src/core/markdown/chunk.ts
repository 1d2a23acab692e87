/**
 * Splits a Markdown document into independent chunks at blank lines, never inside fenced code,
 * front matter or an HTML comment, and never before an indented continuation line. Each chunk
 * is parsed and analysed on its own and cached by its text, so an edit re-analyses only the
 * chunks it touched.
 */

export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  text: string;
  frontMatter: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*$/;

/** Chunks cover the whole text, in order, without gaps. Linear in the text length; never throws. */
export function chunkMarkdown(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let lineStart = 0;
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = false;

  const frontMatterEnd = findFrontMatterEnd(text);
  if (frontMatterEnd > 0) {
    chunks.push({ start: 0, text: text.slice(0, frontMatterEnd), frontMatter: true });
    chunkStart = lineStart = frontMatterEnd;
  }

  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const blank = BLANK.test(line);

    if (!fence && !inComment && previousBlank && !blank && lineStart > chunkStart && !/^[ \t]/.test(line)) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, lineStart), frontMatter: false });
      chunkStart = lineStart;
    }

    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else {
      const open = line.lastIndexOf('<!--');
      const close = line.lastIndexOf('-->');
      if (open !== -1 && close < open) inComment = true;
      else if (inComment && close !== -1) inComment = false;
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  if (chunkStart < text.length || chunks.length === 0) {
    chunks.push({ start: chunkStart, text: text.slice(chunkStart), frontMatter: false });
  }
  return chunks;
}

/** Offset just past a leading `---` YAML front matter block, or 0 when there is none. */
function findFrontMatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  return m ? open[0].length + m.index + m[0].length : 0;
}
