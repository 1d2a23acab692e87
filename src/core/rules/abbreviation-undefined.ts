import { abbreviationSummary, definitionsTally, firstUsesIn, sameScan, spelledInBrackets, startScan, type AbbreviationScan, type AbbreviationSummary, type AbbreviationUse } from './abbreviation-undefined/first-uses';
import { KNOWN_ABBREVIATIONS } from './abbreviation-undefined/known';
import { unknownCandidates, type Candidate } from './abbreviation-undefined/unknown';
import type { Mention } from '../matcher';
import type { RawFinding } from '../types';
import { sameSet, withItem } from './fold-state';
import type { Block, ChunkFold, DocumentRule, RuleEnv } from './rule';
import { expansionFor } from './term-text';

/**
 * An abbreviation from the terminology used before, or without, its expansion (AMA: expand at first
 * mention). One finding per abbreviation, at its first use outside headings, with a fix that writes the
 * expansion there. All-capital abbreviations the terminology does not list ("EAN") are reported too,
 * without a fix, since only the writer knows the expansion. An ambiguous abbreviation the document never expands is left to
 * ambiguous-abbreviation, which names its other meanings, unless that rule is turned off.
 */
export const abbreviationUndefined: DocumentRule<Summary> = {
  id: 'abbreviation-undefined',
  category: 'abbreviation-undefined',
  defaultSeverity: 'warning',
  mechanicalFixes: true,
  summary: 'Flags the first use of an abbreviation that the document has not spelled out, with a fix that adds the expansion.',
  scope: 'document',
  summarize: (block, env) => ({ ...abbreviationSummary(block, env), unknown: unknownCandidates(block) }),
  fold: {
    tally: (summary) => definitionsTally(summary.abbreviations),
    start: (env, totals, summaries): Scan => ({
      ...startScan(env, totals, summaries),
      unknown: new Set(),
      // Settings, the same for every chunk of one check: not part of what `same` compares.
      known: new Set([...KNOWN_ABBREVIATIONS, ...env.settings.knownAbbreviations]),
    }),
    step(state, { block, summary }, env, report) {
      const { known } = state;
      const leaveAmbiguous = ambiguousRuleOn(env);
      const uses = firstUsesIn(state.uses, summary, env, state.defined, (use) => {
        if (use.definedBefore || known.has(use.mention.surface)) return;
        if (leaveAmbiguous && use.abbreviation.ambiguous && !use.definedAnywhere) return;
        report(undefinedFinding(use, block, env, state.possessive));
      });
      let unknown = state.unknown;
      for (const c of summary.unknown) {
        if (unknown.has(c.text) || known.has(c.text)) continue;
        unknown = withItem(unknown, c.text);
        if (spelledInBrackets(block.masked, c.start, c.end, c.text)) continue;
        report({ message: `Spell out "${c.text}" at first use, with the abbreviation in brackets after it.`, offset: c.start, endOffset: c.end, actual: c.text, termId: null, fixes: [] });
      }
      return uses === state.uses && unknown === state.unknown ? state : { ...state, uses, unknown };
    },
    same: (a, b) => sameScan(a, b) && sameSet(a.unknown, b.unknown),
  } satisfies ChunkFold<Summary, Scan>,
};

interface Summary extends AbbreviationSummary {
  unknown: Candidate[];
}

/** Where the pass over the chunks stands. */
interface Scan extends AbbreviationScan {
  /** All-capital abbreviations the terminology does not list, seen so far. */
  unknown: ReadonlySet<string>;
  known: ReadonlySet<string>;
}

/** The finding for the first use of an abbreviation the page has not spelled out before it. */
function undefinedFinding(use: AbbreviationUse, block: Block, env: RuleEnv, possessive: boolean): RawFinding {
  const { mention, entry } = use;
  const actual = block.text.slice(mention.offset, mention.endOffset);
  const named = nameBefore(block, mention);
  const other = named && named.termId !== entry.id ? env.terms.get(named.termId) : undefined;
  if (other && sameClass(other.kind, entry.kind) && !env.terms.sameLine(other, entry)) {
    // "Acute inflammatory demyelinating polyradiculoneuropathy (CIDP)": spelled out, but as another
    // condition. Writing the expansion in would stack two names, so there is no fix.
    return {
      message: `"${mention.text}" stands for ${entry.preferred}, but the name before it is ${other.preferred}, a different ${other.kind === 'treatment' ? 'treatment' : 'condition'}; check which one is meant.`,
      offset: mention.offset,
      endOffset: mention.endOffset,
      actual,
      termId: entry.id,
      fixes: [],
    };
  }
  const expansion = expansionFor(entry, mention.text, mention.offset, block, possessive);
  return {
    message: `Spell out "${mention.text}" at first use: "${expansion}".`,
    offset: mention.offset,
    endOffset: mention.endOffset,
    actual,
    termId: entry.id,
    fixes: [{ offset: mention.offset, endOffset: mention.endOffset, newText: expansion, title: `Write "${expansion}"` }],
  };
}

const CONDITIONS = new Set(['disease', 'variant']);
/** Two conditions, or two treatments: a name and an abbreviation of things that cannot stand for each other. */
const sameClass = (a: string, b: string): boolean => (CONDITIONS.has(a) && CONDITIONS.has(b)) || (a === 'treatment' && b === 'treatment');

/** The term named right before an abbreviation in brackets: "Multiple sclerosis (MS)". */
function nameBefore(block: Block, abbreviation: Mention): Mention | undefined {
  if (!/\(\s*$/.test(block.masked.slice(Math.max(0, abbreviation.offset - 3), abbreviation.offset))) return undefined;
  const before = block.mentions.filter((m) => m.endOffset <= abbreviation.offset);
  const last = before[before.length - 1];
  return last && /^\s*\(\s*$/.test(block.masked.slice(last.endOffset, abbreviation.offset)) ? last : undefined;
}

function ambiguousRuleOn(env: RuleEnv): boolean {
  const setting = env.settings.rules['ambiguous-abbreviation'];
  return setting !== 'off';
}
