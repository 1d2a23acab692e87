import { analyseDocument, type DocumentFormat } from '../analyse-block';
import type { Block } from '../rules/rule';
import { LineIndex } from '../positions';
import { abbreviationEvents } from '../rules/abbreviation-consistency/events';
import type { TermIndex } from '../terminology/term-index';

/** One abbreviation of a document, as an editor's table of abbreviations lists it. */
export interface AbbreviationRow {
  /** As first written ("IVIg"). */
  abbreviation: string;
  /** The terminology's name for it. */
  expansion: string;
  /** 1-based line where the document first spells it out, or null when it never does. */
  definedLine: number | null;
  /** Times it appears alone, outside headings. */
  uses: number;
}

/**
 * The abbreviations from the terminology that a document uses, in order of first appearance, with
 * where each is spelled out and how often it is used (for the report and the review page).
 */
export function abbreviationTable(
  text: string,
  terms: TermIndex,
  format: DocumentFormat = 'markdown',
  /** The document already analysed, when the caller has it (the review page reads it once for all tables). */
  blocks: ReadonlyArray<{ start: number; block: Block }> = analyseDocument(text, format, terms),
): AbbreviationRow[] {
  const lines = new LineIndex(text);
  const rows = new Map<string, AbbreviationRow>();
  const hasAbbreviation = (termId: string): boolean => (terms.get(termId)?.abbreviations?.length ?? 0) > 0;
  for (const { start, block } of blocks) {
    for (const event of abbreviationEvents(block, hasAbbreviation)) {
      if (event.kind !== 'definition' && event.kind !== 'use') continue;
      let row = rows.get(event.key);
      if (!row) {
        const expansion = terms.get(event.abbreviation.termId)?.preferred ?? event.abbreviation.text;
        rows.set(event.key, (row = { abbreviation: event.abbreviation.text, expansion, definedLine: null, uses: 0 }));
      }
      if (event.kind === 'use') row.uses++;
      else row.definedLine ??= lines.positionAt(start + event.abbreviation.offset).line + 1;
    }
  }
  return [...rows.values()];
}
