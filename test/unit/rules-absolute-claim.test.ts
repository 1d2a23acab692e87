import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById, type Finding } from '../../src/core/index';
import { lint } from './helpers';

const rule = ruleById('absolute-claim')!;
const check = (text: string): Finding[] => lint(text, { rules: [rule] });
const flagged = (text: string): string[] => check(text).map((f) => f.actual);

test('absolute-claim: flags the absolute words with exact ranges, message and hedged fix', () => {
  const [f, ...rest] = check('For most people, IVIG cures CIDP.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity], [22, 27, 'warning']);
  assert.equal(f!.message, '"cures" promises a cure; say what treatment can do, for example "can improve symptoms" or "many people recover".');
  assert.deepEqual(f!.fixes.map((x) => x.newText), ['can improve']);
});

test('absolute-claim: each cue in its outcome or treatment context', () => {
  const cases: Array<[string, string[]]> = [
    ['Our program reverses neuropathy.', ['reverses']],
    ['Plasma exchange always helps in GBS.', ['always']],
    ['After IVIG, relapses never return.', ['never']],
    ['The diet eliminates tingling for good.', ['eliminates']],
    ['This herbal blend is proven to stop CIDP relapses.', ['proven']],
    ['Plasma exchange is a proven option for MMN.', ['proven']],
    ['Results are 100% guaranteed with our nerve formula.', ['guaranteed']],
    ['A 100% success rate in treating CIDP.', ['100%']],
    ['There is a 100 percent chance CIDP comes back if the infusions stop.', ['100 percent']],
    ['All patients recover fully from GBS.', ['All patients']],
    ['The pills bring permanent relief from nerve pain.', ['permanent']],
    ['Steroids are completely safe for CIDP.', ['completely safe']],
    ['Our miracle remedy for neuropathy.', ['miracle']],
    ['A positive antibody test always means you have cancer.', ['always']],
    ['Plasma exchange is the proven first-line treatment for MMN.', ['proven']],
    ['It is completely safe and has no side effects.', ['completely safe', 'has no side effects']],
    ['Can a diet cure neuropathy? Yes, it can.', ['cure']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(flagged(text), expected, text);
});

test('absolute-claim: negated, hedged and questioning text stays unflagged', () => {
  for (const text of [
    'There is no cure for CIDP.',
    'CIDP is not curable, but it is treatable.',
    'IVIG does not always work.',
    "IVIG doesn't always work for everyone.",
    'Not all patients recover fully from GBS.',
    'Treatment may eliminate symptoms in some people.',
    'Can IVIG cure CIDP?',
    'Scientists are searching for a cure for GBS.',
    'Be careful with websites that promise a cure for neuropathy.',
    'No treatment is 100% effective.',
    'IVIG is not proven to help small fiber neuropathy.',
    'GBS can leave permanent weakness in a few people.',
    'Myth: everyone with GBS recovers completely.',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('absolute-claim: "always" and "never" as advice, and sentences not about health, stay unflagged', () => {
  for (const text of [
    'Always bring your list of medicines to the clinic.',
    'Never drive if your feet are numb.',
    'The museum guarantees free entry on Sundays.',
    'Remove gluten to eliminate exposure in celiac disease.',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('absolute-claim: a hedge in another clause does not excuse the claim', () => {
  assert.deepEqual(flagged('Some people need a second dose, but IVIG always works in the end.'), ['always']);
});

test('absolute-claim: "always" and "never" applied to a treatment outcome', () => {
  const [f, ...rest] = check('Treatment always stops the disease from coming back.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.actual, f!.message], [10, 16, 'always', '"always" claims every person responds; say "often" or "many people".']);
  assert.deepEqual(f!.fixes.map((x) => [x.offset, x.endOffset, x.newText]), [[10, 16, 'often']]);
  const cases: Array<[string, string[]]> = [
    ['IVIG always prevents relapses in CIDP.', ['always']],
    ['Treatment will always stop the damage.', ['always']],
    ['Plasma exchange always leads to a full recovery.', ['always']],
    ['With treatment, symptoms always get better.', ['always']],
    ['Steroids always put CIDP into remission.', ['always']],
    ['Once treated, CIDP never flares up again.', ['never']],
    ['Every patient recovers fully after GBS.', ['Every patient']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(flagged(text), expected, text);
});

test('absolute-claim: negated, questioned, hedged, advice and non-health "always" stay unflagged', () => {
  for (const text of [
    'IVIG does not always stop relapses.',
    'Does treatment always stop the disease from coming back?',
    'Will my symptoms never come back?',
    'Treatment almost always stops the disease from coming back.',
    'Treatment may not always stop relapses.',
    'Treatment usually stops the disease from coming back, but not always.',
    'Never ignore a flare of symptoms.',
    'Always stop taking the drug if you get a rash.',
    'Everyone responds differently to IVIG.',
    'The bus always stops outside the clinic.',
    'IVIG will always stop working if you miss doses.',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('absolute-claim: an appeal to unnamed evidence is an info finding, quiet when a source is named or the evidence exists', () => {
  const found = (text: string) => lint(text, { rules: [ruleById('absolute-claim')!] }).map((f) => [f.actual, f.severity]);
  assert.deepEqual(found('Studies show that a daily walk relieves neuropathy.'), [['Studies show', 'info']]);
  assert.deepEqual(found('Research proves this will restore your nerves.'), [['Research proves', 'info']]);
  assert.deepEqual(found('This exercise programme has been shown to regenerate nerve fibers.'), [['has been shown to', 'info']]);
  // Light therapy is a treatment outside mainstream care: the same words are treatment-claim's promise.
  assert.deepEqual(found('This light therapy has been shown to regenerate nerve fibers.'), []);
  // A promise for a treatment outside mainstream care is treatment-claim's one finding, unless that rule is off.
  assert.deepEqual(found('Studies show that chiropractic care relieves neuropathy.'), []);
  const alone = lint('Studies show that chiropractic care relieves neuropathy.', { rules: [ruleById('absolute-claim')!], settings: { rules: { 'treatment-claim': 'off' } } });
  assert.deepEqual(alone.map((f) => [f.actual, f.severity]), [['Studies show', 'info']]);
  // Named source, negation, and a treatment the terminology rates first-line for the disease named nearby.
  assert.deepEqual(found('Studies show that IVIG speeds recovery in GBS ([Hughes 2014](https://example.org/x)).'), []);
  assert.deepEqual(found('Studies have not shown that steroids help GBS.'), []);
  assert.deepEqual(found('CIDP is rare. Regular IVIG infusions have been shown to improve strength.'), []);
  assert.deepEqual(found('Research into new treatments for CIDP continues.'), []);
  // "proven" is earned when the sentence pairs a treatment with a disease the evidence says it works for.
  assert.deepEqual(found('For CIDP, IVIG is a proven treatment.'), []);
});

test('absolute-claim: "risk-free" claims no risk; its denials and a shop\'s refund trial do not', () => {
  assert.deepEqual(flagged('Plasma exchange is a risk-free procedure.'), ['risk-free']);
  assert.deepEqual(flagged('IVIG carries no risk for most people.'), ['carries no risk']);
  assert.deepEqual(flagged('No procedure is risk-free, and plasma exchange is no exception.'), []);
  assert.deepEqual(flagged('Plasma exchange is not risk-free.'), []);
  assert.deepEqual(flagged('Try our nerve supplement with a risk-free trial.'), []);
});

test('absolute-claim: the worst outcome for everyone with CIDP ("will eventually end up in a wheelchair"), not the hedged one', () => {
  assert.deepEqual(flagged('People with CIDP will eventually end up in a wheelchair.'), ['eventually end up in a wheelchair']);
  assert.deepEqual(flagged('In severe cases, people with CIDP may end up in a wheelchair.'), []);
  assert.deepEqual(flagged('Without treatment, some people with CIDP end up in a wheelchair.'), []);
});

test('absolute-claim: a named treatment just before a repair verb promises repair; the body healing after it does not', () => {
  assert.deepEqual(flagged('Steroids regenerate the myelin.'), ['regenerate']);
  assert.deepEqual(flagged('IVIG repairs the damaged nerves.'), ['repairs']);
  assert.deepEqual(flagged('After IVIG, the body slowly repairs the myelin.'), []);
  assert.deepEqual(flagged('IVIG can help repair the nerves.'), []);
  assert.deepEqual(flagged('With plasma exchange, the nerves heal over months.'), []);
});

test('absolute-claim: "there is no known cure for peripheral neuropathy" states one course for every kind; "most types" does not', () => {
  assert.deepEqual(flagged('This is bad news, and there is no known cure for peripheral neuropathy.'), ['there is no known cure for']);
  assert.deepEqual(flagged('There is no cure for most types of peripheral neuropathy.'), []);
  assert.deepEqual(flagged('There is no cure for CIDP, but treatment helps.'), []);
  assert.deepEqual(flagged('There is no cure for neuropathy yet, but treatment of the cause helps many people.'), []);
});

test('absolute-claim: a remedy promised to cure or reverse is one treatment-claim finding, and absolute-claim\'s when that rule is off', () => {
  const text = 'This supplement reverses neuropathy. Laser therapy cures nerve pain.';
  const both = lint(text).filter((f) => f.category === 'absolute-claim' || f.category === 'treatment-claim');
  assert.deepEqual(both.map((f) => [f.ruleId, f.actual]), [['treatment-claim', 'reverses'], ['treatment-claim', 'cures']]);
  const alone = lint(text, { rules: [ruleById('absolute-claim')!], settings: { rules: { 'treatment-claim': 'off' } } });
  assert.deepEqual(alone.map((f) => f.actual), ['reverses', 'cures']);
});
