import type { DocumentInput, DocumentReport } from './rule';

/**
 * `report`, passing on only the first finding at each place in the document: a claim that two passes
 * read (a list item under "## How GBS is treated" is read as a sentence and as a list claim) is one finding.
 */
export function oncePerPlace(doc: DocumentInput, report: DocumentReport): DocumentReport {
  const seen = new Set<number>();
  return (f, block) => {
    const offset = block === undefined ? f.offset : doc.blocks[block]!.start + f.offset;
    if (seen.has(offset)) return;
    seen.add(offset);
    report(f, block);
  };
}
