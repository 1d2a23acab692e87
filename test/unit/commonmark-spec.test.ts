/**
 * The 652 CommonMark spec examples (the `commonmark-spec` package) with a known error injected into
 * every region: the misspelling "CIPD" replaces one word of a code span, a fenced or indented code
 * block, an HTML block or inline HTML, a link destination or an autolink (never reported), or of the
 * text of a paragraph or heading (always reported, exactly there). Each variant is parsed again to
 * confirm the word landed in the region it was meant for; the others are counted, not tested.
 * Every finding of every example and variant must lie inside the text, on character boundaries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as spec from 'commonmark-spec';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { Linter, type Finding } from '../../src/core/index';
import { terms } from './helpers';

const TOKEN = 'CIPD';
type Region = 'prose' | 'inlineCode' | 'code' | 'html' | 'destination' | 'autolink';
// Front matter as NeuroTerm reads it: a document that opens with "---" lines starts with YAML (example 96).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
const examples = spec.tests.map((t) => ({ number: t.number, text: t.markdown.replace(/→/g, '\t') }));

/** Source spans of every region of one kind in a parsed document: [start, end) offsets where a word may be replaced. */
function regions(tree: Root, text: string): Array<{ region: Region; start: number; end: number }> {
  const out: Array<{ region: Region; start: number; end: number }> = [];
  const span = (node: Nodes) => ({ start: node.position?.start.offset ?? -1, end: node.position?.end.offset ?? -1 });
  const walk = (node: Nodes, inProse: boolean): void => {
    const { start, end } = span(node);
    if (start < 0) return;
    if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') return void out.push({ region: node.type, start, end });
    if (node.type === 'link') {
      const source = text.slice(start, end);
      const label = (node.children[0] as { value?: string } | undefined)?.value ?? '';
      const autolink = source.startsWith('<') || node.url === label || node.url === `mailto:${label}` || node.url.endsWith(`://${label}`);
      if (autolink) return void out.push({ region: 'autolink', start, end });
      const destination = /\]\(\s*<?([^\s)>]+)/.exec(source);
      if (destination) out.push({ region: 'destination', start: start + destination.index + destination[0].length - destination[1]!.length, end: start + destination.index + destination[0].length });
    }
    if (node.type === 'text' && inProse) return void out.push({ region: 'prose', start, end });
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'definition') return;
    const prose = inProse || node.type === 'paragraph' || node.type === 'heading';
    if ('children' in node) for (const child of node.children) walk(child as Nodes, prose);
  };
  walk(tree, false);
  return out;
}

/** The first whole word (3+ ASCII letters, between spaces, punctuation or line ends) inside [start, end). */
function wordIn(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const slice = text.slice(start, end);
  // Not next to an apostrophe: "x'word" reads as one word with an apostrophe, like "Sjögren's".
  const m = /(?<=^|[\s.,;:!?*_()"`[\]/>@-])[A-Za-z]{3,}(?=$|[\s.,;:!?*_()"`[\]/<@-])/.exec(slice);
  return m ? { start: start + m.index, end: start + m.index + m[0].length } : undefined;
}

/** The kind of region `offset` lies in, in a fresh parse of `text`. */
function regionAt(text: string, offset: number): Region | undefined {
  const found = regions(parser.parse(text), text).filter((r) => r.start <= offset && offset < r.end);
  // The innermost region wins: a code span inside link text is code.
  return found.sort((a, b) => b.start - a.start || a.end - b.end)[0]?.region;
}

function assertWellFormed(text: string, findings: readonly Finding[], label: string): void {
  for (const f of findings) {
    assert.ok(f.offset >= 0 && f.offset <= f.endOffset && f.endOffset <= text.length, `${label}: ${f.ruleId} [${f.offset}, ${f.endOffset}) outside ${text.length}`);
    for (const at of [f.offset, f.endOffset]) {
      const code = text.charCodeAt(at);
      assert.ok(!(code >= 0xdc00 && code <= 0xdfff), `${label}: ${f.ruleId} offset ${at} splits a surrogate pair`);
    }
  }
}

test('CommonMark spec: an error injected into code, HTML, destinations and autolinks is never reported; in prose always, exactly there', () => {
  const checked: Record<string, number> = {};
  const skipped: Record<string, number> = {};
  const failures: string[] = [];
  for (const { number, text } of examples) {
    assertWellFormed(text, new Linter(terms).lint(text), `example ${number}`);
    for (const target of regions(parser.parse(text), text)) {
      const word = wordIn(text, target.start, target.end);
      if (!word) continue;
      const variant = text.slice(0, word.start) + TOKEN + text.slice(word.end);
      // The replacement must not change the structure: the token must sit in the same kind of region.
      if (regionAt(variant, word.start) !== target.region) {
        skipped[target.region] = (skipped[target.region] ?? 0) + 1;
        continue;
      }
      checked[target.region] = (checked[target.region] ?? 0) + 1;
      const findings = new Linter(terms).lint(variant);
      assertWellFormed(variant, findings, `example ${number} (${target.region})`);
      const atToken = findings.filter((f) => f.ruleId === 'spelling' && f.offset === word.start && f.endOffset === word.start + TOKEN.length);
      const overlapping = findings.filter((f) => f.offset < word.start + TOKEN.length && f.endOffset > word.start && f.actual.includes(TOKEN));
      if (target.region === 'prose' && atToken.length !== 1) failures.push(`example ${number}: ${TOKEN} in prose not reported`);
      if (target.region !== 'prose' && overlapping.length > 0) failures.push(`example ${number}: ${TOKEN} in ${target.region} reported by ${overlapping.map((f) => f.ruleId).join(', ')}`);
    }
  }
  console.log(`checked ${JSON.stringify(checked)}; structure changed, not tested ${JSON.stringify(skipped)}`);
  assert.deepEqual(failures, []);
  // Not vacuous: every kind of region was tested many times.
  for (const region of ['prose', 'inlineCode', 'code', 'html', 'destination', 'autolink'] as const) {
    assert.ok((checked[region] ?? 0) >= 15, `${region}: only ${checked[region] ?? 0} injections checked`);
  }
});
