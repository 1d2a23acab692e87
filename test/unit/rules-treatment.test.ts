import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, ruleById, type Finding } from '../../src/core/index';
import { claimTerms } from './rules-claims-terms';
import { lint } from './helpers';

const rule = ruleById('treatment-claim')!;
const check = (text: string): Finding[] => new Linter(claimTerms).lint(text, { rules: [rule] });
const GBS_STEROIDS =
  'The evidence rates corticosteroids as not effective for Guillain-Barré syndrome; first-line: intravenous immunoglobulin or plasma exchange.';

test('treatment: steroids presented as a GBS treatment are an error on the treatment name', () => {
  const found = check('Corticosteroids are an effective treatment for GBS.');
  assert.deepEqual(
    found.map((f) => [f.offset, f.endOffset, f.actual, f.severity, f.termId, f.message]),
    [[0, 15, 'Corticosteroids', 'error', 'corticosteroids', GBS_STEROIDS]],
  );
  assert.equal(found[0]!.note, 'Guillain-Barré syndrome: AAN 2003 practice parameter (Hughes et al. 2003); evidence: a clinical guideline.');
});

test('treatment: synonyms and subtypes reach the evidence through the terminology', () => {
  const [f] = check('Prednisone is often prescribed for AIDP.');
  assert.equal(f?.actual, 'Prednisone');
  assert.match(f!.message, /not effective for acute inflammatory demyelinating polyradiculoneuropathy; first-line: intravenous/);
  const [pe] = check('Plasmapheresis can help people with MMN.');
  assert.equal(pe?.message, 'The evidence rates plasma exchange as possibly harmful for multifocal motor neuropathy; first-line: intravenous immunoglobulin.');
});

test('treatment: negated, historical, contrasted and questioning sentences stay unflagged', () => {
  for (const text of [
    'Corticosteroids are ineffective in MMN.',
    'Steroids are not used for GBS.',
    "Steroids don't help in GBS.",
    'Steroids help CIDP but not GBS.',
    'Unlike CIDP, GBS does not respond to steroids.',
    'Doctors treat GBS with IVIG or plasma exchange; steroids are not part of it.',
    'Steroids were once used for GBS, but trials showed no benefit.',
    'Do steroids help GBS?',
  ]) {
    assert.deepEqual(check(text), [], text);
  }
});

test('treatment: steroids for vasculitic or lupus neuropathy are fine', () => {
  assert.deepEqual(check('Steroids are a standard treatment for vasculitic neuropathy and lupus neuropathy.'), []);
  assert.deepEqual(check('IVIG is the first-line treatment for GBS, CIDP and MMN.'), []);
});

test('treatment: one list for several diseases is info naming where each treatment does not fit', () => {
  const found = check('GBS, CIDP and MMN are treated with IVIG, plasma exchange and steroids.');
  assert.deepEqual(
    found.map((f) => [f.actual, f.severity, f.message]),
    [
      ['plasma exchange', 'info', 'One treatment list here covers several conditions, but the evidence rates plasma exchange as possibly harmful for multifocal motor neuropathy; say which treatment fits which condition.'],
      ['steroids', 'info', 'One treatment list here covers several conditions, but the evidence rates corticosteroids as not effective for Guillain-Barré syndrome and possibly harmful for multifocal motor neuropathy; say which treatment fits which condition.'],
    ],
  );
});

test('treatment: a configured severity overrides both the error and the info', () => {
  const found = new Linter(claimTerms).lint('Steroids treat GBS. GBS and MMN are treated with steroids.', {
    rules: [rule],
    settings: { rules: { 'treatment-claim': 'warning' } },
  });
  assert.deepEqual(found.map((f) => f.severity), ['warning', 'warning']);
});

test('treatment: a condition after the claim does not negate it; one claim about one treatment is one finding', () => {
  assert.deepEqual(check('Plasma exchange is a good option for MMN when other treatments have not worked.').map((f) => f.actual), ['Plasma exchange']);
  assert.deepEqual(check('Steroids such as prednisone are the standard first treatment for GBS.').map((f) => f.actual), ['Steroids']);
  assert.deepEqual(check('If you have GBS, steroids will not help.'), []);
});

test('treatment: sentences about the title topic', () => {
  const onTreatment = check('# Plasma exchange\n\nWe use it for CIDP.\n\nIt is also a good option for MMN.\n');
  assert.deepEqual(onTreatment.map((f) => [f.actual, f.offset, f.termId]), [['It', 40, 'plasma-exchange']]);
  const onDisease = check('# Living with MMN\n\nSteroids like prednisone are another good option.\n\nSteroids are used for other conditions.\n');
  assert.deepEqual(onDisease.map((f) => [f.actual, f.severity]), [['Steroids', 'error']]);
  assert.deepEqual(check('# Notes\n\nSteroids are another good option.\n'), []);
});

