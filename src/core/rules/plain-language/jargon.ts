/**
 * Clinical words that are not terminology entries (no disease, symptom or treatment behind them) but
 * that patients often do not know, with a plain alternative in our own words. Data, not code: the
 * plain-language rule matches `forms` as whole words outside term names, and the tests run `examples`.
 * `replace` is false for adjectives, whose plain words do not fit in the same place ("idiopathic
 * neuropathy" cannot become "of unknown cause neuropathy"): those get only the "explain" fix.
 * "Acute" and "chronic" are left out on purpose: they are mostly parts of disease names, and in other
 * uses ("chronic pain") most readers know them.
 */
export interface JargonWord {
  /** Lower-case word forms, matched whole and case-insensitively. */
  forms: readonly string[];
  plain: string;
  replace: boolean;
  examples: { flag: string; ok: string };
}

export const JARGON: readonly JargonWord[] = [
  {
    forms: ['bilateral', 'bilaterally'],
    plain: 'on both sides',
    replace: false,
    examples: { flag: 'The weakness is often bilateral.', ok: 'The weakness is often bilateral (on both sides).' },
  },
  {
    forms: ['idiopathic'],
    plain: 'of unknown cause',
    replace: false,
    examples: { flag: 'Many cases are called idiopathic.', ok: 'Many cases are idiopathic, meaning of unknown cause.' },
  },
  {
    forms: ['etiology', 'aetiology'],
    plain: 'cause',
    replace: true,
    examples: { flag: 'The etiology is often not found.', ok: 'The cause (etiology) is often not found.' },
  },
  {
    forms: ['prognosis'],
    plain: 'outlook',
    replace: true,
    examples: { flag: 'The prognosis for most children is good.', ok: 'The outlook (prognosis) for most children is good.' },
  },
  {
    forms: ['ambulate'],
    plain: 'walk',
    replace: true,
    examples: { flag: 'Most people ambulate again within months.', ok: 'Most people walk again within months.' },
  },
  {
    forms: ['ambulation'],
    plain: 'walking',
    replace: true,
    examples: { flag: 'Ambulation may need a stick at first.', ok: 'Walking may need a stick at first.' },
  },
];
