import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, ruleById, type Finding } from '../../src/core/index';
import { claimTerms } from './rules-claims-terms';
import { lint } from './helpers';

const rule = ruleById('anatomy-misclassification')!;
const check = (text: string): Finding[] => new Linter(claimTerms).lint(text, { rules: [rule] });
const flagged = (text: string): string[] => check(text).map((f) => f.actual);
const CNS = 'Multiple sclerosis is a disease of the central nervous system (brain and spinal cord), not a peripheral neuropathy.';

test('anatomy: MS called a peripheral neuropathy is flagged on the name, with the site in the message', () => {
  const [f, ...rest] = check('We learned that MS is a type of peripheral neuropathy.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.actual, f!.message, f!.severity, f!.termId], [16, 18, 'MS', CNS, 'error', 'multiple-sclerosis']);
  assert.equal(f!.note, 'Affects the central nervous system.');
});

test('anatomy: coordinated subjects, bracketed abbreviations and appositives still reach the predicate', () => {
  assert.deepEqual(flagged('MS and NMOSD are both causes of neuropathy.'), ['MS', 'NMOSD']);
  assert.deepEqual(flagged('Multiple sclerosis (MS) can cause peripheral neuropathy.'), ['Multiple sclerosis']);
  assert.deepEqual(flagged('MS, like CIDP, is a demyelinating neuropathy.'), ['MS']);
});

test('anatomy: contrasts and negations stay unflagged', () => {
  for (const text of [
    'Unlike peripheral neuropathy, MS affects the central nervous system.',
    'MS is not a peripheral neuropathy.',
    'Doctors sometimes mistake CIDP for MS.',
    'Some medicines for MS can cause peripheral neuropathy.',
    'Causes of peripheral neuropathy include diabetes, but not MS.',
    'In MS, nerve pain starts in the brain and spinal cord.',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('anatomy: myasthenia gravis may affect the peripheral nervous system, but is not a neuropathy', () => {
  assert.deepEqual(flagged('Myasthenia gravis affects the peripheral nervous system.'), []);
  assert.deepEqual(flagged('Myasthenia gravis is a neuromuscular disorder.'), []);
  const [f] = check('MG damages the nerves.');
  assert.equal(f?.message, 'Myasthenia gravis is a disorder of the neuromuscular junction, where nerve meets muscle outside the brain and spinal cord; it is not a neuropathy.');
});

test('anatomy: MS called a neuromuscular disorder gets its own message', () => {
  assert.deepEqual(check('MS is a neuromuscular disease.').map((f) => f.message), [
    'Multiple sclerosis is a disease of the central nervous system (brain and spinal cord), not a neuromuscular disorder.',
  ]);
});

test('anatomy: peripheral diseases placed in the brain, and the PNS defined as the brain, are flagged', () => {
  assert.deepEqual(flagged('CIDP is a disease of the spinal cord.'), ['CIDP']);
  assert.deepEqual(flagged('GBS attacks the brain.'), ['GBS']);
  assert.deepEqual(flagged('GBS attacks the nerves outside the brain and spinal cord.'), []);
  assert.deepEqual(flagged('GBS can affect the nerve roots near the spinal cord.'), []);
  assert.deepEqual(flagged('The PNS is made up of the brain and spinal cord.'), ['PNS']);
  assert.deepEqual(flagged('The PNS connects the brain and spinal cord with the body.'), []);
});

test('anatomy: list items under a causes-of-neuropathy heading are flagged, even across chunks', () => {
  const text = '## Causes of peripheral neuropathy\n\nSome are common.\n\n- Guillain-Barré syndrome\n- **Multiple sclerosis**\n- MS, which affects the brain instead\n\n## Treated with plasma exchange\n\n- Multiple sclerosis\n';
  const found = check(text);
  assert.deepEqual(found.map((f) => [f.actual, f.range.start.line]), [['Multiple sclerosis', 5]]);
  assert.match(found[0]!.message, /^Multiple sclerosis is listed among causes or types of peripheral neuropathy, but it is a disease/);
});

test('anatomy: a lead-in paragraph ending with a colon opens the list; another paragraph closes it', () => {
  const text = 'Conditions that can cause neuropathy include:\n\n- lupus\n- NMOSD\n\nAlso see:\n\n- NMOSD\n';
  assert.deepEqual(check(text).map((f) => [f.actual, f.range.start.line]), [['NMOSD', 3]]);
});

test('anatomy: a sentence list after the cue flags only the CNS disease', () => {
  const [f, ...rest] = check('Causes of peripheral neuropathy include GBS, lupus and MS.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.actual, f!.offset], ['MS', 55]);
});

test('anatomy: a claim labelled as a myth is left alone, in a heading or a sentence', () => {
  assert.deepEqual(flagged('## Myth: GBS is a disease of the brain\n\nIt is a myth that MS is a type of neuropathy.\n'), []);
});

test('anatomy: a co-subject the terminology does not know does not hide the claim', () => {
  assert.deepEqual(flagged('MS and lupus are both well-known causes of peripheral neuropathy.'), ['MS']);
  assert.deepEqual(flagged('MS and lupus affect many people.'), []);
});

test('anatomy: "In LEMS, antibodies attack the nerves" puts the disease in the nerves', () => {
  assert.deepEqual(flagged('In MG, antibodies attack and destroy the nerves in the legs.'), ['MG']);
  assert.deepEqual(flagged('In MG, antibodies attack the junction between nerves and muscles.'), []);
  assert.deepEqual(flagged('In MS, the immune system attacks the myelin in the brain.'), []);
});

test('anatomy: "It is a disease of the brain" on a page titled with a peripheral disease', () => {
  const found = check('# Ten facts about GBS\n\n**5. It is an autoimmune disease of the brain.**\n\nIt is rare.\n');
  assert.deepEqual(found.map((f) => [f.actual, f.offset, f.termId]), [['It', 28, 'guillain-barre-syndrome']]);
  assert.deepEqual(flagged('# Notes\n\nIt is an autoimmune disease of the brain.\n'), []);
});

test('anatomy: "It is caused by damage in your brain" under a title naming a peripheral disease goes to the claim reader', () => {
  const site = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.offset, f.termId]);
  assert.deepEqual(site('# What is Guillain-Barré syndrome?\n\nThis is caused by damage in your brain.\n'), [['brain', 69, 'guillain-barre-syndrome']]);
  assert.deepEqual(site('# What is Guillain-Barré syndrome?\n\nIt is caused by damage in your brain.\n'), [['brain', 67, 'guillain-barre-syndrome']]);
  for (const quiet of [
    '# What is Guillain-Barré syndrome?\n\nIt may be caused by damage in your brain.\n',
    '# What is Guillain-Barré syndrome?\n\nIt is not caused by damage in your brain.\n',
    '# What is Guillain-Barré syndrome?\n\nThis is why the brain needs oxygen.\n',
    '# Notes\n\nIt is caused by damage in your brain.\n',
    '# What is multiple sclerosis?\n\nIt is caused by damage in your brain.\n',
  ]) assert.deepEqual(site(quiet), [], quiet);
});

test('anatomy: "It is the chronic variant of AIDP" under a title filing CIDP in a class: a condition set apart from a form of GBS', () => {
  const separate = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.termId, f.severity]);
  assert.deepEqual(separate('# Neurological disorders: CIDP\n\nIt is the chronic variant of AIDP.\n'), [['AIDP', 'cidp', 'warning']]);
  assert.deepEqual(separate('# CIDP\n\nIt is considered to be a chronic form of Guillain-Barré syndrome.\n'), [['Guillain-Barré syndrome', 'cidp', 'warning']]);
  for (const quiet of [
    '# Neurological disorders: CIDP\n\nIt is sometimes called the chronic counterpart of GBS.\n',
    '# CIDP\n\nIt was once thought to be a chronic form of GBS.\n',
    '# CIDP\n\nIt is not a form of Guillain-Barré syndrome.\n',
    '# Guillain-Barré syndrome\n\nIt is a form of acute polyneuropathy.\n',
  ]) assert.deepEqual(separate(quiet), [], quiet);
});

test('anatomy: a condition called autoimmune against its facts, by name or as "This is" under its title', () => {
  const immune = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.offset, f.severity, f.message, f.sources?.[0]?.url]);
  const DISPENZIERI = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3425020';
  const poems = 'POEMS syndrome is not an autoimmune disease: the immune system does not cause it.';
  assert.deepEqual(immune('Doctors say POEMS syndrome is an autoimmune disease.'), [['autoimmune disease', 33, 'warning', poems, DISPENZIERI]]);
  assert.deepEqual(immune('# What is POEMS syndrome?\n\nThis is an autoimmune condition.\n'), [['This', 27, 'warning', poems, DISPENZIERI]]);
  for (const quiet of [
    '# What is POEMS syndrome?\n\nThis is not an autoimmune condition.\n',
    '# What is POEMS syndrome?\n\nThis is why the tests matter.\n',
    '# What is POEMS syndrome?\n\nThis is possibly an autoimmune condition.\n',
    '# Notes\n\nThis is an autoimmune condition.\n',
    '# What is CIDP?\n\nThis is an autoimmune condition.\n',
  ]) assert.deepEqual(immune(quiet), [], quiet);
});

