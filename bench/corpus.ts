/**
 * Deterministic corpus of patient-facing Markdown about autoimmune neuropathy, for the benchmarks.
 * All sentences are written for this file (none is copied from a real article). The same seed and
 * size always give the same text, so runs on different days compare.
 *
 * Mix per section: a heading, 2-4 paragraphs, a list (sometimes nested), now and then a table, a
 * quote, a fenced code block, an HTML comment and links. Roughly one sentence in eight carries a
 * problem the linter should report (a misspelling, an outdated name, an unsupported claim...).
 */

/** A small, fast, seedable PRNG (mulberry32) so the corpus never depends on Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONDITIONS = [
  'Guillain-Barré syndrome', 'chronic inflammatory demyelinating polyneuropathy', 'CIDP', 'GBS',
  'multifocal motor neuropathy', 'Miller Fisher syndrome', 'anti-MAG neuropathy', 'small fiber neuropathy',
  'vasculitic neuropathy', 'Sjögren syndrome', 'eosinophilic granulomatosis with polyangiitis',
];
const TREATMENTS = ['intravenous immunoglobulin', 'IVIG', 'plasma exchange', 'corticosteroids', 'rituximab', 'physiotherapy'];
const TESTS = ['nerve conduction studies', 'a lumbar puncture', 'electromyography', 'a skin biopsy', 'blood tests'];
const BODY = ['hands and feet', 'arms and legs', 'face', 'muscles that help with breathing', 'sense of balance'];
const PEOPLE = ['Many people', 'Some patients', 'Your care team', 'A neurologist', 'Family members', 'Most adults'];

/** Correct sentences: the linter should stay quiet on these. `{c}` condition, `{t}` treatment... */
const GOOD = [
  '{c} is a condition in which the immune system attacks the nerves outside the brain and spinal cord.',
  '{p} notice tingling or weakness in the {b} first.',
  'To confirm the diagnosis, doctors may arrange {x} and ask about recent infections.',
  '{t} is one of the options your neurologist may discuss with you.',
  'Recovery takes time, and progress is often measured in months rather than days.',
  '{p} find it helpful to keep a short diary of symptoms between appointments.',
  'Ask your doctor how {t} might fit your situation, including possible side effects.',
  'The results of {x} help to tell {c} apart from other causes of numbness.',
  'Rest, gentle exercise and support from a physiotherapist can make daily tasks easier.',
  'If breathing or swallowing becomes difficult, seek urgent medical help.',
  'A support group can put you in touch with others who have lived with {c}.',
  'Write down your questions before each visit so nothing is forgotten.',
];

/** Sentences with a problem, in the spirit of what the rules target. */
const BAD = [
  'Guillian-Barre syndrome often follows a stomach bug or a cold.',
  'Churg-Strauss syndrome can also damage the nerves.',
  'Some people with CIPD need regular treatment for years.',
  'Corticosteroids are an effective treatment for Guillain-Barré syndrome.',
  'Multiple sclerosis is a common cause of peripheral neuropathy.',
  'IVIG always cures the condition within a week.',
  'She suffers from CIDP and is confined to a wheelchair.',
  'Wegener granulomatosis is another name you may still see in older leaflets.',
];

const LINKS = [
  '[our guide to nerve tests](https://example.org/guides/nerve-tests)',
  '[the support line](https://example.org/support)',
  '[treatment overview](../treatments/overview.md)',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function sentence(rand: () => number): string {
  const template = rand() < 0.125 ? pick(rand, BAD) : pick(rand, GOOD);
  return template
    .replace('{c}', pick(rand, CONDITIONS))
    .replace('{t}', pick(rand, TREATMENTS))
    .replace('{x}', pick(rand, TESTS))
    .replace('{b}', pick(rand, BODY))
    .replace('{p}', pick(rand, PEOPLE))
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

function paragraph(rand: () => number): string {
  const count = 3 + Math.floor(rand() * 4);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentence(rand));
  if (rand() < 0.3) parts.push(`See ${pick(rand, LINKS)} for more.`);
  if (rand() < 0.2) parts[0] = `**${parts[0]}**`;
  return parts.join(' ');
}

function list(rand: () => number): string {
  const items: string[] = [];
  const count = 3 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    items.push(`- ${sentence(rand)}`);
    if (rand() < 0.25) items.push(`  - ${sentence(rand)}`);
  }
  return items.join('\n');
}

function table(rand: () => number): string {
  const rows = ['| Term | What it means |', '| --- | --- |'];
  for (let i = 0; i < 4; i++) rows.push(`| ${pick(rand, CONDITIONS)} | ${sentence(rand).replace(/\|/g, '/')} |`);
  return rows.join('\n');
}

function extra(rand: () => number): string | undefined {
  const r = rand();
  if (r < 0.12) return table(rand);
  if (r < 0.2) return `> ${sentence(rand)} ${sentence(rand)}`;
  if (r < 0.26) return '```text\nSymptom diary: date, time, what you noticed, how long it lasted.\nCIPD inside code is never checked.\n```';
  if (r < 0.3) return '<!-- reviewed by the editorial team -->';
  return undefined;
}

function section(rand: () => number, n: number): string {
  const blocks: string[] = [`## ${pick(rand, ['Understanding', 'Living with', 'Treating', 'Tests for'])} ${pick(rand, CONDITIONS)} (part ${n})`];
  const paragraphs = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < paragraphs; i++) blocks.push(paragraph(rand));
  if (rand() < 0.6) blocks.push(list(rand));
  const more = extra(rand);
  if (more) blocks.push(more);
  if (rand() < 0.3) blocks.push(`### Questions to ask\n\n${paragraph(rand)}`);
  return blocks.join('\n\n');
}

/**
 * A Markdown document of at least `bytes` UTF-16 code units (about the same in UTF-8 bytes),
 * cut at a section boundary. Starts with YAML front matter and a title.
 */
export function generateCorpus(bytes: number, seed = 42): string {
  const rand = prng(seed);
  const parts = ['---\ntitle: A patient guide to autoimmune neuropathy\nreviewed: 2026-01-15\n---\n\n# A patient guide to autoimmune neuropathy'];
  let length = parts[0]!.length;
  for (let n = 1; length < bytes; n++) {
    const s = section(rand, n);
    parts.push(s);
    length += s.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

/** One paragraph of generated prose, for paste benchmarks. */
export function generateParagraph(seed: number): string {
  return paragraph(prng(seed));
}

export const SIZES: ReadonlyArray<{ label: string; bytes: number }> = [
  { label: '10 KB', bytes: 10_000 },
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '5 MB', bytes: 5_000_000 },
];
