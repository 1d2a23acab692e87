import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, completeAt, hoverAt, type DocumentRule, type Finding, type LintOptions } from '../../src/core/index';
import { RULES } from '../../src/core/rules/index';
import { blockAt } from '../../src/core/editor/locate';
import { terms } from './helpers';

/** Lints `before`, then `after` with the same Linter; asserts the result equals a fresh lint of `after`. */
function relint(before: string, after: string, options: LintOptions = {}): { first: Finding[]; second: Finding[] } {
  const linter = new Linter(terms);
  const first = linter.lint(before, options);
  const second = linter.lint(after, options);
  assert.deepEqual(second, new Linter(terms).lint(after, options), 'incremental equals fresh');
  return { first, second };
}

const brief = (f: Finding) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character} ${f.actual}`;

const PARAGRAPHS = [
  '# Living with CIDP',
  'Patients suffering from chronic inflammatory demyelinating polyneuropathy (CIDP) often get IVIG.',
  '## Getting around',
  'Some people are wheelchair-bound for a while.',
  '## Pain',
  'The doctor gave MSO4 for the pain.',
  'Recovery takes months, and most people walk again.',
];
const DOC = PARAGRAPHS.join('\n\n') + '\n';

test('an edit inside one chunk keeps the findings before it as the same objects and shifts those after it', () => {
  const at = DOC.indexOf('Some people') + 'Some'.length;
  const edited = DOC.slice(0, at) + ' new' + DOC.slice(at);
  const { first, second } = relint(DOC, edited);
  assert.deepEqual(second.map(brief), [
    'stigmatizing-language 2:9 suffering from',
    'abbreviation-undefined 2:91 IVIG',
    'stigmatizing-language 6:16 are wheelchair-bound',
    'abbreviation-undefined 10:16 MSO4',
    'ambiguous-abbreviation 10:16 MSO4',
  ]);
  // Findings in the untouched first chunks are reused; the one after the edit moved by 4.
  assert.equal(second[0], first[0]);
  const before = first.find((f) => f.ruleId === 'ambiguous-abbreviation')!;
  const after = second.find((f) => f.ruleId === 'ambiguous-abbreviation')!;
  assert.equal(after.offset, before.offset + 4);
  assert.equal(after.fixes[0]!.offset, before.fixes[0]!.offset + 4);
  assert.equal(before.offset, DOC.indexOf('MSO4'), 'the cached finding was not shifted in place');
});

test('an edit across chunk boundaries (deleting a heading and a paragraph) equals a fresh lint', () => {
  const start = DOC.indexOf('Some people');
  const end = DOC.indexOf('The doctor');
  const { second } = relint(DOC, DOC.slice(0, start) + 'Then ' + DOC.slice(end));
  assert.deepEqual(
    second.filter((f) => f.ruleId === 'ambiguous-abbreviation').map(brief),
    ['ambiguous-abbreviation 6:21 MSO4'],
  );
});

test('a heading edit changes a document-rule finding in a chunk that did not change', () => {
  const accented = '# Guillain-Barré syndrome\n\nMost people with Guillain-Barre syndrome recover.\n';
  const plain = accented.replace('# Guillain-Barré syndrome', '# About the nerves');
  // must-say would ask this GBS page for its emergency advice; this test is about spelling.
  const options = { settings: { rules: { 'must-say': 'off' as const } } };
  const { first, second } = relint(accented, plain, options);
  assert.deepEqual(first.map(brief), ['spelling 2:17 Guillain-Barre syndrome']);
  assert.deepEqual(second, []);
  // And back: the accented heading makes the unchanged paragraph's spelling finding return.
  const linter = new Linter(terms);
  linter.lint(plain, options);
  assert.deepEqual(linter.lint(accented, options).map(brief), ['spelling 2:17 Guillain-Barre syndrome']);
});

test('a settings change re-runs the cached per-chunk phases of document rules', () => {
  const long = `${Array.from({ length: 34 }, (_, i) => `word${i}`).join(' ')}.\n`;
  const linter = new Linter(terms);
  assert.deepEqual(linter.lint(long).map((f) => f.ruleId), ['readability']);
  assert.deepEqual(linter.lint(long, { settings: { audience: 'professional' } }), []);
  assert.deepEqual(linter.lint(long, { settings: { rules: { readability: 'warning' } } }).map((f) => f.severity), ['warning']);
  assert.deepEqual(linter.lint(DOC, { settings: { rules: { 'ambiguous-abbreviation': 'off' } } }).filter((f) => f.actual === 'MSO4').map((f) => f.ruleId), ['abbreviation-undefined']);
});

test('a directive added in one chunk switches off cached findings in another', () => {
  const disabled = `<!-- neuroterm-disable stigmatizing-language -->\n\n${DOC}`;
  const { first, second } = relint(DOC, disabled);
  assert.equal(first.filter((f) => f.ruleId === 'stigmatizing-language').length, 2);
  assert.equal(second.filter((f) => f.ruleId === 'stigmatizing-language').length, 0);
});

test("Linter.blockAt answers like the uncached blockAt, before and after an edit it has not linted", () => {
  const linter = new Linter(terms);
  linter.lint(DOC);
  const edited = DOC.replace('Recovery takes', 'Recovery from GBS takes');
  for (const text of [DOC, edited]) {
    for (const offset of [-1, 0, 5, DOC.indexOf('CIDP'), DOC.indexOf('\n\nSome') + 1, DOC.indexOf('Some'), text.indexOf('GBS'), text.length, text.length + 1]) {
      const cached = linter.blockAt(text, offset, 'markdown');
      const fresh = blockAt(text, offset, 'markdown', terms);
      assert.equal(cached?.start, fresh?.start, `start at ${offset}`);
      assert.deepEqual(cached?.block.mentions, fresh?.block.mentions, `mentions at ${offset}`);
    }
  }
  const offset = edited.indexOf('GBS') + 1;
  assert.equal(hoverAt(edited, offset, terms, { blocks: linter })?.termId, 'guillain-barre-syndrome');
  assert.deepEqual(hoverAt(edited, offset, terms, { blocks: linter }), hoverAt(edited, offset, terms));
  const typed = edited.indexOf('Recovery from GBS') + 'Recovery from GB'.length;
  assert.deepEqual(completeAt(edited, typed, terms, { blocks: linter }), completeAt(edited, typed, terms));
  assert.equal(linter.blockAt('GBS in plain text', 1, 'text')?.block.mentions[0]?.termId, 'guillain-barre-syndrome');
});

test('document-rule findings after an edit move with their text: lines and offsets as a fresh lint, fixes moved too', () => {
  const before = DOC.indexOf('Some people');
  // Added lines, removed lines, and an edit inside the chunk that holds the findings.
  const edits: Array<[number, number, string]> = [
    [before, before, 'A new paragraph.\n\nAnd a second line\n'],
    [DOC.indexOf('## Getting'), before, ''],
    [DOC.indexOf('The doctor'), DOC.indexOf('The doctor'), 'Later, '],
  ];
  for (const [start, end, insert] of edits) {
    const edited = DOC.slice(0, start) + insert + DOC.slice(end);
    const { first, second } = relint(DOC, edited);
    const was = first.find((f) => f.ruleId === 'ambiguous-abbreviation')!;
    const now = second.find((f) => f.ruleId === 'ambiguous-abbreviation')!;
    assert.equal(now.offset, was.offset + edited.length - DOC.length);
    assert.equal(now.fixes[0]!.offset, was.fixes[0]!.offset + edited.length - DOC.length);
    assert.equal(was.offset, DOC.indexOf('MSO4'), 'the last finding was not moved in place');
    // The same with the edited range given, as the language server gives it.
    const linter = new Linter(terms);
    linter.lint(DOC);
    assert.deepEqual(linter.lint(edited, { change: { start, oldEnd: end, newEnd: start + insert.length } }), second);
  }
});

test('document-rule findings before an edit come back as the same objects; after a failed check, nothing stale returns', () => {
  const at = DOC.indexOf('Some people') + 'Some'.length;
  const edited = DOC.slice(0, at) + ' new' + DOC.slice(at);
  const { first, second } = relint(DOC, edited);
  // Both are document-rule findings on line 2, before the edit on line 6: the language server keeps their diagnostics.
  for (const ruleId of ['abbreviation-consistency', 'abbreviation-undefined']) {
    assert.equal(second.find((f) => f.ruleId === ruleId), first.find((f) => f.ruleId === ruleId), ruleId);
  }
  // One after the edit is a new object at its new place (checked against a fresh lint by relint).
  assert.notEqual(second.find((f) => f.ruleId === 'ambiguous-abbreviation'), first.find((f) => f.ruleId === 'ambiguous-abbreviation'));

  const failing: DocumentRule = {
    id: 'fails-on-boom',
    category: 'spelling',
    defaultSeverity: 'info',
    summary: 'Test rule: throws when the text says BOOM.',
    scope: 'document',
    summarize: (block) => block.text.includes('BOOM'),
    check: (_doc, _env, _report, summaries) => {
      if (summaries.some(Boolean)) throw new Error('boom');
    },
  };
  const options: LintOptions = { rules: [...RULES, failing] };
  const linter = new Linter(terms);
  linter.lint(DOC, options);
  assert.throws(() => linter.lint(DOC.replace('Patients', 'BOOM Patients'), options));
  const after = DOC.replace('Patients suffering', 'People suffering');
  assert.deepEqual(linter.lint(after, options), new Linter(terms).lint(after, options));
});

test('front matter added and removed (a chunk without a block at the start) and a fence opened: every step equals a fresh lint', () => {
  const front = '---\ntitle: CIDP\n---\n';
  const steps = [front + DOC, DOC, front + DOC, front + DOC.replace('## Pain', '```\n## Pain'), DOC.replace('## Pain', '```\n## Pain'), DOC];
  const linter = new Linter(terms);
  linter.lint(DOC);
  for (const [i, text] of steps.entries()) assert.deepEqual(linter.lint(text), new Linter(terms).lint(text), `step ${i}`);
});