test('treatment: never throws and never reports outside the text, whatever the input', async () => {
  const fc = await import('fast-check');
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => {
      const text = `# MMN\n\nSteroids treat GBS ${s}. It ${s} MMN.`;
      return check(text).every((f) => f.offset >= 0 && f.endOffset <= text.length && f.offset < f.endOffset);
    }),
    { numRuns: 300 },
  );
});

test('treatment: lists under a treatment heading or after a lead-in are paired with what it names', () => {
  const text = [
    '## How GBS is treated', '', '- IVIG', '- Corticosteroids', '- Steroids (not recommended)', '- Steroids for GBS', '',
    '## Treatments for vasculitic neuropathy', '', '- Corticosteroids', '',
    'We use plasma exchange for people with:', '', '- CIDP', '- MMN', '',
    'Also:', '', '- MMN', '',
  ].join('\n');
  assert.deepEqual(
    check(text).map((f) => [f.range.start.line, f.actual, f.severity]),
    [[3, 'Corticosteroids', 'error'], [5, 'Steroids', 'error'], [14, 'MMN', 'error']],
  );
});

test('treatment: recommendation cues ("a good choice", "the go-to drug", "worth trying") endorse', () => {
  const found = check('Steroids are a good choice for multifocal motor neuropathy too.');
  assert.deepEqual(
    found.map((f) => [f.offset, f.endOffset, f.actual, f.message]),
    [[0, 8, 'Steroids', 'The evidence rates corticosteroids as possibly harmful for multifocal motor neuropathy; first-line: intravenous immunoglobulin.']],
  );
  for (const text of [
    'Steroids are the best choice for GBS.',
    'Plasma exchange is a good bet for MMN.',
    'Prednisone is the go-to drug for GBS.',
    'Steroids are useful in GBS.',
    'Steroids are beneficial for people with GBS.',
    'Plasma exchange is worth trying in MMN.',
    'Plasma exchange is the treatment of choice for MMN.',
    'Steroids are good for GBS.',
    'Steroids can do wonders for MMN.',
  ]) {
    assert.equal(check(text).length, 1, text);
  }
});

test('treatment: a negated, poor or questioned recommendation stays unflagged', () => {
  for (const text of [
    'Steroids are not a good choice for MMN.',
    'Steroids are a poor choice for MMN.',
    'Steroids are the wrong choice for GBS.',
    'Steroids are a good choice for CIDP, but not for MMN.',
    'IVIG is the treatment of choice for MMN.',
    'Is plasma exchange a good choice for MMN?',
    'Steroids are not good for GBS.',
    'Knowing the facts is good for people with GBS.',
  ]) {
    assert.deepEqual(check(text), [], text);
  }
});

test('treatment: after another disease is named in the paragraph, a disease-less clause is not read against the title', () => {
  const text = '# Living with GBS\n\nCIDP is a slower cousin of GBS. Guidance lists steroids as first choices for it.\n';
  assert.deepEqual(check(text), []);
  assert.deepEqual(check('# Living with GBS\n\nSteroids are a good choice.\n').map((f) => f.actual), ['Steroids']);
});

test('treatment: "rarely suggested" doubts the claim', () => {
  assert.deepEqual(check('MMN responds to IVIG, so plasma exchange is rarely suggested.'), []);
});

test('treatment: ", and" followed by a claim of its own starts a new clause; a list does not', () => {
  assert.deepEqual(check('Steroids are suggested for CIDP, and IVIG is preferred in MMN.'), []);
  assert.deepEqual(check('Steroids help CIDP, and IVIG helps MMN.'), []);
  assert.deepEqual(check('IVIG helps CIDP, and steroids help GBS.').map((f) => [f.actual, f.offset]), [['steroids', 21]]);
  assert.deepEqual(check('IVIG is used for MMN, and steroids for GBS.').map((f) => f.actual), ['steroids']);
  assert.deepEqual(
    check('GBS, CIDP, and MMN are treated with IVIG, plasma exchange, and steroids.').map((f) => [f.actual, f.severity]),
    [['plasma exchange', 'info'], ['steroids', 'info']],
  );
});

