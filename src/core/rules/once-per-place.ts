import type { Report } from './rule';

/**
 * `report`, passing on only the first finding at each place in one chunk: a claim that two passes
 * read (a list item under "## How GBS is treated" is read as a sentence and as a list claim) is one finding.
 */
export function oncePerPlace(report: Report): Report {
  const seen = new Set<number>();
  return (f) => {
    if (seen.has(f.offset)) return;
    seen.add(f.offset);
    report(f);
  };
}
