import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { EponymStyle } from '../../types';
import type { RuleEnv } from '../rule';
import { INNER_POSSESSIVE } from './term-style';

/** One eponym as written: "Sjögren's syndrome" (possessive), "Sjögren syndrome", or a misspelling of one. */
export interface EponymUse {
  mention: Mention;
  possessive: boolean;
  misspelled: boolean;
}

/** The eponyms among a chunk's mentions: entries that list a possessive form, in any written form. */
export function eponymUses(mentions: readonly Mention[], terms: TermIndex): EponymUse[] {
  const out: EponymUse[] = [];
  for (const mention of mentions) {
    if (mention.form !== 'preferred' && mention.form !== 'synonym' && mention.form !== 'misspelling') continue;
    if (terms.get(mention.termId)?.possessive === undefined) continue;
    out.push({ mention, possessive: INNER_POSSESSIVE.test(mention.text), misspelled: mention.form === 'misspelling' });
  }
  return out;
}

/** The form of the document's first correctly spelled eponym, which a consistent document keeps. */
export function firstStyle(uses: readonly EponymUse[]): Exclude<EponymStyle, 'consistent'> | undefined {
  const first = uses.find((u) => !u.misspelled);
  if (!first) return undefined;
  return first.possessive ? 'possessive' : 'nonpossessive';
}

/**
 * Whether fixes that write an eponym should write its possessive form: the `eponymStyle` setting, or
 * with `consistent` the form of the document's first eponym. `firstStyle` gives a chunk's own first form
 * (`firstStyle`) from its summary; the chunks are read in order up to the first that has one.
 */
export function writesPossessive<S>(env: RuleEnv, summaries: readonly S[], firstStyle: (summary: S) => Exclude<EponymStyle, 'consistent'> | undefined): boolean {
  const style = env.settings.eponymStyle;
  if (style !== 'consistent') return style === 'possessive';
  for (const summary of summaries) {
    const first = firstStyle(summary);
    if (first) return first === 'possessive';
  }
  return false;
}

/** The reason a consistent document gives for changing a form, in place of the house-style reason. */
export function mixReason(message: string): string {
  return message
    .replace('AMA style drops the possessive in eponyms', 'the document first writes this name without the possessive; keep one form')
    .replace('house style uses the possessive eponym', 'the document first writes the possessive form; keep one form');
}
