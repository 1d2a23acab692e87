import { inHeading } from './abbreviation-undefined/first-uses';
import { jargonIn, type Candidate } from './plain-language/jargon-words';
import { matchCase } from './term-text';
import { naturalFrequencyHints } from './plain-language/natural-frequency';
import type { RawFinding } from '../types';
import { sameSet, withItem } from './fold-state';
import type { Block, ChunkFold, DocumentRule, RuleEnv } from './rule';

/** Written right after the term: an explanation in brackets, after a comma or dash ("dysphagia (trouble swallowing)"). */
const EXPLAINED_AFTER = /^\s*(?:\(|,\s*(?:or|meaning|which means|that is|also called|i\.e\.)|[\u2013\u2014-]\s*\p{Ll})/u;
/** Written right before the term in brackets: "trouble swallowing (dysphagia)". */
const EXPLAINED_BEFORE = /\(\s*$/;
/** The word named after its meaning was given: "the cause is unknown. The term for this is idiopathic." */
const NAMED_AFTER_MEANING = /\b(?:the\s+(?:medical\s+|technical\s+)?(?:term|word|name)\s+for\s+(?:this|that|it)\s+is|(?:this|that|it)\s+is\s+(?:called|known\s+as|termed)|doctors\s+call\s+(?:this|that|it))\s*["'“‘]?$/i;

/**
 * Medical words in patient text that have a plainer alternative in the terminology (the entry's `plain`
 * field) or in `JARGON` (clinical words that are not entries, such as "prognosis"), at their first use
 * in the document, as info with two fixes: explain the word in brackets, or replace it. Quiet for a professional audience, in headings, and where the text explains the word in
 * place ("paresthesia (tingling)", "tingling (paresthesia)", "dysphagia, or trouble swallowing").
 * Per chunk, percentages below 1% and rates per 100,000 get a hint to add a natural frequency.
 */
export const plainLanguage: DocumentRule<Candidate[]> = {
  id: 'plain-language',
  category: 'plain-language',
  defaultSeverity: 'info',
  summary: 'Patient audience: suggests a plain alternative for medical words at first use, and a natural frequency for small risks.',
  scope: 'document',
  checkBlock(block, env, report) {
    if (env.settings.audience === 'patient') naturalFrequencyHints(block, report);
  },
  summarize: candidates,
  // A fold over the words seen so far: a keystroke reads the edited chunk and the chunks up to where the set
  // of words seen is the same as last time, not every chunk's words.
  fold: {
    start: () => NOTHING_SEEN,
    step(seen, { block, summary: words }, env, report) {
      if (env.settings.audience !== 'patient') return seen;
      let after = seen; // a new set only when this chunk uses a word for the first time
      for (const word of words) {
        if (after.has(word.key)) continue;
        after = withItem(after, word.key);
        // Made once per chunk analysis: a keystroke elsewhere reports the same object again.
        word.finding ??= explainedInPlace(block, word) ? null : firstUseFinding(block, word);
        if (word.finding) report(word.finding);
      }
      return after;
    },
    same: sameSet,
  } satisfies ChunkFold<Candidate[], ReadonlySet<string>>,
};

const NOTHING_SEEN: ReadonlySet<string> = new Set();

/** The info at a word's first use: explain it in brackets, or (where the plain words can stand in) replace it. Chunk-relative. */
function firstUseFinding(block: Block, word: Candidate): RawFinding {
  const { offset, endOffset, text, plain } = word;
  const explained = `${text} (${plain})`;
  const fixes = [{ offset, endOffset, newText: explained, title: `Explain: "${explained}"` }];
  if (word.replace) fixes.push({ offset, endOffset, newText: matchCase(text, plain), title: `Change to "${matchCase(text, plain)}"` });
  return {
    message: word.replace
      ? `"${text}" is a medical word; for patients, explain it at first use or write "${plain}".`
      : `"${text}" is a medical word; for patients, explain it at first use: it means "${plain}".`,
    offset,
    endOffset,
    actual: block.text.slice(offset, endOffset),
    termId: word.termId,
    fixes,
  };
}

/**
 * The rule's summary of one chunk, so a keystroke walks short lists: the words that may need a plain
 * word, in order: an entry's medical name (its synonyms include everyday words such as "tingling")
 * for entries with a `plain` alternative, and the clinical words of `JARGON` outside term names; never
 * in headings.
 */
function candidates(block: Block, env: RuleEnv): Candidate[] {
  if (env.settings.audience !== 'patient') return [];
  const terms = block.mentions
    .filter((m) => m.form === 'preferred' && env.terms.get(m.termId)?.plain !== undefined && !inHeading(block, m))
    .map((m) => ({ offset: m.offset, endOffset: m.endOffset, text: m.text, key: m.termId, plain: env.terms.get(m.termId)!.plain!, replace: true, termId: m.termId }));
  return [...terms, ...jargonIn(block)].sort((a, b) => a.offset - b.offset);
}

/** The sentence explains the word: brackets or an appositive next to it, or the plain words nearby. */
function explainedInPlace(block: Block, word: Candidate): boolean {
  const after = block.masked.slice(word.endOffset, word.endOffset + 40);
  const before = block.masked.slice(Math.max(0, word.offset - 2), word.offset);
  if (EXPLAINED_AFTER.test(after) || EXPLAINED_BEFORE.test(before)) return true;
  if (NAMED_AFTER_MEANING.test(block.masked.slice(Math.max(0, word.offset - 40), word.offset))) return true;
  const around = block.masked.slice(Math.max(0, word.offset - 120), word.endOffset + 120).toLowerCase();
  return around.includes(word.plain.toLowerCase());
}