test('anatomy: never throws and never reports outside the text, whatever the input', async () => {
  const fc = await import('fast-check');
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => {
      const text = `# GBS\n\n${s}\n\n- MS ${s}`;
      return check(text).every((f) => f.offset >= 0 && f.endOffset <= text.length && f.offset < f.endOffset);
    }),
    { numRuns: 300 },
  );
});

test('anatomy: the claim may sit in a relative clause after "is a disease"', () => {
  assert.deepEqual(flagged('MS is an autoimmune disease that attacks the peripheral nerves.'), ['MS']);
  assert.deepEqual(flagged('GBS is a condition in which the immune system attacks the brain.'), ['GBS']);
  assert.deepEqual(flagged('GBS is a condition in which the immune system attacks the nerves outside the brain.'), []);
  assert.deepEqual(flagged('Myasthenia gravis is a disease in which antibodies block signals between nerves and muscles.'), []);
});

test('anatomy: a disease called a type of a disease across the peripheral/central divide', () => {
  assert.deepEqual(flagged('GBS is a type of multiple sclerosis that affects younger people.'), ['GBS']);
  assert.deepEqual(flagged('MS is a form of CIDP.'), ['MS']);
  assert.deepEqual(flagged('AIDP is a form of GBS. NMOSD was once thought to be a type of MS.'), []);
});

