/**
 * fast-check generators for the property tests: arbitrary strings with the characters that break
 * text tools, and Markdown documents built from the constructs writers actually paste. Terms come
 * from the bundled terminology, so the generated text exercises every rule.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, surfaceForms, type Finding } from '../../src/core/index';
import { terms } from './helpers';

/** Cases per property: enough to matter in CI; `npm run fuzz` raises it. */
export const RUNS = Number(process.env.NEUROTERM_FUZZ_RUNS ?? 150);

/**
 * `npm test` uses a fixed seed so CI is reproducible; `npm run fuzz` (or NEUROTERM_FUZZ_SEED) explores
 * new cases. fast-check prints the seed and the shrunk input of any failure.
 */
const SEED = process.env.NEUROTERM_FUZZ_SEED ? Number(process.env.NEUROTERM_FUZZ_SEED) : process.env.NEUROTERM_FUZZ_RUNS ? undefined : 20261122;

/** fast-check parameters for `runs` cases. */
export function params(runs: number): { numRuns: number; seed?: number } {
  return SEED === undefined ? { numRuns: runs } : { numRuns: runs, seed: SEED };
}

/** Characters that trip text tools: astral, combining, zero-width, RTL, BOM, NUL, tabs, odd line ends, lone surrogates. */
const AWKWARD = [
  '🧠', '👩🏽‍⚕️', '𝒜', 'e\u0301', 'n\u0303\u0323', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u200f',
  'שלום', 'مرحبا', '\t', '\r\n', '\r', '\n', '\u2028', '\u0000', '\ud800', '\udc00', '\u00a0', '’', '“', '–', '—',
];

const WORDS = [
  'the', 'patients', 'may', 'have', 'and', 'is', 'a', 'type', 'of', 'neuropathy', 'peripheral', 'always', 'never', 'cures',
  'treatment', 'effective', 'for', 'with', 'suffers', 'from', 'victim', 'in', 'per', '100,000', '50%', 'people', 'year',
  'formerly', 'called', 'now', 'known', 'as', 'e.g.', 'Dr.', 'not', 'nerves', 'damage', 'weeks', 'IVIG', 'GBS', 'MS',
];

const SURFACES = terms.entries.flatMap((e) => surfaceForms(e).map((f) => f.text));

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SURFACES) },
  { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '; ', '\t', ' (', ') ', ' - ', '\u00a0');

/** One line of prose with terms, punctuation and inline Markdown. */
export const inline = fc
  .array(fc.tuple(word, separator), { minLength: 1, maxLength: 14 })
  .chain((parts) =>
    fc
      .constantFrom('', '**', '*', '`', '[', '<b>', '~~')
      .map((mark) => {
        const text = parts.map(([w, s]) => w + s).join('').trim();
        if (mark === '[') return `[${text}](https://example.org/a_b?q=${text.length}) https://example.org/GBS`;
        if (mark === '<b>') return `<b>${text}</b>`;
        return `${mark}${text}${mark}`;
      }),
  );

const prose = fc.array(inline, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(' '));
const directive = fc
  .tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file'), fc.constantFrom('', 'spelling', 'outdated-term', 'absolute-claim', 'nonexistent-rule'))
  .map(([kind, id]) => `<!-- neuroterm-${kind}${id ? ` ${id}` : ''} -->`);

const leaf = fc.oneof(
  { weight: 6, arbitrary: prose },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), prose).map(([n, p]) => `${'#'.repeat(n)} ${p}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), prose).map(([f, p]) => `${f}text\n${p}\n${f}`) },
  { weight: 1, arbitrary: prose.map((p) => `    ${p}`) },
  { weight: 1, arbitrary: fc.array(prose, { minLength: 1, maxLength: 3 }).map((cells) => `| ${cells.join(' | ')} |\n|${cells.map(() => ' --- ').join('|')}|\n| ${cells.join(' | ')} |`) },
  { weight: 1, arbitrary: prose.map((p) => `<div>\n${p}\n</div>`) },
  { weight: 1, arbitrary: directive },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '<!-- note -->', '', '   ', '<!--', '-->', '```') },
);

