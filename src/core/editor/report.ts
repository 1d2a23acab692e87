import type { ReadabilityReport } from '../rules/readability/report';
import type { AbbreviationRow } from './abbreviation-table';
import { CATEGORIES, SEVERITIES, type Category, type Finding, type Severity } from '../types';

/** The result of "Check Medical Claims" for one document, as plain data (also the command's return value). */
export interface ClaimsSummary {
  /** The document's name or URI as the caller gave it. */
  document: string;
  total: number;
  bySeverity: Record<Severity, number>;
  /** Only categories with at least one finding, in the order of `CATEGORIES`. */
  byCategory: Partial<Record<Category, number>>;
  /** The reading grade of the whole document and its sections, when it was measured. */
  readability: ReadabilitySummary | null;
  /** The readability rule's messages (grade above target, long sentences). */
  readabilityNotes: string[];
  /** The document's table of abbreviations, when it was made (see `abbreviationTable`). */
  abbreviations: AbbreviationRow[];
  findings: Finding[];
}

/** The reading grade as the report shows it; grades are rounded to one decimal by the core. */
export interface ReadabilitySummary {
  /** Flesch-Kincaid grade of the document's paragraphs and list items. */
  grade: number;
  smog: number;
  words: number;
  target: number;
  sections: Array<{ title: string; grade: number; words: number }>;
}

/**
 * Counts findings by severity and category and adds the reading grade when `readability` is
 * given (from `documentReadability`). Pure; keeps the findings' order.
 */
export function summarizeFindings(
  document: string,
  findings: readonly Finding[],
  readability?: { report: ReadabilityReport; target: number },
  abbreviations: AbbreviationRow[] = [],
): ClaimsSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const counts = new Map<Category, number>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  }
  const byCategory: Partial<Record<Category, number>> = {};
  for (const c of CATEGORIES) {
    const n = counts.get(c);
    if (n) byCategory[c] = n;
  }
  return {
    document,
    total: findings.length,
    bySeverity,
    byCategory,
    readability: readability
      ? {
          grade: readability.report.fleschKincaid,
          smog: readability.report.smog,
          words: readability.report.words,
          target: readability.target,
          sections: readability.report.sections.map((s) => ({ title: s.title, grade: s.fleschKincaid, words: s.words })),
        }
      : null,
    readabilityNotes: findings.filter((f) => f.category === 'readability').map((f) => f.message),
    abbreviations,
    findings: [...findings],
  };
}