test('anatomy: an appositive that renames a CNS disease as a neuropathy is flagged on the name', () => {
  const [f, ...rest] = check('## Common types\n\n- Multiple sclerosis, another autoimmune peripheral neuropathy.\n');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.actual, f!.message], [19, 37, 'Multiple sclerosis', CNS]);
  assert.deepEqual(flagged('Multiple sclerosis (MS), a type of peripheral neuropathy that damages myelin, is common.'), ['Multiple sclerosis']);
  assert.deepEqual(flagged('NMOSD, a rare form of neuropathy, mostly affects women.'), ['NMOSD']);
  assert.deepEqual(flagged('MS, an autoimmune disease that attacks the peripheral nerves.'), ['MS']);
  assert.deepEqual(check('MS, a neuromuscular disease.').map((f) => f.message), [
    'Multiple sclerosis is a disease of the central nervous system (brain and spinal cord), not a neuromuscular disorder.',
  ]);
  assert.deepEqual(flagged('MG, a disease of the nerves, causes weakness.'), ['MG']);
  assert.deepEqual(flagged('GBS, a disease of the brain, follows an infection.'), ['GBS']);
});

test('anatomy: "is another ... neuropathy" and "one of the ... neuropathies" are flagged', () => {
  assert.deepEqual(flagged('MS is another autoimmune peripheral neuropathy.'), ['MS']);
  assert.deepEqual(flagged('MG is one of the autoimmune neuropathies.'), ['MG']);
  assert.deepEqual(flagged('CIDP is one of the autoimmune neuropathies.'), []);
  assert.deepEqual(flagged('MS is a peripheral nerve disorder. MS belongs to the group of autoimmune neuropathies.'), ['MS', 'MS']);
  assert.deepEqual(flagged('MS does not belong to the neuropathies. Myasthenia gravis is a peripheral nerve disorder.'), []);
});

