import type { TermIndex } from '../terminology/term-index';
import type { MustSay } from '../terminology/types';
import { escapeRegExp } from '../text/normalize';
import { documentTitle } from './claims/topic';
import { citation, findingSource } from './claims/sources';
import type { Block, DocumentRule, RuleEnv } from './rule';

/**
 * Patient text whose title names a condition with something readers must be told (the entry's
 * `mustSay` points, such as the emergency signs of Guillain-Barré syndrome) gets one warning at the
 * title per point the prose never makes. A point counts as made when any of its `saidWhen` words
 * appears anywhere in the prose: the rule asks for the point, it does not grade the wording.
 */
export const mustSay: DocumentRule<readonly MustSay[]> = {
  id: 'must-say',
  category: 'must-say',
  defaultSeverity: 'warning',
  summary: 'Patient audience: a page about a condition that never tells readers what they must know about it (such as its emergency signs).',
  scope: 'document',
  summarize: pointsMade,
  check(doc, env, report, summaries) {
    if (env.settings.audience !== 'patient') return;
    const title = documentTitle(doc, env.terms);
    const points = title?.entry.mustSay;
    if (!title || !points) return;
    for (const point of points) {
      if (summaries.some((made) => made.includes(point))) continue;
      const cite = citation(title.entry, point.source);
      report({
        message: `This page is about ${title.entry.preferred} but never tells readers: ${point.point} (${cite.short})`,
        offset: title.offset,
        endOffset: title.endOffset,
        actual: title.text,
        termId: title.entry.id,
        fixes: [],
        note: `Source: ${cite.full}`,
        sources: [findingSource(title.entry, point.source)],
      });
    }
  },
};

/** The rule's summary of a chunk: every point of any entry that the chunk's prose makes. */
function pointsMade(block: Block, env: RuleEnv): readonly MustSay[] {
  if (env.settings.audience !== 'patient') return [];
  const made = patternsOf(env.terms).filter(({ words }) => words.test(block.masked));
  return made.length === 0 ? NONE : made.map(({ point }) => point);
}

const NONE: readonly MustSay[] = [];
/** The points of a terminology with their patterns, compiled once per terminology. */
const compiled = new WeakMap<TermIndex, Array<{ point: MustSay; words: RegExp }>>();

function patternsOf(terms: TermIndex): Array<{ point: MustSay; words: RegExp }> {
  let list = compiled.get(terms);
  if (!list) compiled.set(terms, (list = terms.entries.flatMap((e) => (e.mustSay ?? []).map((point) => ({ point, words: saidPattern(point) })))));
  return list;
}

/** Any of the point's words, as whole words (case aside). */
function saidPattern(point: MustSay): RegExp {
  const escaped = point.saidWhen.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
