import type { Span } from '../text/sentences';
import { PSEUDO_TRIGGERS, TRIGGERS, type Trigger, type TriggerCategory } from './triggers';

/** A trigger found in a clause; offsets are those of the text it was found in. */
export interface FoundTrigger extends Trigger {
  start: number;
  end: number;
  /** Where the trigger's scope stops before the clause end (a closing bracket, a relative clause). */
  scopeEnd?: number;
}

/** How a claim is framed, read from the triggers whose scope covers it. */
export interface ClaimContext {
  negated: boolean;
  certainty: 'hedged' | 'stated' | 'absolute';
  /** Whose claim it is: the writer's, someone else's reported belief, or a myth being corrected. */
  attribution: 'writer' | 'reported' | 'myth';
  /** Past practice or research, not a statement about current care. */
  timing?: 'historical' | 'studied';
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words of text[from, to), lower-cased; "doesn't" reads as "does not" so "not" triggers once. */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const pattern = /[\p{L}\p{N}%]+(?:['’][\p{L}]+)*/gu;
  const slice = text.slice(from, to);
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const start = from + m.index;
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    if (lower.endsWith("n't")) {
      const stem = lower === "won't" ? 'will' : lower === "can't" ? 'can' : lower.slice(0, -3);
      out.push({ text: stem, start, end: start + m[0].length - 3 }, { text: 'not', start: start + m[0].length - 3, end: start + m[0].length });
    } else out.push({ text: lower, start, end: start + m[0].length });
  }
  return out;
}

/** Triggers and pseudo-triggers by first word, longest phrase first, so "not always" wins over "not". */
const BY_FIRST_WORD = (() => {
  const map = new Map<string, Array<{ words: string[]; trigger?: Trigger }>>();
  const add = (phrase: string, trigger?: Trigger): void => {
    const parts = phrase.split(' ');
    const list = map.get(parts[0]!) ?? [];
    list.push({ words: parts, ...(trigger ? { trigger } : {}) });
    map.set(parts[0]!, list);
  };
  for (const t of TRIGGERS) add(t.phrase, t);
  for (const p of PSEUDO_TRIGGERS) add(p);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Every trigger in `span` of `text`, in order; pseudo-triggers consume their words and yield nothing. */
export function findTriggers(text: string, span: Span): FoundTrigger[] {
  const ws = words(text, span.start, span.end);
  const found: FoundTrigger[] = [];
  for (let i = 0; i < ws.length; ) {
    const match = BY_FIRST_WORD.get(ws[i]!.text)?.find((c) => c.words.every((w, k) => ws[i + k]?.text === w));
    if (!match) {
      i++;
      continue;
    }
    const last = ws[i + match.words.length - 1]!;
    if (match.trigger && !isAnswer(text, match.trigger, last.end)) {
      const scopeEnd = scopeEndOf(text, span, ws[i]!.start, last.end);
      found.push({ ...match.trigger, start: ws[i]!.start, end: last.end, ...(scopeEnd === undefined ? {} : { scopeEnd }) });
    }
    i += match.words.length;
  }
  return found;
}

/** "No." or "No," opening an answer ("No. MS affects the brain") negates the question, not what follows. */
function isAnswer(text: string, trigger: Trigger, end: number): boolean {
  return trigger.phrase === 'no' && /^[.,!?:;]/.test(text.slice(end, end + 1));
}

/**
 * A contrasting clause after the trigger: "but", "; however", "yet, ..." (not "but also" after "not only", and not
 * the aside ", however," inside the denied clause: "There is no evidence, however, that herbs cure CIDP").
 */
const CONTRAST = /(?:[,;]\s*|\s)but(?!\s+also\b)\b|;\s*however\b|(?:[,;]\s*|\s)yet(?=\s*,|\s+(?:it|they|this|these|the|many|most|some|patients|people)\b)/i;

/** A subordinate clause the trigger stands in, opening the sentence or after a comma, before the next comma. */
const OPENING_SUBORDINATE = /(?:^\W*|[,;:]\s*(?:(?:and|but|yet|so)\s+)?)(?:although|though|even though|even if|whereas|while|because|since|if|unless)\b[^,;:]*$/i;

/**
 * Where a trigger's scope stops before the clause ends: at the ")" closing a bracket it sits in
 * ("the peripheral (not central) nerves and roots"), where a relative clause opens after it ("but
 * not multiple sclerosis, which affects the brain"), or where a contrast opens ("no cure, but ...").
 * Undefined when it runs to the clause end.
 */
function scopeEndOf(text: string, span: Span, at: number, end: number): number | undefined {
  const ends: number[] = [];
  const open = text.lastIndexOf('(', at);
  if (open >= span.start && text.lastIndexOf(')', at) < open) {
    const close = text.indexOf(')', at);
    if (close >= 0 && close < span.end) ends.push(close);
  }
  const relative = /,\s*(?:which|who|where)\b/i.exec(text.slice(end, span.end));
  if (relative) ends.push(end + relative.index);
  // "There is no cure, but the symptoms can certainly be improved by ...": a contrast ends the scope (ConText's terminator).
  const contrast = CONTRAST.exec(text.slice(end, span.end));
  if (contrast) ends.push(end + contrast.index);
  // "Although it is not widely known, chiropractic is ...": an opening subordinate clause ends at its comma.
  if (OPENING_SUBORDINATE.test(text.slice(span.start, at))) {
    const comma = text.indexOf(',', end);
    if (comma >= 0 && comma < span.end) ends.push(comma);
  }
  return ends.length > 0 ? Math.min(...ends) : undefined;
}

/**
 * The context of a claim that runs from `claim.start` to `claim.end` (its first and last named
 * term): a forward trigger counts when it starts before the claim ends, a backward one when it
 * ends after the claim starts, a two-way one anywhere in the clause.
 */
export function contextOf(triggers: readonly FoundTrigger[], claim: Span): ClaimContext {
  const applies = (t: FoundTrigger): boolean =>
    (t.scopeEnd === undefined || claim.end <= t.scopeEnd) &&
    (t.direction === 'both' || (t.direction === 'forward' ? t.start < claim.end : t.end > claim.start));
  const has = new Set<TriggerCategory>(triggers.filter(applies).map((t) => t.category));
  const certainty = has.has('hedged') ? 'hedged' : has.has('absolute') ? 'absolute' : 'stated';
  const attribution = has.has('myth') ? 'myth' : has.has('reported') ? 'reported' : 'writer';
  const timing = has.has('historical') ? 'historical' : has.has('studied') ? 'studied' : undefined;
  return { negated: has.has('negated'), certainty, attribution, ...(timing ? { timing } : {}) };
}
