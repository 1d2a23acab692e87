import { blockMemo } from './claims/block-memo';
import type { TermIndex } from '../terminology/term-index';
import { listMisplacements, type PlacedMisplacement } from './anatomy-misclassification/list-context';
import { claimKind, sentenceMisplacements, siteClaim, type Misplacement } from './anatomy-misclassification/sentence-claims';
import { REJECTED } from './anatomy-misclassification/cues';
import { documentTopic, pronounSentences, topicMention, type PronounSentence } from './claims/topic';
import type { RawFinding } from '../types';
import { findingSource } from './claims/sources';
import { involvementFindings } from './anatomy-misclassification/involvement';
import { readMisplacements } from './anatomy-misclassification/read-claims';
import type { Block, DocumentInput, DocumentRule } from './rule';

/**
 * Sentence results per analysed block. The engine keeps a block object for as long as its chunk
 * text is unchanged, so this memo makes the sentence pass incremental like a block rule's; the
 * document pass on top only reads headings, list items and "It ..." sentences. Keyed weakly: it
 * never outlives a block.
 */
const analysed = blockMemo((block, terms): { found: Misplacement[]; pronouns: PronounSentence[]; involvement: RawFinding[] } => ({
  found: withReadClaims(block, terms),
  pronouns: pronounSentences(block),
  involvement: involvementFindings(block, terms),
}));

/** The rule's own patterns first (their wording wins a sentence), then what the claim reader reads. */
function withReadClaims(block: Block, terms: TermIndex): Misplacement[] {
  const found = sentenceMisplacements(block, terms);
  return [...found, ...readMisplacements(block, terms, found)];
}

/** "It is a disease of the brain." in a document titled "# 10 facts about GBS". */
function topicMisplacements(doc: DocumentInput, terms: TermIndex): PlacedMisplacement[] {
  const topic = documentTopic(doc, terms);
  const kind = topic ? claimKind(topic, terms) : undefined;
  if (!topic || kind !== 'disease') return [];
  const out: PlacedMisplacement[] = [];
  for (const { start, block } of doc.blocks) {
    for (const p of analysed(block, terms).pronouns) {
      if (REJECTED.test(block.masked.slice(p.offset, p.end))) continue;
      const says = siteClaim(topic, kind, block.masked.slice(p.rest, p.end));
      if (!says) continue;
      const mention = topicMention(topic, p.offset, p.endOffset, block.masked.slice(p.offset, p.endOffset));
      out.push({ mention, entry: topic, says, base: start });
    }
  }
  return out;
}

/**
 * A central nervous system disease (multiple sclerosis, NMOSD...) or a neuromuscular-junction
 * disorder (myasthenia gravis...) presented as a peripheral neuropathy, a cause of one, or a disease
 * of the peripheral nerves; a peripheral neuropathy presented as a brain or spinal cord disease; the
 * peripheral nervous system defined as the brain and spinal cord. Sites come from the terminology.
 * Uses sentence context and, across chunks, list items under a "causes of neuropathy" heading.
 */
export const anatomyMisclassification: DocumentRule = {
  id: 'anatomy-misclassification',
  category: 'anatomy-misclassification',
  defaultSeverity: 'error',
  summary: 'Flags diseases placed in the wrong part of the nervous system, such as multiple sclerosis called a peripheral neuropathy.',
  scope: 'document',
  check(doc, env, report) {
    // Denials of what a disease can affect ("GBS never affects breathing"), from the `involves` facts.
    for (const { start, block } of doc.blocks) {
      for (const f of analysed(block, env.terms).involvement) report({ ...f, offset: start + f.offset, endOffset: start + f.endOffset });
    }
    const seen = new Set<number>();
    const all = doc.blocks.flatMap(({ start, block }) =>
      analysed(block, env.terms).found.map((found) => ({ ...found, base: start })),
    );
    for (const found of [...all, ...listMisplacements(doc, env.terms), ...topicMisplacements(doc, env.terms)]) {
      const offset = found.base + found.mention.offset;
      if (seen.has(offset)) continue;
      seen.add(offset);
      const name = found.entry.kind === 'anatomy' ? `the ${found.entry.preferred}` : found.entry.preferred;
      report({
        message: `${name.charAt(0).toUpperCase()}${name.slice(1)} ${found.says}.`,
        offset,
        endOffset: found.base + found.mention.endOffset,
        actual: found.mention.text,
        termId: found.entry.id,
        fixes: [],
        ...(found.entry.siteNote ? { note: found.entry.siteNote } : {}),
        ...(found.entry.siteSource ? { sources: [findingSource(found.entry, found.entry.siteSource)] } : {}),
      });
    }
  },
};
