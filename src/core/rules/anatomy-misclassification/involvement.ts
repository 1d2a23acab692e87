import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { BodyPart, Entry } from '../../terminology/types';
import type { RawFinding } from '../../types';
import { MYTH_WORDS, REPORTED_BELIEF } from '../claims/reported';
import { sentencesAbout } from '../claims/sentences';
import { isCondition } from '../../claims/pair-words';
import { citation, findingSource } from '../claims/sources';
import type { Block } from '../rule';
import { capitalize } from '../term-text';
import { DISEASE_KINDS } from '../treatment-claim/clause-check';
import { asksQuestion } from '../../text/questions';

/** The words a sentence uses for each body part or function (cues are data; the facts are in the terminology). */
const PART_WORDS: Record<BodyPart, string> = {
  face: 'the face|face|facial muscles|facial nerves',
  breathing: 'breathing|the lungs|lungs|breathing muscles|respiration|respiratory muscles',
  swallowing: 'swallowing|the throat',
  eyes: 'the eyes|eyes|eye muscles|eye movements|vision|eyesight|the eyelids|eyelids|(?:a\\s+)?(?:droopy|drooping)\\s+eyelids?|double vision',
  speech: 'speech|speaking|talking',
  autonomic: 'blood pressure|heart rate|the heartbeat|heartbeat|the heart|the bladder|bladder|the bowels|bowels|digestion',
  arms: 'the arms|arms|the hands|hands',
  pain: 'pain',
  sensation: 'sensation|feeling|the sensory nerves|sensory nerves|the nerves that carry feeling',
  movement: 'movement|the motor nerves|motor nerves|muscle strength',
};
/** "only ... the motor nerves" denies feeling; "only ... the sensory nerves" denies movement. */
const MOTOR_ONLY = String.raw`motor\s+(?:nerves|neurons|nerve\s+cells|fibres|fibers)|(?:nerves|nerve\s+cells|neurons)\s+(?:that|which)\s+control\s+(?:[\w-]+\s+){0,4}?(?:movements?|muscles?)`;
const SENSORY_ONLY = String.raw`sensory\s+(?:nerves|neurons|nerve\s+cells|fibres|fibers)|(?:nerves|nerve\s+cells|neurons)\s+(?:that|which)\s+(?:carry|control)\s+(?:[\w-]+\s+){0,2}?(?:feeling|sensation|touch)`;
const PARTS = Object.keys(PART_WORDS) as BodyPart[];
/** Parts that can be named as the one place an illness acts ("only affects the eyes"); feeling, movement and pain are what it does anywhere. */
const PLACES: readonly BodyPart[] = ['face', 'breathing', 'swallowing', 'eyes', 'speech', 'autonomic', 'arms'];
const VISIBLE: readonly BodyPart[] = ['face', 'arms'];
const ONE_PART = PLACES.map((p) => PART_WORDS[p]).join('|');
const ANY_PART = PARTS.map((p) => PART_WORDS[p]).join('|');
/**
 * "never affects the face or breathing", "does not involve the arms", "doesn't cause pain", "is painless",
 * "... and never the breathing muscles", "only affects the legs".
 */
const DENIAL = new RegExp(
  String.raw`\b(?:never|does\s+not|doesn't|cannot|can't|will\s+not|won't|do\s+not|don't)\s+(?:\w+ly\s+)?(?:affects?|involves?|reach(?:es)?|spreads?\s+to|harms?|weakens?|touch(?:es)?|causes?)\s+(?:any\s+)?((?:${ANY_PART})(?:\s*(?:,|or|and|,\s*or|,\s*and)\s*(?:${ANY_PART}))*)\b|\bis\s+(painless)\b|\b(?:and|but)\s+(?:never|not)\s+(?:the\s+)?((?:${ANY_PART}))\b|\b(?:(?:only|just)\s+(?:ever\s+)?(?:affects?|involves?|weakens?|causes?\s+weakness\s+in)|(?:affects?|involves?|weakens?)\s+only)\s+(?:the\s+|your\s+)?(?:(?:muscles\s+of\s+the\s+)?(legs|feet|lower\s+(?:limbs|body)))\b|\b(?:(?:only|just|specifically|exclusively|solely)\s+(?:affects?|involves?|targets?|attacks?|damages?)|(?:affects?|involves?|targets?|attacks?|damages?)\s+(?:only|just|specifically|exclusively|solely))\s+(?:the\s+|your\s+)?(?:(${MOTOR_ONLY})|(${SENSORY_ONLY}))\b|\b(?:(?:only|just|exclusively|solely)\s+(?:ever\s+)?(?:affects?|involves?|weakens?)|(?:affects?|involves?|weakens?)\s+(?:only|just))\s+(?:the\s+|your\s+)?(${ONE_PART})\b|\bthe\s+only\s+(visible\s+)?(?:symptoms?|signs?)\b[^.;:]{0,40}?\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(${ONE_PART})\b`,
  'i',
);
const EARLY_OR_SOME = /\b(?:at first|initially|at the (?:start|beginning|outset)|in the beginning|early on|to begin with|first|some|mild|sometimes|may|might|can|often|usually|typically)\b/i;

