import type { MustSay } from '../terminology/types';
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
    const prose = doc.blocks.map(({ block }) => block.masked).join('\n');
    for (const point of points) {
      if (said(prose, point)) continue;
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

/** Any of the point's words in the prose, as whole words (case aside). */
function said(prose: string, point: MustSay): boolean {
  const escaped = point.saidWhen.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu').test(prose);
}
