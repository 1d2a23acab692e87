import type { MustSay } from '../terminology/types';
import { escapeRegExp } from '../text/normalize';
import { documentTitle } from './claims/topic';
import { citation, findingSource } from './claims/sources';
import type { DocumentRule } from './rule';

/**
 * Patient text whose title names a condition with something readers must be told (the entry's
 * `mustSay` points, such as the emergency signs of Guillain-Barré syndrome) gets one warning at the
 * title per point the prose never makes. A point counts as made when any of its `saidWhen` words
 * appears anywhere in the prose: the rule asks for the point, it does not grade the wording.
 */
export const mustSay: DocumentRule = {
  id: 'must-say',
  category: 'must-say',
  defaultSeverity: 'warning',
  summary: 'Patient audience: a page about a condition that never tells readers what they must know about it (such as its emergency signs).',
  scope: 'document',
  check(doc, env, report) {
    if (env.settings.audience !== 'patient') return;
    const title = documentTitle(doc, env.terms);
    const points = title?.entry.mustSay;
    if (!title || !points) return;
    for (const point of points) {
      const words = saidPattern(point);
      if (doc.blocks.some(({ block }) => words.test(block.masked))) continue;
      const cite = citation(title.entry, point.source);
      report({
        message: `This page is about ${title.entry.preferred} but never tells readers: ${point.point} (${cite.short})`,
        offset: title.offset,
        endOffset: title.endOffset,
        actual: doc.text.slice(title.offset, title.endOffset),
        termId: title.entry.id,
        fixes: [],
        note: `Source: ${cite.full}`,
        sources: [findingSource(title.entry, point.source)],
      });
    }
  },
};

/** Any of the point's words, as whole words (case aside). */
function saidPattern(point: MustSay): RegExp {
  const escaped = point.saidWhen.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
