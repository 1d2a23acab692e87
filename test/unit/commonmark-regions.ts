/**
 * Injects a medical error into one region of a Markdown text and proves, by parsing the result
 * again, that the error really landed in a region of that kind. Used by the CommonMark spec test.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parent, Root } from 'mdast';

/** Regions the engine must skip, and the two where it must report. */
export const HIDDEN = ['code span', 'fenced code', 'indented code', 'HTML block', 'link destination', 'autolink'] as const;
export const PROSE = ['paragraph', 'heading'] as const;
export type RegionKind = (typeof HIDDEN)[number] | (typeof PROSE)[number];

/** A sentence the anatomy rule flags as an error in prose. */
export const SENTENCE = 'Multiple sclerosis is a type of peripheral neuropathy.';
/** A misspelling the spelling rule flags as an error; URLs cannot hold the sentence's spaces. */
export const TOKEN = 'CIPD';

export interface Region {
  kind: RegionKind;
  node: Nodes;
  start: number;
  end: number;
}

export interface Injection {
  kind: RegionKind;
  text: string;
  /** Where the payload sits in `text`. */
  start: number;
  end: number;
  /** The edit that made `text` from the example: an insertion of `length` characters at `at`. */
  at: number;
  length: number;
}

/** The engine's dialect: CommonMark with GFM, and YAML front matter at the top. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).freeze();

export function parse(text: string): Root {
  return parser.parse(text);
}

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The region kind of `node` (whose parent is `parent`) in `text`, if it is one we inject into. */
function kindOf(text: string, node: Nodes, parent: Nodes | undefined): RegionKind | undefined {
  const start = node.position?.start.offset ?? 0;
  switch (node.type) {
    case 'inlineCode':
      return 'code span';
    case 'code':
      return /^[`~]/.test(text.slice(start)) ? 'fenced code' : 'indented code';
    case 'html':
      return parent && BLOCK_PARENTS.has(parent.type) ? 'HTML block' : undefined;
    case 'definition':
      return 'link destination';
    case 'link':
      if (text[start] === '<') return 'autolink';
      return text[start] === '[' ? 'link destination' : 'autolink';
    case 'paragraph':
    case 'heading':
      return node.type;
    default:
      return undefined;
  }
}

/** Every region of the kinds above, outermost first. */
export function regions(text: string, tree: Root = parse(text)): Region[] {
  const out: Region[] = [];
  const walk = (node: Nodes, parent: Nodes | undefined): void => {
    const kind = kindOf(text, node, parent);
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (kind && start !== undefined && end !== undefined) out.push({ kind, node, start, end });
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, node);
  };
  walk(tree, undefined);
  return out;
}

/**
 * The kind of region that holds [start, end) of `text`: the innermost hidden region if there is
 * one, otherwise the innermost paragraph or heading, provided the span is plain text there (one
 * text node, so no markup splits the sentence).
 */
export function regionAt(text: string, start: number, end: number, payload: string): RegionKind | undefined {
  const tree = parse(text);
  const holding = regions(text, tree).filter((r) => r.start <= start && end <= r.end);
  const hidden = holding.filter((r) => (HIDDEN as readonly string[]).includes(r.kind)).pop();
  if (hidden) return carries(hidden, payload, start) ? hidden.kind : undefined;
  const prose = holding.pop();
  if (!prose || !inOneTextNode(prose.node, start, end)) return undefined;
  return prose.kind;
}

/** The payload is part of what the region holds: code content, a destination, not an info string or link text. */
function carries(region: Region, payload: string, start: number): boolean {
  const node = region.node;
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return node.value.includes(payload);
  if (node.type === 'definition') return node.url.includes(payload);
  if (node.type !== 'link' || !node.url.includes(payload)) return false;
  // Not in the link text: for "[text](dest)" the payload must follow the text's end.
  const textEnd = node.children.at(-1)?.position?.end.offset ?? region.start;
  return region.kind === 'autolink' || textEnd <= start;
}

function inOneTextNode(node: Nodes, start: number, end: number): boolean {
  if (node.type === 'text') return (node.position?.start.offset ?? Infinity) <= start && end <= (node.position?.end.offset ?? -1);
  return 'children' in node && (node as Parent).children.some((c) => inOneTextNode(c as Nodes, start, end));
}

/** Offsets where an insertion might land inside `region`, and what to insert there. */
function candidates(text: string, region: Region): Array<[number, string]> {
  const { kind, node, start, end } = region;
  if (kind === 'paragraph' || kind === 'heading') {
    const first = 'children' in node ? node.children[0]?.position?.start.offset : undefined;
    const last = 'children' in node ? node.children.at(-1)?.position?.end.offset : undefined;
    return first === undefined || last === undefined ? [[end, ` ${SENTENCE}`]] : [[first, `${SENTENCE} `], [last, ` ${SENTENCE}`]];
  }
  if (kind === 'code span') return [[start + /^`+/.exec(text.slice(start))![0].length, `${SENTENCE} `]];
  if (kind === 'autolink') return offsets(text[start] === '<' ? start + 1 : start, end).map((at) => [at, `${TOKEN}.`]);
  if (kind === 'link destination') {
    const open = Math.max(text.lastIndexOf('](', end), text.lastIndexOf(']:', end));
    return offsets(Math.max(start, open + 2), end).map((at) => [at, `/${TOKEN}/`]);
  }
  // Code blocks and HTML blocks: the end of each line, then a new line with the same indentation or quote marks.
  const out: Array<[number, string]> = [];
  for (let at = start; at <= end; at++) if (at === end || text[at] === '\n') out.push([at, ` ${SENTENCE}`]);
  for (let at = start; at < end; at++) {
    if (text[at] !== '\n') continue;
    const prefix = /^[ \t>]*/.exec(text.slice(at + 1))![0];
    out.push([at + 1, `${prefix}${SENTENCE}\n`]);
  }
  return out;
}

const offsets = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * Insertions into `region` that a fresh parse confirms are in a region of the same kind: the first
 * one for hidden regions, and both the start and the end for paragraphs and headings.
 */
export function inject(text: string, region: Region): Injection[] {
  const out: Injection[] = [];
  for (const [at, insert] of candidates(text, region)) {
    const payload = insert.includes(SENTENCE) ? SENTENCE : TOKEN;
    const next = text.slice(0, at) + insert + text.slice(at);
    const payloadStart = at + insert.indexOf(payload);
    const payloadEnd = payloadStart + payload.length;
    if (regionAt(next, payloadStart, payloadEnd, payload) !== region.kind) continue;
    out.push({ kind: region.kind, text: next, start: payloadStart, end: payloadEnd, at, length: insert.length });
    if ((HIDDEN as readonly string[]).includes(region.kind)) break;
  }
  return out;
}