test('lintChunks: after an edit, every other chunk keeps its findings array; one that has not moved keeps its chunk object', () => {
  const linter = new Linter(terms);
  const before = linter.lintChunks(DOC);
  const typed = DOC.replace('for a while', 'for quite a while');
  const after = linter.lintChunks(typed, { change: { start: DOC.indexOf('for a while') + 4, oldEnd: DOC.indexOf('for a while') + 4, newEnd: DOC.indexOf('for a while') + 10 } });
  assert.deepEqual(after.findings(), new Linter(terms).lint(typed), 'incremental equals fresh');
  const edited = typed.indexOf('Some people');
  for (const chunk of after.chunks) {
    const end = chunk.start + Math.max(...chunk.findings.map((f) => f.endOffset));
    if (chunk.start <= edited && edited < end) continue;
    const old = before.chunks.find((c) => c.findings === chunk.findings);
    assert.ok(old, `the chunk at ${chunk.start} kept its findings array`);
    // Chunks before the edit have not moved: the same object. Those after it moved by the typed characters.
    if (chunk.start < edited) assert.equal(old, chunk);
    else assert.equal(chunk.start - old.start, 'quite '.length);
  }
  assert.ok(after.chunks.some((c) => c.start > edited), 'the document has findings after the edit');
  assert.ok(after.chunks.some((c) => c.start < edited), 'and before it');
});

