import type { DocumentView } from './documents';
import { documentReadability, formatOfLanguage } from '../core/index';
import { MIN_WORDS } from '../core/rules/readability/measure';

/** Above this size the grade is left to Check Medical Claims: measuring parses the whole text again. */
const MAX_GRADE_CHARS = 300_000;

/**
 * The Flesch-Kincaid grade for the status bar, measured when a document is opened or saved (never per
 * keystroke: it needs a full parse). Null for a text too long to measure here, or too short for a
 * grade to say anything (below the readability rule's own minimum).
 */
export function measureGrade(document: DocumentView): number | null {
  const text = document.getText();
  if (text.length > MAX_GRADE_CHARS) return null;
  const report = documentReadability(text, formatOfLanguage(document.languageId));
  return report.words >= MIN_WORDS ? report.fleschKincaid : null;
}
