import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../src/core/index';
import { lint } from './helpers';

const only = { rules: [ruleById('must-say')!] };
const TITLE = '# Guillain-Barré syndrome: what families should know';
const BODY = 'Weakness starts in the feet and can spread over days. Most people recover.';

test('a GBS page that never mentions emergency care gets one warning over its title, with the point and its source', () => {
  const findings = lint(`${TITLE}\n\n${BODY}\n`, only);
  assert.deepEqual(
    findings.map((f) => [f.severity, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.termId]),
    [['warning', 0, 0, 0, TITLE.length, 'guillain-barre-syndrome']],
  );
  assert.equal(
    findings[0]!.message,
    'This page is about Guillain-Barré syndrome but never tells readers: Trouble breathing or swallowing, fainting, or being unable to move the arms, legs or face needs medical help at once. (NHS Choices)',
  );
  assert.match(findings[0]!.note!, /^Source: NHS Choices\. Symptoms of Guillain-Barré syndrome/);
});

test('quiet once the point is made in any of its words, for professionals, without a GBS title, or when disabled for the file', () => {
  for (const said of ['If breathing gets hard, go to A&E.', 'Call your doctor right away if it spreads.', 'This is a medical emergency.']) {
    assert.deepEqual(lint(`${TITLE}\n\n${BODY} ${said}\n`, only), [], said);
  }
  assert.deepEqual(lint(`${TITLE}\n\n${BODY}\n`, { ...only, settings: { audience: 'professional' } }), []);
  assert.deepEqual(lint(`# Living with CIDP\n\n${BODY}\n`, only), []);
  assert.deepEqual(lint(`Guillain-Barré syndrome in short.\n\n${BODY}\n`, only), [], 'no level-1 title, no topic');
  assert.deepEqual(lint(`<!-- neuroterm-disable-file must-say -->\n${TITLE}\n\n${BODY}\n`, only), []);
});

test('a page about immune globulin that never mentions its clot risk gets the FDA point; saying it, or side effects, is enough', () => {
  const ivig = '# IVIG for CIDP\n\nIntravenous immunoglobulin is given through a drip every few weeks.\n';
  const findings = lint(ivig, only);
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.end.character, f.termId]), [[0, 15, 'ivig']]);
  assert.equal(
    findings[0]!.message,
    'This page is about intravenous immunoglobulin but never tells readers: Immune globulin can cause blood clots (every US-licensed product carries an FDA boxed warning about it), so its risks should be talked through with a doctor. (FDA safety communication)',
  );
  assert.deepEqual(findings[0]!.sources, [
    {
      title: 'FDA safety communication (10 June 2013, updated 14 November 2013): New boxed warning for thrombosis related to human immune globulin products. U.S. Food and Drug Administration.',
      url: 'http://www.fda.gov/BiologicsBloodVaccines/SafetyAvailability/ucm375096.htm',
    },
  ]);
  assert.equal(lint('# Subcutaneous immunoglobulin at home\n\nYou give it yourself under the skin.\n', only)[0]?.termId, 'scig');
  for (const said of ['Ask about the risk of blood clots.', 'Side effects include headache.', 'Your nurse will explain the risks.']) {
    assert.deepEqual(lint(ivig.replace('weeks.', `weeks. ${said}`), only), [], said);
  }
});

test('a page about rituximab that never mentions its risks gets the FDA boxed-warning point', () => {
  const page = '# Rituximab for nodopathy\n\nRituximab is given through a drip.\n';
  assert.deepEqual(lint(page, only).map((f) => [f.termId, f.sources?.[0]?.url]), [['rituximab', 'http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm328041.htm']]);
  assert.deepEqual(lint(page.replace('drip.', 'drip. You will have a hepatitis B test first.'), only), []);
});
