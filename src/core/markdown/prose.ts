import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Parent } from 'mdast';
import { markupTooComplex } from './markup-limits';
import { fallbackProse, hasUnpositionedText } from './unpositioned';

/** A unit of prose: a paragraph, heading or table cell. Offsets are relative to the chunk. */
export interface ProseUnit {
  kind: 'paragraph' | 'heading' | 'cell';
  start: number;
  end: number;
  /** Heading level 1-6, 0 otherwise. */
  depth: number;
  /** The unit is inside a list item. */
  inList: boolean;
  /** The unit is inside a block quote (quoted words, not the writer's own). */
  inQuote: boolean;
}

/** An HTML comment, kept for the directive parser. */
export interface Comment {
  start: number;
  end: number;
  value: string;
}

export interface Prose {
  /** The chunk text with everything that is not prose blanked to spaces (line breaks kept), same length. */
  masked: string;
  units: ProseUnit[];
  comments: Comment[];
  /** What made the chunk too complex to parse ("nests emphasis 40 levels deep"); it then has no prose. */
  notChecked?: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const commonMarkParser = unified().use(remarkParse).freeze();
/**
 * Characters without which no GFM construct can start: tables (|), strikethrough (~), footnotes ([^),
 * task items ([ ], [x]) and autolink literals (www., ://, @). Most chunks have none, and the GFM
 * extensions nearly double remark's time, so those chunks take the plain CommonMark parser.
 */
const MAY_BE_GFM = /[|~@]|www\.|:\/\/|\[\^|\[[ xX]\]/i;
/** The GFM constructs other than autolink literals: a chunk without them differs under GFM only where an address stands in its text. */
const GFM_SYNTAX = /[|~]|\[\^|\[[ xX]\]/;
/**
 * What GFM's autolink literals need in a text node: a web address (http://, https://, www.) or an e-mail address
 * (@, also in mailto: and xmpp:). Broader than needed; only what is in text counts: an address in a link
 * destination, code, HTML or an image's alt text reads the same under CommonMark.
 */
const ADDRESS_IN_TEXT = /@|www\.|:\/\//i;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i;
const COMMENT = /<!--([\s\S]*?)-->/g;

/**
 * Parses one Markdown chunk and returns its prose with offsets preserved. Code, inline code, HTML,
 * link destinations, images and bare URLs are blanked; headings, lists, tables, emphasis and link
 * text stay. Never throws: a parser failure yields the chunk as plain text.
 */
export function extractProse(text: string): Prose {
  const tooComplex = markupTooComplex(text);
  if (tooComplex) return { masked: blank(text), units: [], comments: [], notChecked: tooComplex };
  let tree: Nodes;
  try {
    tree = parse(text);
  } catch {
    return plainProse(text);
  }
  const pieces: Array<[number, number]> = [];
  const units: ProseUnit[] = [];
  const comments: Comment[] = [];

  const collectText = (node: Nodes): void => {
    if (node.type === 'text') {
      if (!URL_LIKE.test(node.value)) pushRange(pieces, node);
      return;
    }
    if (node.type === 'break') return;
    if (node.type === 'html') return collectComments(text, node, comments);
    if (node.type === 'inlineCode' || node.type === 'image' || node.type === 'imageReference') return;
    // An autolinked address ("<a@b.org>", "a@b.org", "<ftp://x>") is not prose, whatever its scheme.
    if (node.type === 'link' && isAutolink(node.url, node.children)) return;
    if ('children' in node) for (const child of node.children) collectText(child as Nodes);
  };

  const walk = (node: Nodes, inList: boolean, inQuote: boolean): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        units.push({
          kind: node.type === 'tableCell' ? 'cell' : node.type,
          start,
          end,
          depth: node.type === 'heading' ? node.depth : 0,
          inList,
          inQuote,
        });
        if (hasUnpositionedText(node)) pieces.push(...fallbackProse(text, node, start, end));
        else collectText(node);
        return;
      }
      case 'html':
        return collectComments(text, node, comments);
      case 'code':
      case 'definition':
      case 'yaml':
        return;
      default:
        if ('children' in node) {
          const childInList = inList || node.type === 'listItem';
          const childInQuote = inQuote || node.type === 'blockquote';
          for (const child of (node as Parent).children) walk(child as Nodes, childInList, childInQuote);
        }
    }
  };
  walk(tree, false, false);
  return { masked: maskOutside(text, pieces), units, comments };
}

