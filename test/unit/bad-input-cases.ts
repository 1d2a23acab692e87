/**
 * The hostile inputs of the bad-input suite, shared by `test/unit/bad-input.test.ts` (which asserts
 * the outcome) and `npm run bench` (which prints how long each takes). Generated, deterministic.
 */

export interface BadInput {
  name: string;
  /** How a writer meets it. */
  story: string;
  make(): string;
  /** True when the default `maxFileSize` must skip it rather than check it. */
  overLimit?: boolean;
}

/** Bytes from a fixed-seed generator, so "binary" is the same file every run. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const TERMS = ['GBS', 'CIDP', 'IVIG', 'Guillian-Barre syndrome', 'Churg-Strauss syndrome', 'multiple sclerosis', 'corticosteroids'];

export const BAD_INPUTS: readonly BadInput[] = [
  { name: 'empty file', story: 'a new, empty document', make: () => '' },
  { name: 'only front matter', story: 'a page with metadata and no body yet', make: () => '---\ntitle: GBS\ntags: [CIDP, IVIG]\n---\n' },
  {
    name: 'binary file',
    story: 'an image renamed to .md, read as UTF-8',
    make: () => Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n'), pseudoRandomBytes(64_000, 7)]).toString('utf8'),
  },
  {
    name: 'invalid UTF-8',
    story: 'a Latin-1 file and broken sequences decoded as UTF-8',
    make: () =>
      Buffer.concat([
        Buffer.from('Guillain-Barr', 'utf8'),
        Buffer.from([0xe9, 0x20]), // Latin-1 é: invalid as UTF-8
        Buffer.from('syndrome and CIDP ', 'utf8'),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0xff, 0xfe]),
        Buffer.from(' IVIG.\n', 'utf8'),
      ]).toString('utf8'),
  },
  {
    name: 'lone surrogates and NUL',
    story: 'text pasted from a broken clipboard',
    make: () => 'CIDP \ud800 GBS \udc00\u0000 IVIG \ud83d\n\nGuillian-Barre syndrome\u0000\ud83e\udde0.\n',
  },
  {
    name: '50 MB file',
    story: 'a generated export opened by mistake',
    overLimit: true,
    make: () => 'Guillian-Barre syndrome is treated with IVIG. '.repeat(50_000_000 / 46 + 1),
  },
  {
    name: '1 MB single line',
    story: 'a document with no line breaks (minified or exported)',
    make: () => `${'Some patients with CIDP receive IVIG; Churg-Strauss syndrome is an older name. '.repeat(12_700)}\n`,
  },
  { name: '10,000 nested list items', story: 'a pasted outline gone wrong', make: () => `${'- '.repeat(10_000)}CIDP\n` },
  { name: '10,000 nested quotes', story: 'an email thread quoted 10,000 deep', make: () => `${'> '.repeat(10_000)}GBS\n` },
  {
    // 1,000 levels: nesting by indentation grows quadratically in size, so 10,000 would be 100 MB.
    name: '1,000 indented list levels',
    story: 'an outline nested by indentation',
    make: () => Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(2 * i)}- CIDP`).join('\n'),
  },
  {
    // 30,000 levels, 180 KB: remark took over 120 s before the markup limits; now refused up front.
    name: '180 KB of nested image brackets',
    story: 'a broken export that nests images inside images',
    make: () => `${'!['.repeat(30_000)}GBS${'](x)'.repeat(30_000)}\n`,
  },
  {
    name: '180,000 terms in one paragraph',
    story: 'a keyword list pasted as one paragraph (once overflowed the stack)',
    make: () => `${Array.from({ length: 180_000 }, (_, i) => TERMS[i % TERMS.length]).join(' ')}.\n`,
  },
];