test('folding rules: an edit that changes the title or a list heading changes findings in later chunks it did not touch, as a fresh lint does', () => {
  // Headings start chunks: the title, the "It ..." sentence and the list items each sit in a chunk of their own.
  const doc = [
    '# Corticosteroids',
    'Steroids calm inflammation.',
    '## Uses',
    'It is a good option for GBS.',
    '## How CIDP is treated',
    'Some words.',
    '### In adults',
    '- Steroids',
    '- IVIG',
  ].join('\n\n') + '\n';
  const steps = [
    doc,
    doc.replace('# Corticosteroids', '# Immunoglobulin'),
    doc.replace('# Corticosteroids', '# Facts'),
    doc,
    doc.replace('## How CIDP is treated', '## How GBS is treated'),
    doc.replace('## How CIDP is treated', '## Other notes'),
    doc.replace('Some words.', '## How GBS is treated'),
    doc,
  ];
  const linter = new Linter(terms);
  const seen = new Set<string>();
  for (const [i, text] of steps.entries()) {
    const found = linter.lint(text);
    assert.deepEqual(found, new Linter(terms).lint(text), `step ${i}`);
    seen.add(found.filter((f) => f.ruleId === 'treatment-claim').map(brief).join('; '));
  }
  // The edits change what the rule finds further down, so the steps test more than one outcome.
  assert.ok(seen.size >= 3, [...seen].join(' | '));
});