test('anatomy: a noun phrase after the name that starts another clause or list item stays unflagged', () => {
  for (const text of [
    'Like MS, a peripheral neuropathy can cause numbness.',
    'If you have MS, a peripheral neuropathy is unlikely.',
    'Unlike MS, a peripheral neuropathy affects the nerves.',
    'CIDP, MS, a neuropathy caused by diabetes, and lupus were ruled out.',
    'MS, a peripheral neuropathy, and lupus were ruled out.',
    'Multiple sclerosis, a disease of the brain and spinal cord, is not a neuropathy.',
    'MG, a disease of the nerves and muscles, causes weakness.',
    'MS, a disease often confused with peripheral neuropathy, affects the brain.',
    'CIDP, another autoimmune peripheral neuropathy, responds to IVIG.',
  ]) {
    assert.deepEqual(flagged(text), [], text);
  }
});

test('anatomy: a bare "## Common types" heading lists types of neuropathy only on a page titled with neuropathy', () => {
  const text = '# Autoimmune neuropathy: an overview\n\n## Common types\n\n- CIDP\n- Multiple sclerosis\n- MS drugs such as interferon\n';
  assert.deepEqual(check(text).map((f) => [f.actual, f.range.start.line]), [['Multiple sclerosis', 5]]);
  for (const title of ['# Living with MS', '# Neuropathy or something else?', '# Peripheral neuropathy vs multiple sclerosis']) {
    assert.deepEqual(flagged(`${title}\n\n## Common types\n\n- Multiple sclerosis\n`), [], title);
  }
  assert.deepEqual(flagged('# Peripheral neuropathy\n\n## Common types\n\n- CIDP\n\n## Conditions that look similar\n\n- Multiple sclerosis\n'), []);
});

test('anatomy: a denial of what a disease can affect contradicts its involves facts, with the source', () => {
  const rule = { rules: [ruleById('anatomy-misclassification')!] };
  const [f, ...rest] = lint('Guillain-Barré syndrome is rare. Most people recover, and GBS does not cause any pain.\n', rule);
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.actual, f!.termId, f!.message], ['does not cause any pain', 'guillain-barre-syndrome', 'Guillain-Barré syndrome can cause pain (NCI Dictionary of Cancer Terms: Guillain-Barré syndrome); this says it does not.']);
  assert.deepEqual(f!.sources?.map((s) => s.url), ['https://www.cancer.gov/publications/dictionaries/cancer-terms/def/797067']);
  for (const quiet of ['GBS rarely affects breathing.', 'Some people think that GBS never affects breathing.', 'Does GBS never affect the face?', 'GBS does not affect the brain.']) {
    assert.deepEqual(lint(`${quiet}\n`, rule), [], quiet);
  }
});

