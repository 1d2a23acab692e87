import type { Mention } from '../../matcher';
import { contextOf, findTriggers } from '../../claims/context';
import { isCondition, isImmuneCondition } from '../../claims/pair-words';
import type { TermIndex } from '../../terminology/term-index';
import type { Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { immuneSentences } from './immune-sentences';
import { sourcedWarning } from '../claims/sources';
import type { Block } from '../rule';

/** How an infection passes on: "spreads through contaminated food", "from person to person", "in the air". */
const VEHICLE = String.raw`(?:through|via|by|in|from|between)\s+(?:contaminated(?:\s+\w+)?|the\s+air|air|airborne|droplets|(?:close\s+)?contact|coughing|sneezing|coughs|sneezes|food|water|touch|(?:one\s+)?person|people|an?\s+infected)`;
/**
 * Words that make an illness pass from person to person: "spreads through contaminated food", "can be
 * transmitted through the air", "is contagious". Chosen so that weakness spreading through the body, or a
 * condition "passed on genetically", is not one.
 */
const PASSES_ON = new RegExp(
  String.raw`^(?:spreads?|is\s+spread|passes|is\s+passed(?:\s+on)?)\s+${VEHICLE}|^(?:is|are|can\s+be|may\s+be|could\s+be)\s+(?:easily\s+|also\s+)?(?:(?:transmitted|passed\s+on|spread)\s+${VEHICLE}|caught\b)|^(?:is|are)\s+(?:highly\s+|very\s+)?(?:contagious|catching)\b`,
  'i',
);
/**
 * Words that make an illness pass from parent to child: "is hereditary", "is inherited", "is passed down
 * from parents to children", "is passed in the blood", "is known to have genetic causes". Not a genetic risk ("has a genetic component") or
 * "runs in families", which a raised risk in relatives can make true.
 */
const INHERITED = new RegExp(
  String.raw`^(?:is|are)\s+(?:(?:also|largely|mainly|mostly)\s+)?(?:hereditary|inherited|genetic)\b(?!\s+(?:risk|factors?|components?|links?|tendenc\w+|predisposition|susceptibility|influences?|in\s+(?:some|part)))|^(?:is|are|can\s+be|may\s+be|could\s+be)\s+(?:also\s+)?(?:passed|handed|transmitted)\s+(?:on\s+|down\s+)?(?:from\s+(?:a\s+|your\s+|the\s+)?parents?\b|to\s+(?:your\s+|their\s+)?children\b|(?:in|through)\s+(?:the\s+)?(?:blood|families|genes)\b|genetically\b)|^(?:is\s+known\s+to\s+)?(?:have|has)\s+(?:a\s+)?genetic\s+causes?\b(?!\s+in\s+(?:some|a\s+few|rare))`,
  'i',
);

/** The two ways an illness is wrongly said to pass on, each with what the finding says. */
const PASSINGS: ReadonlyArray<{ pattern: RegExp; says: (text: string, condition: string) => string; unless?: (condition: Entry) => boolean }> = [
  {
    pattern: PASSES_ON,
    says: (text, condition) => `"${text}" makes ${condition} pass from person to person like an infection, but the body's own immune system causes it, often after an infection: the infection may spread, the immune reaction does not. Say that the infection before it can spread.`,
  },
  {
    pattern: INHERITED,
    // Celiac disease needs inherited genes: "passed on genetically" oversimplifies it (`geneticRisk`).
    unless: (condition) => condition.geneticRisk !== undefined,
    says: (text, condition) => `"${text}" makes ${condition} pass from parent to child like a genetic disorder, but the body's own immune system causes it. Say what is known about risk in families instead.`,
  },
];

/** What may stand between the condition's name and the words: an abbreviation in brackets, "also" (no comma: "Campylobacter, which can trigger GBS, spreads..."). */
const SUBJECT_GAP = /^\s*(?:\([^)]*\)\s*)?(?:also\s+|itself\s+|can\s+also\s+)?$/i;

/**
 * An immune-mediated condition said to pass from person to person like an infection: "GBS spreads
 * through contaminated food or water", "CIDP can be transmitted", "GBS is contagious". The immune system
 * does the damage, often after an infection; the infection may spread, the immune reaction does not.
 * The condition (or "it") must be what spreads: "the infection before GBS spreads through food" is left
 * alone, and so are denied, hedged, reported and asked sentences. Chunk-relative and pure.
 */
export function contagionFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const immune = (m: Mention): boolean => isImmuneCondition(m, terms);
  for (const { span, mentions, text, inside } of immuneSentences(block, terms)) {
    // A germ or another condition named in the sentence may be what spreads ("Norovirus spreads through water").
    if (inside.some((m) => !immune(m) && (isCondition(m, terms) || terms.get(m.termId)?.implies === 'infection'))) continue;
    const subject = mentions.find((m) => m.offset >= span.start && m.offset < span.end) ?? mentions[0]!;
    const from = subject.offset >= span.start ? subject.endOffset : span.start + (/^\W*(?:it|this\s+(?:disease|condition|illness|disorder|syndrome))\b/i.exec(text)?.[0].length ?? -1);
    if (from < span.start) continue;
    const rest = block.masked.slice(from, span.end);
    const words = /\b(?:spreads?|is|are|can|may|could|passes)\b/i.exec(rest);
    if (!words || !SUBJECT_GAP.test(rest.slice(0, words.index))) continue;
    const condition = terms.get(subject.termId)!;
    const passing = PASSINGS.filter((p) => !p.unless?.(condition)).map((p) => ({ ...p, m: p.pattern.exec(rest.slice(words.index)) })).find((p) => p.m);
    if (!passing) continue;
    const m = passing.m!;
    const at = { offset: from + words.index, endOffset: from + words.index + m[0].length };
    const context = contextOf(findTriggers(block.masked, span), { start: at.offset, end: at.endOffset });
    if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer') continue;
    out.push(passingFinding(block, condition, at, passing.says));
  }
  return out;
}

function passingFinding(block: Block, condition: Entry, at: { offset: number; endOffset: number }, says: (text: string, condition: string) => string): RawFinding {
  const text = block.text.slice(at.offset, at.endOffset);
  const message = says(text, condition.preferred);
  return sourcedWarning(condition, condition.immuneSource ?? condition.sources[0]!.id, message, { text, ...at }, condition.id);
}
