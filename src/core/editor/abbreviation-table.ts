import { analyseBlock, type DocumentFormat } from '../analyse-block';
import { chunkMarkdown } from '../markdown/chunk';
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
export function abbreviationTable(text: string, terms: TermIndex, format: DocumentFormat = 'markdown'): AbbreviationRow[] {
  const lines = new LineIndex(text);
  const rows = new Map<string, AbbreviationRow>();
  const hasAbbreviation = (termId: string): boolean => (terms.get(termId)?.abbreviations?.length ?? 0) > 0;
  const chunks = format === 'text' ? [{ start: 0, text, frontMatter: false }] : chunkMarkdown(text);
  for (const chunk of chunks) {
    if (chunk.frontMatter) continue;
    for (const event of abbreviationEvents(analyseBlock(chunk.text, format, terms), hasAbbreviation)) {
      if (event.kind !== 'definition' && event.kind !== 'use') continue;
      let row = rows.get(event.key);
      if (!row) {
        const expansion = terms.get(event.abbreviation.termId)?.preferred ?? event.abbreviation.text;
        rows.set(event.key, (row = { abbreviation: event.abbreviation.text, expansion, definedLine: null, uses: 0 }));
      }
      if (event.kind === 'use') row.uses++;
      else row.definedLine ??= lines.positionAt(chunk.start + event.abbreviation.offset).line + 1;
    }
  }
  return [...rows.values()];
}