test('treatment: a condition with proven treatment said to have none is a warning naming that treatment', () => {
  const [f, ...rest] = check('There is no treatment for Guillain-Barré syndrome.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity, f!.termId], [0, 21, 'warning', 'guillain-barre-syndrome']);
  assert.match(f!.message, /^"There is no treatment" denies care that works: for Guillain-Barré syndrome, intravenous immunoglobulin and plasma exchange are proven treatments \(/);
  assert.deepEqual(check('CIDP is a long illness. Doctors have nothing to offer for it.').map((f) => f.actual), ['have nothing to offer']);
  for (const text of [
    'There is no cure for CIDP, but treatment helps.',
    'There is no specific treatment for Miller Fisher syndrome.',
    'In the 1950s there was no treatment for Guillain-Barré syndrome.',
    'Some people believe there is no treatment for Guillain-Barré syndrome.',
    'Is there no treatment for Guillain-Barré syndrome?',
    'For mild Guillain-Barré syndrome, no treatment is needed.',
    'CIDP is a long illness. There is no treatment for the numbness it leaves.',
    'CIDP is a long illness. There are no medications to repair nerves.',
    'There is no treatment for ALS, unlike Guillain-Barré syndrome.',
  ]) {
    assert.deepEqual(check(text), [], text);
  }
});

test('treatment: a form said to be treated as its condition is, where its own verdict differs, is a warning', () => {
  const bundled = (text: string) => lint(text, { rules: [rule] });
  const [f, ...rest] = bundled('Miller Fisher syndrome is a rare form of GBS. It is treated in the same way as Guillain-Barré syndrome.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.severity, f!.termId], [52, 75, 'warning', 'miller-fisher-syndrome']);
  assert.match(f!.message, /^"treated in the same way" gives Miller Fisher syndrome the care of Guillain-Barré syndrome, but intravenous immunoglobulin is not proven either way/);
  for (const text of [
    'Miller Fisher syndrome may be treated the same way as Guillain-Barré syndrome.',
    'Acute motor axonal neuropathy is treated in the same way as Guillain-Barré syndrome.',
    'Is Miller Fisher syndrome treated the same way as Guillain-Barré syndrome?',
    'Miller Fisher syndrome is not treated the same way as Guillain-Barré syndrome.',
  ]) {
    assert.deepEqual(bundled(text), [], text);
  }
});

test('treatment: "responds well to" reads as a claim that the treatment works', () => {
  const bundled = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.severity]);
  assert.deepEqual(bundled('Anti-MAG neuropathy responds well to IVIG.'), [['IVIG', 'warning']]);
  assert.deepEqual(bundled('Guillain-Barré syndrome responds well to steroids.'), [['steroids', 'error']]);
  assert.deepEqual(bundled('Multifocal motor neuropathy responds well to IVIG.'), []);
  assert.deepEqual(bundled('Multifocal motor neuropathy does not respond to steroids.'), []);
  assert.deepEqual(bundled('Some people with anti-MAG neuropathy respond well to rituximab.'), []);
});

test('treatment: a remedy outside mainstream care offered in place of medical care is a warning', () => {
  const bundled = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.severity]);
  assert.deepEqual(bundled('There are several natural treatments for neuropathy without having to go through any medical process.'), [['without having to go through any medical process', 'warning']]);
  assert.deepEqual(bundled('Try herbal remedies instead of drugs for your neuropathy.'), [['instead of drugs', 'warning']]);
  assert.deepEqual(bundled('Some people try herbal remedies instead of drugs, but this can be risky.'), []);
  assert.deepEqual(bundled('Do not use herbal remedies instead of medical treatment.'), []);
  assert.deepEqual(bundled('Acupuncture is used alongside medical care, not instead of it.'), []);
});

test('treatment: "first-line" after "refractory to" names the treatments that failed, so the one given next is not called standard care', () => {
  const bundled = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.severity]);
  assert.deepEqual(bundled('Stem cell transplants were given to 11 people with CIDP refractory to the first-line treatments.'), []);
  assert.deepEqual(bundled('A stem cell transplant is the first-line treatment for CIDP.'), [['stem cell transplant', 'warning']]);
});

test('treatment: a drug named beside its class ("corticosteroids such as prednisone") is one finding, on the class', () => {
  const bundled = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.severity]);
  assert.deepEqual(bundled('Corticosteroids such as prednisone are an effective treatment for Guillain-Barré syndrome.'), [['Corticosteroids', 'error']]);
  assert.deepEqual(bundled('Prednisone is an effective treatment for Guillain-Barré syndrome.'), [['Prednisone', 'error']]);
});

test('treatment: a list lead reaches back one paragraph at most, and a heading naming a mainstream treatment ends it', () => {
  const promised = (text: string) => lint(text).filter((f) => f.ruleId === 'treatment-claim').map((f) => f.actual);
  // The lead-in's own paragraph or the one just before names the remedy.
  assert.deepEqual(promised('Red light therapy sends light into the skin. The result is:\n\n- New nerve fibers regenerate.\n'), ['regenerate']);
  // A lead two paragraphs on, or a heading that names IVIG, is not about acupuncture.
  assert.deepEqual(promised('Acupuncture is an old practice.\n\nMost people with GBS recover.\n\nWe tested every patient. The results:\n\n- Nerve fibers regenerate.\n'), []);
  assert.deepEqual(promised('Acupuncture is an old practice.\n\n## IVIG\n\n- Nerve fibers regenerate.\n'), []);
});
