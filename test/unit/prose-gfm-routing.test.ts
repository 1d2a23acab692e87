import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractProse } from '../../src/core/markdown/prose';

// A chunk whose only GFM-looking characters are addresses is read by the CommonMark parser unless an address
// stands in its text, where GFM would make it a link (see `parse` in markdown/prose). Either way the prose is GFM's.

test('addresses in link destinations, code and HTML leave the text as it is', () => {
  for (const text of [
    'See [the support line](https://example.org/support) for more.\n',
    'Run `curl https://example.org` or ask <a href="mailto:a@b.org">us</a>.\n',
    '![map of www.example.org](https://example.org/map.png) Clinics near you.\n',
  ]) {
    const { masked, units } = extractProse(text);
    assert.equal(units.length, 1, text);
    assert.ok(!/example|b\.org/.test(masked), `${text} -> ${masked}`);
  }
});

test('an address in the text is still an autolink literal, wherever else addresses stand', () => {
  for (const [text, address] of <Array<[string, string]>>[
    ['See [the line](https://example.org/a) or www.clinic.org today.\n', 'www.clinic.org'],
    ['Write to help@clinic.org today.\n', 'help@clinic.org'],
    ['\\[not a link](https://clinic.org/x) today.\n', 'https://clinic.org/x'],
    ['See HTTPS://CLINIC.ORG/A today.\n', 'HTTPS://CLINIC.ORG/A'],
  ]) {
    const { masked } = extractProse(text);
    assert.ok(!masked.includes(address), `${text} -> ${masked}`);
    assert.ok(masked.includes('today'), masked);
  }
});

test("a web address as a link's text stays prose: GFM makes no link inside a link", () => {
  const text = '[Visit WWW.CLINIC.ORG](https://example.org) today.\n';
  assert.ok(extractProse(text).masked.startsWith(' Visit WWW.CLINIC.ORG '), extractProse(text).masked);
});
