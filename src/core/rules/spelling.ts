import type { Mention } from '../matcher';
import type { EponymStyle, RawFinding } from '../types';
import type { Block, ChunkFold, DocumentRule, RuleEnv } from './rule';
import { keysWith, sameSet } from './fold-state';
import { eponymUses, mixReason, type EponymUse } from './spelling/eponym-mix';
import { caseUse, hasAccents, styleCorrection } from './spelling/term-style';
import { replacementFor } from './term-text';

/**
 * Misspelled terms (error, fixed to the correct spelling; a misspelled abbreviation such as "CIPD" to
 * the abbreviation "CIDP"), and, as info: a term written without accents where the same document writes
 * it with them, eponym style per `eponymStyle` (by default only a document that mixes the possessive and
 * nonpossessive forms), and disease names capitalized in running text where the same document writes
 * them in lower case (AMA style). One finding per mention, so fixes never overlap. A document rule because
 * the accent, eponym and case checks compare uses across the document; the per-chunk work is cached
 * with the chunk.
 */
export const spelling: DocumentRule<ChunkSpelling> = {
  id: 'spelling',
  category: 'spelling',
  defaultSeverity: 'error',
  mechanicalFixes: true,
  summary: 'Flags misspelled disease, antibody, test and treatment names, mixed accents, eponym style and capitals, with the correct form.',
  scope: 'document',
  summarize: chunkFacts,
  // Findings that no other chunk can change are cached with their chunk by the engine.
  checkBlock(block, env, report, summary) {
    const facts = summary ?? chunkFacts(block, env);
    for (const { mention, finding } of facts.findings) if (finding && !deferred(facts, mention)) report(finding);
  },
  // A term written without its accents, and with the consistent style every eponym, depend on the rest of the document.
  fold: {
    tally: (facts) => [
      ...facts.accentedTerms.map((id) => [`accented:${id}`, 1] as const),
      ...facts.lowerCaseTerms.map((id) => [`lower:${id}`, 1] as const),
      ...(facts.eponymForms.possessive ? [['possessive', 1] as const] : []),
      ...(facts.eponymForms.nonpossessive ? [['nonpossessive', 1] as const] : []),
    ],
    start(env, totals, summaries): Uses {
      const accented = keysWith(totals.keys(), 'accented:');
      const lowerCase = keysWith(totals.keys(), 'lower:');
      // With the consistent style the first eponym sets the form, as markdownlint's "consistent" styles do.
      let first: EponymForm | undefined;
      for (const facts of summaries) if ((first = facts.eponymForms.first)) break;
      const mixed = first !== undefined && totals.get(first === 'possessive' ? 'nonpossessive' : 'possessive') > 0;
      return { accented, lowerCase, first, mixed };
    },
    step(uses, { block, summary: facts }, env, report) {
      const styled: RuleEnv = uses.mixed && uses.first ? { ...env, settings: { ...env.settings, eponymStyle: uses.first } } : env;
      for (const mention of facts.pending) {
        const used = { accents: uses.accented.has(mention.termId), lowerCase: writtenLower(uses.lowerCase, mention.termId, env) };
        const final = documentFinding(block, facts, env, styled, mention, { used, mixed: uses.mixed, possessive: uses.first === 'possessive' });
        if (final) report(final);
      }
      return uses;
    },
    same: (a, b) => a.first === b.first && a.mixed === b.mixed && sameSet(a.accented, b.accented) && sameSet(a.lowerCase, b.lowerCase),
  } satisfies ChunkFold<ChunkSpelling, Uses>,
};

/** What the whole document writes, as far as a chunk's spelling findings go. */
interface Uses {
  /** Terms written with accents somewhere. */
  accented: ReadonlySet<string>;
  /** Disease names written in lower case in running text somewhere. */
  lowerCase: ReadonlySet<string>;
  /** The form of the document's first correctly spelled eponym. */
  first: EponymForm | undefined;
  /** The document writes eponyms in both forms. */
  mixed: boolean;
}

