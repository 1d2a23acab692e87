import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLinks, entryMarkdown, escapeMarkdown, hoverAt } from '../../src/core/index';
import { terms } from './helpers';

const gbs = terms.get('guillain-barre-syndrome')!;

/** The hover at the first occurrence of `needle` (plus `shift` characters) in `text`. */
function hoverOn(text: string, needle: string, shift = 1, options = {}) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  return hoverAt(text, at + shift, terms, options);
}

test('hover on a preferred term covers the whole term and shows both definitions, plain first', () => {
  const text = 'Intro paragraph.\n\nMost people with Guillain-Barré syndrome recover.\n';
  const hover = hoverOn(text, 'Barré');
  assert.ok(hover);
  assert.equal(hover.termId, 'guillain-barre-syndrome');
  assert.equal(hover.form, 'preferred');
  assert.equal(text.slice(hover.offset, hover.endOffset), 'Guillain-Barré syndrome');
  const md = hover.markdown;
  assert.ok(md.startsWith(`**${escapeMarkdown(gbs.preferred)}** · disease`), md); // already capitalized
  const plain = md.indexOf(escapeMarkdown(gbs.definition.patient));
  const clinical = md.indexOf(`*Clinical:* ${escapeMarkdown(gbs.definition.clinical)}`);
  assert.ok(plain > 0 && clinical > plain, 'plain-language definition comes first');
  assert.ok(md.includes(`Reviewed ${gbs.reviewed}.`));
  assert.ok(md.includes('**Abbreviation:** GBS'), 'lists the abbreviation');
});

test('professional audience puts the clinical definition first', () => {
  const hover = hoverOn('Guillain-Barré syndrome is rare.', 'Guillain', 0, { audience: 'professional' });
  const md = hover!.markdown;
  const clinical = md.indexOf(`*Clinical:* ${escapeMarkdown(gbs.definition.clinical)}`);
  const plain = md.indexOf(`*Plain language:* ${escapeMarkdown(gbs.definition.patient)}`);
  assert.ok(clinical > 0 && plain > clinical, md);
});

test('a misspelling or outdated name names the correct term', () => {
  const miss = hoverOn('She had Guillian-Barre syndrome last year.', 'Guillian');
  assert.equal(miss?.form, 'misspelling');
  assert.ok(miss!.markdown.includes('"Guillian-Barre syndrome" looks like a misspelling: write **Guillain-Barré syndrome**.'), miss!.markdown);
  const old = hoverOn('Older books say Landry paralysis.', 'Landry');
  assert.equal(old?.form, 'outdated');
  assert.ok(old!.markdown.includes('"Landry paralysis" is an outdated name: write **Guillain-Barré syndrome**.'), old!.markdown);
});

test('an abbreviation says what it stands for; a site note shows where it matters', () => {
  const abbr = hoverOn('GBS is rare.', 'GBS', 0);
  assert.equal(abbr?.form, 'abbreviation');
  assert.ok(abbr!.markdown.includes('GBS stands for Guillain-Barré syndrome.'));
  const ms = terms.get('multiple-sclerosis')!;
  assert.ok(ms.siteNote, 'fixture needs the multiple sclerosis site note');
  const site = hoverOn('Multiple sclerosis is different.', 'sclerosis');
  assert.ok(site!.markdown.includes(`**Site:** ${escapeMarkdown(ms.siteNote)}`));
  assert.ok(site!.markdown.startsWith('**Multiple sclerosis** · disease'), 'heading starts with a capital');
});

test('no hover in fenced code, inline code, link destinations, front matter, or between terms', () => {
  const text = [
    '---',
    'title: Guillain-Barré syndrome',
    '---',
    '',
    '```',
    'Guillain-Barré syndrome',
    '```',
    '',
    'Use `Guillain-Barré syndrome` or [a link](https://example.org/Guillain-Barre) here.',
  ].join('\n');
  assert.equal(hoverAt(text, text.indexOf('Barré'), terms), undefined, 'front matter');
  assert.equal(hoverAt(text, text.indexOf('Barré', text.indexOf('```')), terms), undefined, 'fenced code');
  assert.equal(hoverAt(text, text.indexOf('Barré', text.indexOf('`G')), terms), undefined, 'inline code');
  assert.equal(hoverAt(text, text.indexOf('Guillain-Barre)'), terms), undefined, 'link destination');
  assert.equal(hoverAt(text, text.indexOf('here'), terms), undefined, 'plain word');
  assert.equal(hoverAt(text, -5, terms), undefined);
  assert.equal(hoverAt(text, text.length + 5, terms), undefined);
});