test('anatomy: a germ named as what attacks the nerves in an immune-mediated condition is a warning', () => {
  const bundled = (text: string) => lint(text, { rules: [rule] });
  const [f, ...rest] = bundled('In Guillain-Barré syndrome, an unknown virus attacks the nervous system.');
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.actual, f!.severity, f!.termId], [39, 71, 'virus attacks the nervous system', 'warning', 'guillain-barre-syndrome']);
  assert.match(f!.message, /makes a germ the attacker, but in Guillain-Barré syndrome the body's own immune system attacks the nerves/);
  assert.deepEqual(bundled('In CIDP, bacteria destroy the myelin.').map((x) => x.actual), ['bacteria destroy the myelin']);
  assert.deepEqual(bundled('Guillain-Barré syndrome is caused by an infection of the nerves.').map((x) => x.actual), ['infection of the nerves']);
  for (const text of [
    'Guillain-Barré syndrome often follows a virus that attacks the lungs or gut.',
    'In Guillain-Barré syndrome, the virus does not attack the nerves itself.',
    'Shingles is a virus that attacks the nerves, unlike Guillain-Barré syndrome.',
    'Guillain-Barré syndrome may start when a virus attacks the nerves.',
    'After a virus, the immune system attacks the nerves in Guillain-Barré syndrome.',
    'In Guillain-Barré syndrome, a virus in the body triggers an attack on the nerves.',
    'Guillain-Barré syndrome is not an infection of the nerves.',
  ]) {
    assert.deepEqual(bundled(text), [], text);
  }
});

test('anatomy: a form given as another name of its condition, in brackets or after "or" in an apposition', () => {
  const names = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.offset]);
  assert.deepEqual(names('Guillain-Barré syndrome, or acute inflammatory demyelinating polyneuropathy (AIDP), is rare.'), [['acute inflammatory demyelinating polyneuropathy', 28]]);
  assert.deepEqual(names('Guillain-Barré syndrome (also known as acute inflammatory demyelinating polyneuropathy) is rare.'), [['acute inflammatory demyelinating polyneuropathy', 39]]);
  for (const text of [
    'Doctors test for Guillain-Barré syndrome or acute motor axonal neuropathy (AMAN), and treat both.',
    'Is it Guillain-Barré syndrome, or acute inflammatory demyelinating polyneuropathy (AIDP)?',
    'Guillain-Barré syndrome, or acute inflammatory demyelinating polyneuropathy (AIDP) in its most common form, is rare.',
    'Guillain-Barré syndrome, or multiple sclerosis, can cause weakness.',
  ]) {
    assert.deepEqual(names(text), [], text);
  }
});

test('anatomy: an immune-mediated condition called a genetic disorder is a warning; denials and inherited conditions are quiet', () => {
  const said = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.severity, f.message]);
  assert.deepEqual(said('CIDP is a hereditary condition.'), [
    ['hereditary condition', 'warning', 'Chronic inflammatory demyelinating polyneuropathy is not a genetic disorder: the immune system causes it, not a changed gene passed down in families.'],
  ]);
  assert.deepEqual(said('CIDP is not a genetic disease.'), []);
  assert.deepEqual(said('Charcot-Marie-Tooth disease is an inherited disease.'), []);
  assert.deepEqual(said('Some people think CIDP is a genetic disorder.'), []);
});

test('anatomy: "only the motor nerves" denies feeling and "only the sensory nerves" denies movement, against involves facts', () => {
  const said = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.message]);
  assert.deepEqual(said('Guillain-Barré syndrome is rare. It specifically targets the nerves that control movement.'), [
    ['specifically targets the nerves that control movement', 'Guillain-Barré syndrome can affect feeling (numbness, tingling) (van Doorn et al. 2023); this says it does not.'],
  ]);
  assert.deepEqual(said('CIDP affects only the sensory nerves.').map(([actual]) => actual), ['affects only the sensory nerves']);
  for (const text of [
    'Multifocal motor neuropathy affects only the motor nerves.',
    'In some people, CIDP affects only the sensory nerves.',
    'Guillain-Barré syndrome mainly affects the motor nerves.',
  ]) {
    assert.deepEqual(said(text), [], text);
  }
});

