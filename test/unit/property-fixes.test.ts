import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Linter, applyEdits, fixAllEdits, type Finding, type Fix } from '../../src/core/index';
import { terms } from './helpers';
import { RUNS, params, Stopwatch, assertWellFormed, markdownDocument } from './property-arbitraries';

const watch = new Stopwatch();
let fixesApplied = 0;
let directivesChecked = 0;

const lint = (text: string) => watch.time(text, () => new Linter(terms).lint(text));
const loneSurrogates = (text: string) => (text.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g) ?? []).length;

test('applying every fix gives valid text where the fixed findings are gone', () => {
  fc.assert(
    fc.property(markdownDocument, (text) => {
      const findings = lint(text);
      const owner = new Map<Fix, Finding>();
      for (const f of findings) if (f.fixes[0]) owner.set(f.fixes[0], f);
      const fixes = fixAllEdits(findings).sort((a, b) => a.offset - b.offset);
      if (fixes.length === 0) return;
      const fixed = applyEdits(text, fixes);
      assert.ok(loneSurrogates(fixed) <= loneSurrogates(text), 'fixes never split a surrogate pair');
      const after = lint(fixed);
      assertWellFormed(fixed, after);
      let shift = 0;
      for (const fix of fixes) {
        const start = fix.offset + shift;
        const end = start + fix.newText.length;
        shift += fix.newText.length - (fix.endOffset - fix.offset);
        const ruleId = owner.get(fix)!.ruleId;
        const again = after.find((f) => f.ruleId === ruleId && (start === end ? f.offset <= start && f.endOffset >= end : f.offset < end && f.endOffset > start));
        assert.equal(again, undefined, `${ruleId} still reports "${again?.actual}" after its fix "${fix.newText}" in ${JSON.stringify(fixed.slice(Math.max(0, start - 40), end + 40))}`);
        fixesApplied++;
      }
    }),
    params(RUNS * 2),
  );
});

test('a disable-file directive silences every rule, or the rule it names', () => {
  fc.assert(
    fc.property(markdownDocument, (text) => {
      const findings = lint(text);
      if (findings.length === 0) return;
      assert.deepEqual(lint(`<!-- neuroterm-disable-file -->\n\n${text}`), [], 'no rule reports in a disabled file');
      const ruleId = findings[0]!.ruleId;
      const rest = lint(`<!-- neuroterm-disable-file ${ruleId} -->\n\n${text}`);
      assert.equal(rest.filter((f) => f.ruleId === ruleId).length, 0, `${ruleId} is silent when named`);
      directivesChecked++;
    }),
    params(RUNS),
  );
});

after(() => console.log(`# property-fixes: ${fixesApplied} fixes applied and re-checked, ${directivesChecked} documents with directives; ${watch.summary('lint')}`));
