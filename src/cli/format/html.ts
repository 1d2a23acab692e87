import { readFile } from 'node:fs/promises';
import { reviewPage, utcMinute, type ReviewDocument, type TermIndex } from '../../core/index';
import { decodeText, type FileResult, type LintContext, type LintJob } from '../lint-files';

/**
 * `check --format html`: the review page for the checked files. The texts are read again here (the
 * workers do not send them back), so the page shows each finding in its sentence.
 */
export async function formatHtml(
  results: readonly FileResult[],
  jobs: readonly LintJob[],
  contexts: readonly LintContext[],
  terms: TermIndex,
  version: string,
  now = new Date(),
): Promise<string> {
  const documents: ReviewDocument[] = [];
  const notChecked: Array<{ path: string; reason: string }> = [];
  for (const [i, result] of results.entries()) {
    const job = jobs[i]!;
    if (result.skipped || result.error) {
      notChecked.push({ path: result.path, reason: result.skipped ?? result.error! });
      continue;
    }
    const text = job.text ?? decodeText(await readFile(job.absolute));
    const readabilityTarget = contexts[job.context]?.settings.readabilityTarget;
    documents.push({ path: result.path, text, findings: result.findings, ...(readabilityTarget === undefined ? {} : { readabilityTarget }) });
  }
  return reviewPage({ documents, notChecked, generated: utcMinute(now), toolVersion: version, terms });
}