test('folding rules: a section reading grade follows an edit in a later chunk of the section, and the last section ends with the document', () => {
  const plain = 'We walk to the shop and buy some bread. It is a nice day and the sun is out. ';
  const hard = 'Considerable interdisciplinary rehabilitation necessitates individualised multidimensional evaluation procedures. ';
  const section = (sentence: string) => Array.from({ length: 4 }, () => sentence.repeat(4).trim()).join('\n\n');
  const doc = (first: string, last: string) => ['# Reading', '## First part', section(first), '## Second part', section(last)].join('\n\n') + '\n';
  const steps = [doc(plain, plain), doc(plain, hard), doc(hard, hard), doc(hard, plain), doc(plain, plain)];
  const linter = new Linter(terms);
  const grades = new Set<string>();
  for (const [i, text] of steps.entries()) {
    const found = linter.lint(text, { settings: { audience: 'patient' } });
    assert.deepEqual(found, new Linter(terms).lint(text, { settings: { audience: 'patient' } }), `step ${i}`);
    grades.add(found.filter((f) => f.ruleId === 'readability' && f.actual === '').map(brief).join('; '));
  }
  assert.ok(grades.size >= 3, [...grades].join(' | '));
});

test('folding rules: an edit that splits or merges chunks steps only the chunks around it, not every chunk after it', () => {
  const consistency = RULES.find((r) => r.id === 'abbreviation-consistency') as DocumentRule;
  let steps = 0;
  const counted: DocumentRule = { ...consistency, fold: { ...consistency.fold!, step: (...args) => (steps++, consistency.fold!.step(...args)) } };
  const rules = RULES.map((r) => (r === consistency ? counted : r));
  // A definition at the top that every later chunk's state holds, and the long form coming back at the end.
  const paragraphs = Array.from({ length: 120 }, (_, i) => `Paragraph ${i} says that GBS can weaken the legs.`);
  const doc = ['Guillain-Barré syndrome (GBS) is rare.', ...paragraphs, 'Guillain-Barré syndrome is treated in hospital. GBS care is shared.'].join('\n\n') + '\n';
  const linter = new Linter(terms);
  // Professional text: there the long form coming back between uses of the abbreviation is a finding.
  const settings = { audience: 'professional' as const };
  linter.lint(doc, { rules, settings });
  const chunkCount = steps;
  // A line starting with "#" always starts a chunk: turn the first letter of a paragraph inside a chunk into one, and back.
  const inside = doc.indexOf('\n\nParagraph 40') + 2;
  const split = doc.slice(0, inside) + '#' + doc.slice(inside + 1);
  for (const [before, after] of [[doc, split], [split, doc]] as const) {
    steps = 0;
    const found = linter.lint(after, { rules, settings, change: { start: inside, oldEnd: inside + 1, newEnd: inside + 1 } });
    assert.ok(steps <= 3, `${steps} steps of ${chunkCount} chunks after ${before === doc ? 'the split' : 'the merge'}`);
    assert.deepEqual(found, new Linter(terms).lint(after, { rules, settings }), 'incremental equals fresh');
    assert.ok(found.some((f) => f.ruleId === 'abbreviation-consistency'), 'the long form coming back is still found');
  }
  assert.ok(chunkCount > 15, `${chunkCount} chunks`);
});
