import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, type DocumentRule, type LintOptions, type TextChange } from '../../src/core/index';
import { RULES } from '../../src/core/rules/index';
import { terms } from './helpers';

/**
 * The engine owns the per-chunk phase of document rules: it summarizes a chunk once, keeps the
 * summary with the chunk, and hands the summaries to the document step. These tests prove once,
 * for every rule, that a Linter updated edit by edit finds exactly what a fresh Linter finds.
 */

const CORPUS = join(__dirname, '../corpus');
const SAMPLES = '/work/shared/samples';

/** Real documents: the annotated corpus (Markdown) and, where present, the shared samples (plain text). */
function documents(): Array<{ name: string; text: string; format: 'markdown' | 'text' }> {
  const md = readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const txt = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')) : [];
  return [
    ...md.map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8'), format: 'markdown' as const })),
    ...txt.map((f) => ({ name: f, text: readFileSync(join(SAMPLES, f), 'utf8'), format: 'text' as const })),
  ];
}

/** Text that moves what document rules conclude: titles, sections, lists, abbreviations, eponyms, claims. */
const INSERTS = [
  '\n\n# About Guillain-Barré syndrome\n\n',
  '\n\n## How CIDP is treated\n\n- Steroids\n- Plasma exchange\n\n',
  ' chronic inflammatory demyelinating polyneuropathy (CIDP) ',
  ' IVIG ',
  ' GBS ',
  ' It is a disease of the brain. ',
  ' Guillain-Barre syndrome ',
  " Sjögren's syndrome and Sjögren syndrome ",
  ' About 90% of people recover fully within two weeks. ',
  ' Churg-Strauss syndrome ',
  ' paresthesia ',
  '\n\n',
  'x',
];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** One random edit: an insert from the list, or a deletion of up to 300 characters. */
function randomEdit(text: string, rand: () => number): { text: string; change: TextChange } {
  const start = Math.floor(rand() * (text.length + 1));
  if (rand() < 0.3 && text.length > 0) {
    const end = Math.min(text.length, start + 1 + Math.floor(rand() * 300));
    return { text: text.slice(0, start) + text.slice(end), change: { start, oldEnd: end, newEnd: start } };
  }
  const insert = INSERTS[Math.floor(rand() * INSERTS.length)]!;
  return { text: text.slice(0, start) + insert + text.slice(start), change: { start, oldEnd: start, newEnd: start + insert.length } };
}

test('after random edits over real documents, an incremental Linter equals a fresh one (every rule, both audiences)', () => {
  const docs = documents();
  assert.ok(docs.length >= 30, `the corpus has ${docs.length} documents`);
  const rand = prng(12);
  let edits = 0;
  docs.forEach((doc, i) => {
    // Both audiences: several document rules run for patient text only.
    const options: LintOptions = { format: doc.format, settings: { audience: i % 3 === 0 ? 'professional' : 'patient' } };
    const linter = new Linter(terms);
    let text = doc.text;
    linter.lint(text, options);
    for (let n = 0; n < 6; n++) {
      const edit = randomEdit(text, rand);
      text = edit.text;
      // Half the edits carry the editor's change hint, half make the engine compare texts.
      const incremental = linter.lint(text, n % 2 === 0 ? { ...options, change: edit.change } : options);
      assert.deepEqual(incremental, new Linter(terms).lint(text, options), `${doc.name}, edit ${n + 1}`);
      edits++;
    }
  });
  assert.ok(edits >= 180);
});

test('a keystroke re-summarizes only the edited chunk, and the document step gets every chunk in order', () => {
  const calls: string[] = [];
  const received: number[] = [];
  const probe: DocumentRule<string> = {
    id: 'summary-probe',
    category: 'spelling',
    defaultSeverity: 'info',
    summary: 'Test rule: records what the engine summarizes.',
    scope: 'document',
    summarize: (block) => (calls.push(block.text.trim()), block.text.trim()),
    check: (_doc, _env, _report, summaries) => void received.push(summaries.length),
  };
  const linter = new Linter(terms);
  // A heading always starts a chunk: three chunks.
  const text = '# Title\n\n## First\n\nOne.\n\n## Second\n\nTwo.\n';
  linter.lint(text, { rules: [probe] });
  assert.deepEqual(calls, ['# Title', '## First\n\nOne.', '## Second\n\nTwo.']);
  calls.length = 0;
  const at = text.indexOf('Two');
  linter.lint(text.slice(0, at) + 'x' + text.slice(at), { rules: [probe] });
  assert.deepEqual(calls, ['## Second\n\nxTwo.']);
  assert.deepEqual(received, [3, 3]);
});

test('rules that share a summarize function share one summary per chunk; rules that are off summarize nothing', () => {
  let calls = 0;
  const summarize = () => ++calls;
  const rule = (id: string): DocumentRule<number> => ({
    id,
    category: 'spelling',
    defaultSeverity: 'info',
    summary: 'Test rule.',
    scope: 'document',
    summarize,
    check: () => undefined,
  });
  const text = '## One\n\n## Two\n';
  new Linter(terms).lint(text, { rules: [rule('a'), rule('b')] });
  assert.equal(calls, 2, 'one call per chunk, not per rule');
  calls = 0;
  new Linter(terms).lint(text, { rules: [rule('a')], settings: { rules: { a: 'off' } } });
  assert.equal(calls, 0);
});

test('no document rule keeps a cache of its own: every per-chunk reading goes through summarize', () => {
  const documentRules = RULES.filter((r): r is DocumentRule => r.scope === 'document');
  const withoutSummary = documentRules.filter((r) => !r.summarize).map((r) => r.id);
  assert.deepEqual(withoutSummary, []);
});

test('a rule object with a known id but another summarize function gets its own summaries', () => {
  const rule = (summarize: (block: { text: string }) => string, seen: string[]): DocumentRule<string> => ({
    id: 'summary-probe',
    category: 'spelling',
    defaultSeverity: 'info',
    summary: 'Test rule.',
    scope: 'document',
    summarize,
    check: (_doc, _env, _report, summaries) => void seen.push(...summaries),
  });
  const linter = new Linter(terms);
  const first: string[] = [];
  const second: string[] = [];
  linter.lint('## One\n', { rules: [rule(() => 'first', first)] });
  linter.lint('## One\n', { rules: [rule((block) => block.text.trim(), second)] });
  assert.deepEqual([first, second], [['first'], ['## One']]);
});