/**
 * The chunk's tree as the GFM parser reads it, from the CommonMark parser where that gives the same tree: most
 * chunks with an address hold it in a link destination ("[support](https://...)"), and GFM's autolink literals,
 * tried at every letter, more than double the parse time of such a chunk.
 */
function parse(text: string): Nodes {
  if (!MAY_BE_GFM.test(text)) return commonMarkParser.parse(text);
  if (GFM_SYNTAX.test(text)) return parser.parse(text);
  const tree = commonMarkParser.parse(text);
  return hasAddressInText(tree) ? parser.parse(text) : tree;
}

function hasAddressInText(node: Nodes): boolean {
  if (node.type === 'text') return ADDRESS_IN_TEXT.test(node.value);
  return 'children' in node && node.children.some((child) => hasAddressInText(child as Nodes));
}

/** Prose for a plain-text file: paragraphs split at blank lines, nothing masked. */
export function plainProse(text: string): Prose {
  const units: ProseUnit[] = [];
  const paragraph = /[^\r\n]+(?:\r?\n[ \t]*\S[^\r\n]*)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    const lines = [...m[0].matchAll(/[^\r\n]+/g)].map((l) => ({ start: m.index + l.index, end: m.index + l.index + l[0].length, text: l[0] }));
    // Lines that read as headings ("Understanding Neuropathy") become headings, as Markdown would mark
    // them; the lines between them stay one paragraph.
    let from: number | undefined;
    lines.forEach((line, i) => {
      if (!isHeadingLine(line.text, lines[i - 1]?.text, lines[i + 1]?.text)) {
        from ??= line.start;
        return;
      }
      if (from !== undefined) units.push(paragraphUnit(from, lines[i - 1]!.end));
      from = undefined;
      units.push({ kind: 'heading', start: line.start, end: line.end, depth: units.length === 0 ? 1 : 2, inList: false, inQuote: false });
    });
    if (from !== undefined) units.push(paragraphUnit(from, lines[lines.length - 1]!.end));
  }
  return { masked: text, units, comments: [] };
}

const paragraphUnit = (start: number, end: number): ProseUnit => ({ kind: 'paragraph', start, end, depth: 0, inList: false, inQuote: false });

/**
 * A plain-text line that reads as a heading: twelve words at most, opening with a capital, not ending
 * like a sentence or clause, after a line that ended one (or first), and before a line that starts a new
 * one (or last), so a hard-wrapped sentence is never cut at a line break.
 */
function isHeadingLine(line: string, before: string | undefined, after: string | undefined): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.split(/\s+/).length > 12 || !/^[\p{Lu}\p{N}]/u.test(trimmed) || /[.!,;:]$/.test(trimmed)) return false;
  const endsBefore = before === undefined || /[.!?:)"\u201d]\s*$/u.test(before) || /^\s*(?:[-*\u2022]|\d+[.)])\s/u.test(before);
  const startsAfter = after === undefined || /^\s*(?:[\p{Lu}\p{N}"\u201c]|[-*\u2022]\s)/u.test(after);
  return endsBefore && startsAfter;
}

/** A link whose only text is its own address (an autolink or a bare e-mail/URL turned into a link). */
function isAutolink(url: string, children: readonly Nodes[]): boolean {
  const only = children.length === 1 ? children[0] : undefined;
  if (!only || only.type !== 'text') return false;
  return only.value === url || `mailto:${only.value}` === url || url.endsWith(`://${only.value}`);
}

function pushRange(pieces: Array<[number, number]>, node: Nodes): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) pieces.push([start, end]);
}

function collectComments(text: string, node: Nodes, comments: Comment[]): void {
  const base = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (base === undefined || end === undefined) return;
  const raw = text.slice(base, end);
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(raw); m; m = COMMENT.exec(raw)) {
    comments.push({ start: base + m.index, end: base + m.index + m[0].length, value: m[1]!.trim() });
  }
}

/** Copies the given ranges and blanks the rest, keeping line breaks so lines and offsets stay put. */
function maskOutside(text: string, pieces: Array<[number, number]>): string {
  pieces.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of pieces) {
    if (start < at) continue;
    out += blank(text.slice(at, start)) + text.slice(start, end);
    at = end;
  }
  return out + blank(text.slice(at));
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