/** The finding for a mention the document phase decides, or undefined when it is fine. */
function documentFinding(
  block: Block,
  facts: ChunkSpelling,
  env: RuleEnv,
  styled: RuleEnv,
  mention: Mention,
  doc: { used: StyleUses; mixed: boolean; possessive: boolean },
): RawFinding | undefined {
  if (mention.form === 'misspelling') return misspellingFinding(block, env, mention, doc.possessive);
  if (!doc.mixed) return facts.byUses.get(mention)![usesIndex(doc.used)];
  const found = styleFinding(block, styled, mention, doc.used);
  return found && doc.mixed ? { ...found, message: mixReason(found.message) } : found;
}

/** Findings the document phase decides: unaccented and capitalized terms, and every eponym when the style is consistent. */
function deferred(facts: ChunkSpelling, mention: Mention): boolean {
  return facts.unaccented.includes(mention) || facts.capitalized.includes(mention) || facts.eponyms.some((e) => e.mention === mention);
}

interface ChunkSpelling {
  /** Terms this chunk writes with accents ("Guillain-Barré"). */
  accentedTerms: string[];
  /** Mentions written without the accents their listed form has; rechecked when the document has the accented form. */
  unaccented: Mention[];
  /** Disease names this chunk writes in lower case in running text. */
  lowerCaseTerms: string[];
  /** Disease names capitalized in running text; reported when the document also writes them in lower case. */
  capitalized: Mention[];
  /** Eponyms written in this chunk, possessive or not (for the consistent style). */
  eponyms: EponymUse[];
  /** The form of the chunk's first correctly spelled eponym, and which forms its correctly spelled eponyms take. */
  eponymForms: { first?: EponymForm; possessive: boolean; nonpossessive: boolean };
  /** The mentions the document phase decides: unaccented, eponyms, capitalized, each once, in that order. */
  pending: Mention[];
  /** Findings computed as if no accented form existed, plus a slot for each unaccented mention. */
  findings: Array<{ mention: Mention; finding: RawFinding | undefined }>;
  /**
   * The findings of the mentions the document phase decides (unaccented, capitalized, eponyms), one
   * per `usesIndex` of what the rest of the document writes, so a keystroke looks them up instead of
   * rebuilding them in every chunk; a document that mixes eponym forms is decided afresh.
   */
  byUses: Map<Mention, ReadonlyArray<RawFinding | undefined>>;
}

/** The four combinations of `StyleUses`, as an index into `ChunkSpelling.byUses`. */
const ALL_USES: readonly StyleUses[] = [
  { accents: false, lowerCase: false },
  { accents: true, lowerCase: false },
  { accents: false, lowerCase: true },
  { accents: true, lowerCase: true },
];

function usesIndex(used: StyleUses): number {
  return (used.accents ? 1 : 0) + (used.lowerCase ? 2 : 0);
}

/**
 * The document writes this entry's name in lower case elsewhere, or the name of the condition it is a
 * kind of, inside its own ("Relapsing-Remitting Multiple Sclerosis" on a page that writes "multiple sclerosis").
 */
function writtenLower(lowerCase: ReadonlySet<string>, termId: string, env: RuleEnv): boolean {
  if (lowerCase.has(termId)) return true;
  const entry = env.terms.get(termId);
  const parent = entry?.relations?.parent;
  const parentName = parent !== undefined && lowerCase.has(parent) ? env.terms.get(parent)?.preferred.toLowerCase() : undefined;
  return parentName !== undefined && entry!.preferred.toLowerCase().includes(parentName);
}