test('codes become links to their public pages, in a fixed order', () => {
  const links = codeLinks({ orpha: 'ORPHA:2103', mesh: 'D020275', mondo: 'MONDO:0016218', icd11: 'http://id.who.int/icd/entity/1196874419' });
  assert.deepEqual(links, [
    {
      system: 'ICD-11',
      code: 'http://id.who.int/icd/entity/1196874419',
      label: 'ICD-11 foundation 1196874419',
      url: 'https://id.who.int/icd/entity/1196874419',
    },
    { system: 'MeSH', code: 'D020275', label: 'MeSH D020275', url: 'https://meshb.nlm.nih.gov/record/ui?ui=D020275' },
    { system: 'MONDO', code: 'MONDO:0016218', label: 'MONDO:0016218', url: 'https://purl.obolibrary.org/obo/MONDO_0016218' },
    { system: 'ORPHA', code: 'ORPHA:2103', label: 'ORPHA:2103', url: 'https://www.orpha.net/en/disease/detail/2103' },
  ]);
  assert.deepEqual(codeLinks({ icd11: '8C01' }), [{ system: 'ICD-11', code: '8C01', label: 'ICD-11 8C01', url: '' }], 'no guessed link');
  const md = entryMarkdown(gbs, terms, { audience: 'patient' });
  for (const link of codeLinks(gbs.codes)) assert.ok(md.includes(link.url ? `[${link.label}](${link.url})` : link.label), link.system);
});

test('data text is escaped so it renders as written', () => {
  assert.equal(escapeMarkdown('a*b_[c]<d>'), 'a\\*b\\_\\[c\\]\\<d\\>');
  const entry = { ...gbs, preferred: 'X *bold* <b>', sources: [], codes: {} };
  assert.ok(entryMarkdown(entry, terms, { audience: 'patient' }).startsWith('**X \\*bold\\* \\<b\\>**'));
});

test('a hover shows the main source and counts the rest; the entry page lists all', () => {
  const sources = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, title: `Source ${i}`, url: `https://example.org/${i}` }));
  const entry = { ...gbs, sources };
  const hover = entryMarkdown(entry, terms, { audience: 'patient' });
  assert.ok(hover.includes('**Main source:**\n\n- [Source 0](https://example.org/0)\n- and 4 more (Open Terminology Entry lists them all)'));
  const page = entryMarkdown(entry, terms, { audience: 'patient', allSources: true });
  assert.ok(page.includes('**Sources:**\n\n- [Source 0]') && page.includes('- [Source 4](https://example.org/4)') && !page.includes('- and '));
});

test('a lay phrase gets the entry hover with its everyday words and plain alternative', async () => {
  const { miniTerms } = await import('./fixtures/mini-terminology');
  const text = "It strips the nerves' protective coating.";
  const hover = hoverAt(text, text.indexOf('coating'), miniTerms, {});
  assert.equal(hover?.termId, 'myelin');
  assert.equal(hover?.form, 'lay');
  assert.equal(text.slice(hover!.offset, hover!.endOffset), 'protective coating');
  assert.ok(hover!.markdown.includes('**In everyday words:** protective coating.'), hover!.markdown);
  assert.ok(hover!.markdown.includes('**Plain alternative:** the coating around the nerves.'), hover!.markdown);
  const professional = hoverAt(text, text.indexOf('coating'), miniTerms, { audience: 'professional' });
  assert.ok(!professional!.markdown.includes('Plain alternative'), professional!.markdown);
});