test('anatomy: a nerve disease called a muscle disorder is flagged from the name to the wrong kind', () => {
  const [f, ...rest] = lint('Multifocal motor neuropathy refers to a progressive muscle disorder that weakens the hands.', { rules: [rule] });
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.offset, f!.endOffset, f!.actual, f!.severity], [0, 67, 'Multifocal motor neuropathy refers to a progressive muscle disorder', 'error']);
  assert.match(f!.message, /^Multifocal motor neuropathy is a disease of the peripheral nerves; the muscles weaken because the nerves that drive them are damaged/);
});

test('anatomy: neuropathy called a symptom or complication of a CNS disease places that disease among its causes', () => {
  const names = (text: string) => lint(text, { rules: [rule] }).map((f) => f.actual);
  assert.deepEqual(names('Peripheral neuropathy is a common symptom of multiple sclerosis.'), ['multiple sclerosis']);
  assert.deepEqual(names('Neuropathy is not a symptom of multiple sclerosis.'), []);
  assert.deepEqual(names('Peripheral neuropathy is a common complication of diabetes.'), []);
});

test('anatomy: an autonomic neuropathy placed in the brain or called a CNS disease is flagged; the peripheral side is not', () => {
  const names = (text: string) => lint(text, { rules: [rule] }).map((f) => f.actual);
  assert.deepEqual(names('Autoimmune autonomic ganglionopathy damages the spinal cord.'), ['spinal cord']);
  assert.deepEqual(names('Autoimmune autonomic ganglionopathy is a type of multiple sclerosis.'), ['Autoimmune autonomic ganglionopathy']);
  assert.deepEqual(names('Autoimmune autonomic ganglionopathy is a form of autonomic neuropathy.'), []);
  assert.deepEqual(names('Autoimmune autonomic ganglionopathy affects the peripheral nerves.'), []);
});

test('anatomy: the peripheral nerves defined in brackets or an apposition as lying in the brain, spinal cord or spine', () => {
  const spans = (text: string) => lint(text, { rules: [rule] }).map((f) => [f.actual, f.offset, f.severity]);
  assert.deepEqual(spans('The peripheral nerves (those in the spine) carry signals.'), [['peripheral nerves (those in the spine)', 4, 'error']]);
  assert.deepEqual(spans('The peripheral nerves, those in the spine, carry signals.'), [['peripheral nerves, those in the spine', 4, 'error']]);
  for (const text of [
    'The peripheral nerves (those outside the brain and spinal cord) carry signals.',
    'The peripheral nerves (the nerves that branch out from the spinal cord) carry signals.',
    'The peripheral nervous system (PNS) carries signals.',
    'Peripheral neuropathy damages the peripheral nerves (in the arms and legs).',
  ]) {
    assert.deepEqual(spans(text), [], text);
  }
});

test('anatomy: a stand-in named as one kind of the page topic is quiet; named as a different condition it is flagged', () => {
  const sameAs = (text: string): string[] =>
    lint(text, { rules: [rule] })
      .filter((f) => f.message.includes('another name'))
      .map((f) => f.actual);
  // "This condition" may stand for symptoms just described: a peripheral neuropathy named under a neuropathy title narrows it.
  assert.deepEqual(sameAs('# Reversing Neuropathy\n\nImagine losing feeling in your feet. This condition is known as diabetic peripheral neuropathy.\n'), []);
  assert.deepEqual(sameAs('# Small fiber neuropathy\n\nThe feet burn. The condition is also called autonomic neuropathy by many doctors.\n'), ['autonomic neuropathy']);
  // Said of the neuropathy concept itself, a kind of it is one form, not another name.
  assert.match(lint('Peripheral neuropathy is also known as diabetic neuropathy.', { rules: [rule] }).map((f) => f.message).join('\n'), /is one form of peripheral neuropathy, not another name for it/);
});