/** Denials of what a disease can affect, read against its `involves` facts; chunk-relative and pure. */
export function involvementFindings(block: Block, terms: TermIndex): RawFinding[] {
  const out: RawFinding[] = [];
  const hasFacts = (m: Mention): boolean => {
    const entry = terms.get(m.termId);
    return entry !== undefined && DISEASE_KINDS.has(entry.kind) && (entry.involves?.length ?? 0) > 0;
  };
  // A sentence may go on about the condition named before it: "GBS is rare. It only affects the motor nerves."
  for (const { span, mentions } of sentencesAbout(block, hasFacts, (m) => isCondition(m, terms))) {
    const text = block.masked.slice(span.start, span.end);
    const m = DENIAL.exec(text);
    if (!m || asksQuestion(text) || REPORTED_BELIEF.test(text) || MYTH_WORDS.test(text.slice(0, m.index))) continue;
    // "At first it affects only the legs", "in mild cases it may affect only the legs" are true of some people.
    if ((m[4] || m[5] || m[6] || m[7] || m[9]) && EARLY_OR_SOME.test(text)) continue;
    const offset = span.start + m.index;
    const disease = [...mentions].reverse().find((x) => x.offset < offset) ?? mentions[0]!;
    const entry = terms.get(disease.termId)!;
    // "only affects the legs" denies the arms, the face and breathing.
    // "only affects the eyes", "the only symptom is a droopy eyelid": every other place it can act is denied.
    // "The only visible symptom" denies only what others can see: weakness of the face and the arms.
    const only = m[7] ?? m[9];
    const named = only ? partsIn(only.toLowerCase()) : [];
    const places = m[8] ? VISIBLE : PLACES;
    const denied: BodyPart[] = m[4] ? ['arms', 'face', 'breathing'] : m[5] ? ['sensation'] : m[6] ? ['movement'] : only ? places.filter((p) => !named.includes(p)) : partsIn((m[1] ?? m[2] ?? m[3] ?? '').toLowerCase());
    const contradicted = (entry.involves ?? []).filter((i) => denied.includes(i.part));
    if (contradicted.length === 0) continue;
    const cite = citation(entry, contradicted[0]!.source);
    const actual = block.text.slice(offset, offset + m[0].length);
    out.push({
      message: `${capitalize(entry.preferred)} ${whatItDoes(contradicted.map((c) => c.part))} (${cite.short}); this says it does not.`,
      offset,
      endOffset: offset + actual.length,
      actual,
      termId: entry.id,
      fixes: [],
      note: `Source: ${cite.full}`,
      sources: [...new Set(contradicted.map((c) => c.source))].map((s) => findingSource(entry, s)),
    });
  }
  return out;
}

function partsIn(words: string): BodyPart[] {
  if (words === 'painless') return ['pain'];
  return PARTS.filter((part) => new RegExp(String.raw`\b(?:${PART_WORDS[part]})\b`, 'i').test(words));
}

const DESCRIPTIONS: Record<Exclude<BodyPart, 'pain'>, string> = {
  face: 'the face',
  breathing: 'breathing',
  swallowing: 'swallowing',
  eyes: 'the eyes',
  speech: 'speech',
  autonomic: 'blood pressure, heart rate, the bladder or the bowels',
  arms: 'the arms',
  sensation: 'feeling (numbness, tingling)',
  movement: 'movement (weakness)',
};

/** "can affect the face and breathing", "can cause pain", or both. */
function whatItDoes(parts: readonly BodyPart[]): string {
  const affected = parts.filter((p): p is Exclude<BodyPart, 'pain'> => p !== 'pain').map((p) => DESCRIPTIONS[p]);
  const list = affected.length > 1 ? `${affected.slice(0, -1).join(', ')} and ${affected[affected.length - 1]}` : affected.join('');
  const phrases = affected.length > 0 ? [`can affect ${list}`] : [];
  if (parts.includes('pain')) phrases.push('can cause pain');
  return phrases.join(' and ');
}