test('a disease hover lists its key verdicts with the evidence level in plain words, first choices first', () => {
  const md = hoverOn('Guillain-Barré syndrome is rare.', 'Guillain', 0)!.markdown;
  assert.ok(
    md.includes(
      '**Treatments:** intravenous immunoglobulin: a first choice (evidence: a clinical guideline); plasma exchange: a first choice (evidence: a clinical guideline); corticosteroids: not effective (evidence: a clinical guideline); immunoadsorption: not effective (evidence: a clinical guideline).',
    ),
    md,
  );
  const mfs = hoverOn('Miller Fisher syndrome is rare.', 'Miller', 0)!.markdown;
  assert.ok(mfs.includes('intravenous immunoglobulin: not proven either way (evidence: expert opinion only)'), mfs);
  assert.ok(!mfs.includes('a first choice'), 'Miller Fisher syndrome does not inherit GBS first-line verdicts');
  const aidp = hoverOn('AIDP is a form of GBS.', 'AIDP', 0)!.markdown;
  assert.ok(aidp.includes('corticosteroids: not effective (evidence: a clinical guideline)'), 'AIDP shows the verdicts it inherits');
});

test('hover sources: guideline sources first, curation notes and mirror sites never shown', () => {
  const md = hoverOn('CIDP is treatable.', 'CIDP', 0)!.markdown;
  const sources = md.slice(md.indexOf('**Main source:**'));
  // The guideline behind CIDP's first-line verdicts is the main source; the trial listing behind an uncertain verdict is folded.
  assert.match(sources, /^\*\*Main source:\*\*\n\n- \[Van den Bergh PYK[^\n]*\n- and \d+ more \(Open Terminology Entry lists them all\)/);
  for (const text of ['read via', 'mirror', 'proxy', 'findzebra', 'pearltrees', 'globalrph']) {
    for (const e of terms.entries) {
      const entryMd = terms.get(e.id) && hoverAt(e.preferred, 0, terms, {})?.markdown;
      assert.ok(!entryMd?.toLowerCase().includes(text), `${e.id} hover shows "${text}"`);
    }
  }
});

test('an ambiguous abbreviation in a sentence about a medicine is not explained as the disease alone', () => {
  const dose = hoverOn('The nurse gave MS 4 mg for the pain.', 'MS', 0)!.markdown;
  assert.ok(dose.startsWith('In this sentence about a medicine, "MS" likely means **morphine sulfate** or **magnesium sulfate**.'), dose);
  const disease = hoverOn('MS damages the myelin in the brain.', 'MS', 0)!.markdown;
  assert.ok(!disease.includes('about a medicine'), disease);
  assert.ok(disease.includes('MS stands for multiple sclerosis'), disease);
});

test('hover ends with what the sentence claims about the term and how it stands against the facts', () => {
  const text = 'Steroids are an effective treatment for GBS, and IVIG is the standard for Miller Fisher syndrome.\n';
  const onGbs = hoverOn(text, 'GBS')!.markdown;
  assert.ok(
    onGbs.endsWith(
      '---\n\n**What this sentence says**\n\n- corticosteroids for Guillain-Barré syndrome: presented as working: differs from the facts. ' +
        'Fact: corticosteroids for Guillain-Barré syndrome: not effective (AAN 2003 practice parameter; Cochrane review 2016; evidence: a clinical guideline).',
    ),
    onGbs,
  );
  assert.ok(
    hoverOn(text, 'IVIG')!.markdown.endsWith(
      '- intravenous immunoglobulin for Miller Fisher syndrome: presented as standard care: differs from the facts. Fact: intravenous immunoglobulin for Miller Fisher syndrome: not proven either way (MedLink review of anti-GQ1b antibody syndrome; JNNP review table; evidence: expert opinion only).',
    ),
  );
  assert.ok(hoverOn('IVIG may help some people with MMN.\n', 'MMN')!.markdown.endsWith('- intravenous immunoglobulin for multifocal motor neuropathy: presented as working (hedged): matches the facts.'));
  for (const quiet of ['It is a myth that steroids help GBS.\n', 'Do steroids help GBS?\n', 'GBS is rare.\n']) {
    assert.ok(!hoverOn(quiet, 'GBS')!.markdown.includes('What this sentence says'), quiet);
  }
});

test('the entry page lists treatments given together with their verdict; the hover keeps to single treatments', () => {
  const page = entryMarkdown(gbs, terms, { audience: 'patient', allSources: true });
  assert.ok(page.includes('plasma exchange then intravenous immunoglobulin: not effective (evidence: randomised trials)'), page);
  assert.ok(!entryMarkdown(gbs, terms, { audience: 'patient' }).includes(' then intravenous'));
});
