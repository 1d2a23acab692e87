import { MIN_WORDS } from '../rules/readability/measure';
import type { ReadabilityReport } from '../rules/readability/report';
import { LineIndex } from '../positions';
import { escapeHtml } from './html';

/**
 * A document's reading grade and each heading's section for the review page: Flesch-Kincaid and
 * SMOG, words, and whether the grade is above `target`. Text under `MIN_WORDS` words is shown but
 * not judged, as the readability rule does not judge it either.
 */
export function readabilitySection(report: ReadabilityReport, text: string, target: number): string {
  if (report.words === 0) return '';
  const lines = new LineIndex(text);
  const rows = report.sections
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.title)}</td><td>${lines.positionAt(s.offset).line + 1}</td><td>${s.fleschKincaid}</td><td>${s.smog}</td><td>${s.words}</td><td>${gradeVerdict(s.words, s.fleschKincaid, target)}</td></tr>`,
    )
    .join('');
  const table = rows
    ? `<table class="readability"><thead><tr><th>Section</th><th>Line</th><th>Flesch-Kincaid</th><th>SMOG</th><th>Words</th><th>Target ${target}</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No headings: the whole document is one section.</p>';
  return (
    `<details class="readability"><summary>Reading grade ${report.fleschKincaid} (Flesch-Kincaid; SMOG ${report.smog}) over ${report.words} words: ` +
    `${gradeVerdict(report.words, report.fleschKincaid, target)}</summary>${table}</details>`
  );
}

/** How a grade compares with the target, in words; text under `MIN_WORDS` words is not judged. */
export function gradeVerdict(words: number, grade: number, target: number): string {
  if (words < MIN_WORDS) return `too short to judge (under ${MIN_WORDS} words)`;
  return grade > target ? `above the target of ${target}` : `within the target of ${target}`;
}
