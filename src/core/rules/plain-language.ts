import type { Mention } from '../matcher';
import { inHeading } from './abbreviation-undefined/first-uses';
import type { Entry } from '../terminology/types';
import { naturalFrequencyHints } from './plain-language/natural-frequency';
import type { Block, DocumentRule, RuleEnv } from './rule';

/** Written right after the term: an explanation in brackets, after a comma or dash ("dysphagia (trouble swallowing)"). */
const EXPLAINED_AFTER = /^\s*(?:\(|,\s*(?:or|meaning|which means|that is|also called|i\.e\.)|[\u2013\u2014-]\s*\p{Ll})/u;
/** Written right before the term in brackets: "trouble swallowing (dysphagia)". */
const EXPLAINED_BEFORE = /\(\s*$/;

/**
 * Medical words in patient text that have a plainer alternative in the terminology (the entry's `plain`
 * field), at their first use in the document, as info with two fixes: explain the word in brackets, or
 * replace it. Quiet for a professional audience, in headings, and where the text explains the word in
 * place ("paresthesia (tingling)", "tingling (paresthesia)", "dysphagia, or trouble swallowing").
 * Per chunk, percentages below 1% and rates per 100,000 get a hint to add a natural frequency.
 */
export const plainLanguage: DocumentRule<Mention[]> = {
  id: 'plain-language',
  category: 'plain-language',
  defaultSeverity: 'info',
  summary: 'Patient audience: suggests a plain alternative for medical words at first use, and a natural frequency for small risks.',
  scope: 'document',
  checkBlock(block, env, report) {
    if (env.settings.audience === 'patient') naturalFrequencyHints(block, report);
  },
  summarize: candidates,
  check(doc, env, report, summaries) {
    if (env.settings.audience !== 'patient') return;
    const seen = new Set<string>();
    doc.blocks.forEach(({ start, block }, i) => {
      for (const mention of summaries[i]!) {
        const entry = env.terms.get(mention.termId)!;
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        if (explainedInPlace(block, mention, entry)) continue;
        const offset = start + mention.offset;
        const endOffset = start + mention.endOffset;
        const plain = entry.plain!;
        const explained = `${mention.text} (${plain})`;
        report({
          message: `"${mention.text}" is a medical word; for patients, explain it at first use or write "${plain}".`,
          offset,
          endOffset,
          actual: block.text.slice(mention.offset, mention.endOffset),
          termId: entry.id,
          fixes: [
            { offset, endOffset, newText: explained, title: `Explain: "${explained}"` },
            { offset, endOffset, newText: plain, title: `Change to "${plain}"` },
          ],
        });
      }
    });
  },
};

/**
 * The rule's summary of one chunk, so a keystroke walks short lists: the mentions that may need a
 * plain word, that is the entry's medical name (its synonyms include everyday words such as
 * "tingling"), outside headings, for entries with a `plain` alternative.
 */
function candidates(block: Block, env: RuleEnv): Mention[] {
  if (env.settings.audience !== 'patient') return [];
  return block.mentions.filter((m) => m.form === 'preferred' && env.terms.get(m.termId)?.plain !== undefined && !inHeading(block, m));
}


/** The sentence explains the word: brackets or an appositive next to it, or the plain words nearby. */
function explainedInPlace(block: Block, mention: Mention, entry: Entry): boolean {
  const after = block.masked.slice(mention.endOffset, mention.endOffset + 40);
  const before = block.masked.slice(Math.max(0, mention.offset - 2), mention.offset);
  if (EXPLAINED_AFTER.test(after) || EXPLAINED_BEFORE.test(before)) return true;
  const around = block.masked.slice(Math.max(0, mention.offset - 120), mention.endOffset + 120).toLowerCase();
  return around.includes(entry.plain!.toLowerCase());
}