/** Everything spelling knows about one chunk: the rule's summary of it. */
function chunkFacts(block: Block, env: RuleEnv): ChunkSpelling {
  const style = env.settings.eponymStyle;
  const facts: ChunkSpelling = { accentedTerms: [], unaccented: [], lowerCaseTerms: [], capitalized: [], eponyms: style === 'consistent' ? eponymUses(block.mentions, env.terms) : [], findings: [], byUses: new Map(), eponymForms: { possessive: false, nonpossessive: false }, pending: [] };
  for (const mention of block.mentions) {
    if (mention.form === 'misspelling') {
      facts.findings.push({ mention, finding: misspellingFinding(block, env, mention) });
    } else if (mention.form === 'preferred' || mention.form === 'synonym') {
      if (hasAccents(mention.text)) facts.accentedTerms.push(mention.termId);
      else if (hasAccents(mention.surface)) facts.unaccented.push(mention);
      const written = caseOf(block, env, mention);
      if (written === 'lower') facts.lowerCaseTerms.push(mention.termId);
      else if (written === 'capitalized') facts.capitalized.push(mention);
      const finding = styleFinding(block, env, mention, { accents: false, lowerCase: false });
      if (finding || facts.unaccented.includes(mention) || written === 'capitalized') facts.findings.push({ mention, finding });
    }
  }
  for (const mention of [...facts.unaccented, ...facts.eponyms.map((e) => e.mention), ...facts.capitalized]) {
    if (mention.form !== 'misspelling' && !facts.byUses.has(mention)) {
      // With nothing decided by the rest of the document, the finding is the one `checkBlock` would report.
      const alone = facts.findings.find((f) => f.mention === mention)?.finding;
      facts.byUses.set(mention, ALL_USES.map((used, i) => (i === 0 ? alone : styleFinding(block, env, mention, used))));
    }
  }
  facts.pending = [...new Set([...facts.unaccented, ...facts.eponyms.map((e) => e.mention), ...facts.capitalized])];
  const spelled = facts.eponyms.filter((e) => !e.misspelled);
  const form = (e: EponymUse): EponymForm => (e.possessive ? 'possessive' : 'nonpossessive');
  facts.eponymForms = { first: spelled[0] && form(spelled[0]), possessive: spelled.some((e) => e.possessive), nonpossessive: spelled.some((e) => !e.possessive) };
  return facts;
}

type EponymForm = Exclude<EponymStyle, 'consistent'>;

/** `possessive`: write the entry's possessive form, as the document or the house style does. */
function misspellingFinding(block: Block, env: RuleEnv, mention: Mention, possessive = env.settings.eponymStyle === 'possessive'): RawFinding | undefined {
  const entry = env.terms.get(mention.termId);
  if (!entry) return undefined;
  const model = possessive && entry.possessive ? { ...entry, preferred: entry.possessive } : entry;
  const correct = replacementFor(model, mention, block);
  return {
    message: `"${mention.text}" is misspelled; write "${correct}".`,
    offset: mention.offset,
    endOffset: mention.endOffset,
    actual: block.text.slice(mention.offset, mention.endOffset),
    termId: entry.id,
    fixes: [{ offset: mention.offset, endOffset: mention.endOffset, newText: correct, title: `Change to "${correct}"` }],
  };
}

/** What the rest of the document writes that decides a mention's style: the term with accents, the name in lower case. */
interface StyleUses {
  accents: boolean;
  lowerCase: boolean;
}

function inLabel(block: Block, mention: Mention): boolean {
  const unit = block.units.find((u) => u.start <= mention.offset && mention.offset < u.end);
  return unit !== undefined && unit.kind !== 'paragraph';
}

function caseOf(block: Block, env: RuleEnv, mention: Mention): 'capitalized' | 'lower' | undefined {
  const entry = env.terms.get(mention.termId);
  return entry && caseUse(entry, mention, block, inLabel(block, mention));
}

function styleFinding(block: Block, env: RuleEnv, mention: Mention, used: StyleUses): RawFinding | undefined {
  const entry = env.terms.get(mention.termId);
  if (!entry) return undefined;
  const correction = styleCorrection(entry, mention, block, env.settings.eponymStyle, inLabel(block, mention), used);
  if (!correction) return undefined;
  return {
    severity: 'info',
    message: `Write "${correction.text}": ${correction.reasons.join('; ')}.`,
    offset: mention.offset,
    endOffset: mention.endOffset,
    actual: block.text.slice(mention.offset, mention.endOffset),
    termId: entry.id,
    fixes: [{ offset: mention.offset, endOffset: mention.endOffset, newText: correction.text, title: `Change to "${correction.text}"` }],
  };
}
