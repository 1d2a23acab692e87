import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainProse } from '../../src/core/markdown/prose';

const units = (text: string): string[] => plainProse(text).units.map((u) => `${u.kind}${u.kind === 'heading' ? u.depth : ''}: ${text.slice(u.start, u.end)}`);

test('plain text: lines that read as headings become headings, between paragraphs', () => {
  const text = 'Understanding Neuropathy\nNeuropathy is damage to the nerves. It has many causes.\nWhat Is CIDP?\nCIDP is a long-lasting nerve illness.\n- Weakness\nTypes of Neuropathy\nThere are many types.';
  assert.deepEqual(units(text), [
    'heading1: Understanding Neuropathy',
    'paragraph: Neuropathy is damage to the nerves. It has many causes.',
    'heading2: What Is CIDP?',
    'paragraph: CIDP is a long-lasting nerve illness.\n- Weakness',
    'heading2: Types of Neuropathy',
    'paragraph: There are many types.',
  ]);
});

test('plain text: a hard-wrapped sentence is never cut at a line break', () => {
  const text = 'The first sentence ends here.\nDoctors often give IVIG or plasma exchange as\nsoon as possible.';
  assert.deepEqual(units(text), ['paragraph: The first sentence ends here.\nDoctors often give IVIG or plasma exchange as\nsoon as possible.']);
});