/** A block, nested in lists and quotes up to a few levels (exported for the high-volume run). */
export const markdownBlock: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: tie('block').map((b) => b.split('\n').map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n')) },
    { weight: 1, arbitrary: tie('block').map((b) => b.split('\n').map((l, i) => (i === 0 ? `1. ${l}` : `   ${l}`)).join('\n')) },
    { weight: 1, arbitrary: tie('block').map((b) => b.split('\n').map((l) => `> ${l}`).join('\n')) },
  ),
})).block;

const frontMatter = fc.oneof(fc.constant(''), prose.map((p) => `---\ntitle: ${p.replace(/\n/g, ' ')}\n---\n`), fc.constant('---\nunclosed: true\n'));

/** A Markdown document, with one kind of line ending (or a mix) chosen per document. */
export const markdownDocument = fc
  .tuple(frontMatter, fc.array(markdownBlock, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n'), { minLength: 8, maxLength: 8 }), fc.constantFrom('lf', 'crlf', 'cr', 'mixed'))
  .map(([front, blocks, gaps, eol]) => {
    const doc = front + blocks.map((b, i) => b + gaps[i % gaps.length]).join('');
    if (eol === 'crlf') return doc.replace(/\n/g, '\r\n');
    if (eol === 'cr') return doc.replace(/\n/g, '\r');
    if (eol === 'mixed') return doc.replace(/\n/g, (_, i: number) => (['\n', '\r\n', '\r'] as const)[i % 3]!);
    return doc;
  });

/** Any UTF-16 string: code units at random (lone surrogates included) mixed with awkward characters. */
export const anyText = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom(...AWKWARD, ...SURFACES, '\n', '\n\n', '- ', '> ', '```', '|', '<!--', '#')), { maxLength: 200 })
  .map((parts) => parts.join(''));

/** CPU milliseconds of this process: unlike wall time, it does not swing with other jobs on the machine. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Records the slowest input seen (CPU time), for the figures the suites print. */
export class Stopwatch {
  cases = 0;
  worstMs = 0;
  worstChars = 0;
  lastMs = 0;

  time<T>(text: string, fn: () => T): T {
    const start = cpuMs();
    const out = fn();
    const ms = (this.lastMs = cpuMs() - start);
    this.cases++;
    if (ms > this.worstMs) {
      this.worstMs = ms;
      this.worstChars = text.length;
    }
    return out;
  }

  summary(name: string): string {
    return `${name}: ${this.cases} calls, worst ${this.worstMs.toFixed(1)} ms CPU (input of ${this.worstChars} chars)`;
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every promise of the finding shape, checked against the document. */
export function assertWellFormed(text: string, findings: readonly Finding[]): void {
  const lines = new LineIndex(text);
  findings.forEach((f, i) => {
    const where = `${f.ruleId} at ${f.offset}-${f.endOffset}`;
    assert.ok(f.offset >= 0 && f.offset <= f.endOffset && f.endOffset <= text.length, `range inside the document: ${where}`);
    assert.ok(!splitsPair(text, f.offset) && !splitsPair(text, f.endOffset), `range keeps surrogate pairs whole: ${where}`);
    assert.deepEqual(f.range, { start: lines.positionAt(f.offset), end: lines.positionAt(f.endOffset) }, `positions agree with offsets: ${where}`);
    assert.equal(f.actual, text.slice(f.offset, f.endOffset), `actual is the flagged text: ${where}`);
    assert.ok(f.message.length > 0, `has a message: ${where}`);
    for (const fix of f.fixes) {
      assert.ok(fix.offset >= 0 && fix.offset <= fix.endOffset && fix.endOffset <= text.length, `fix inside the document: ${where}`);
      assert.ok(!splitsPair(text, fix.offset) && !splitsPair(text, fix.endOffset), `fix keeps surrogate pairs whole: ${where}`);
    }
    const next = findings[i + 1];
    if (next) {
      const order = f.offset - next.offset || f.endOffset - next.endOffset || f.ruleId.localeCompare(next.ruleId);
      assert.ok(order <= 0, `sorted by offset, end, rule: ${where} before ${next.ruleId} at ${next.offset}`);
    }
  });
}

