import type { Nodes } from 'mdast';

/** Addresses and e-mail addresses in raw text: never prose. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()[\]]+|[\w.+\\-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * Prose ranges for a paragraph, heading or cell whose tree has text nodes without positions (remark-gfm
 * builds them when it splits text around a bracketed URL or an e-mail address). Instead of losing the
 * whole paragraph, keeps its source range and blanks what is not prose: positioned code, HTML and
 * images, link destinations, and anything that looks like an address. Offsets are into `text`.
 */
export function fallbackProse(text: string, unit: Nodes, start: number, end: number): Array<[number, number]> {
  const excluded: Array<[number, number]> = [];
  const visit = (node: Nodes): void => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s !== undefined && e !== undefined) {
      if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
        excluded.push([s, e]);
        return;
      }
      if (node.type === 'link') {
        const destination = text.lastIndexOf('](', e);
        if (destination >= s) excluded.push([destination + 1, e]);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(unit);
  const raw = text.slice(start, end);
  for (const m of raw.matchAll(ADDRESS)) excluded.push([start + (m.index ?? 0), start + (m.index ?? 0) + m[0].length]);
  excluded.sort((a, b) => a[0] - b[0]);
  const pieces: Array<[number, number]> = [];
  let at = start;
  for (const [s, e] of excluded) {
    if (s > at) pieces.push([at, Math.min(s, end)]);
    at = Math.max(at, e);
  }
  if (at < end) pieces.push([at, end]);
  return pieces;
}

/** True when some text node below `node` has no source position. */
export function hasUnpositionedText(node: Nodes): boolean {
  if (node.type === 'text') return node.position?.start.offset === undefined || node.position?.end.offset === undefined;
  return 'children' in node && node.children.some((child) => hasUnpositionedText(child as Nodes));
}
