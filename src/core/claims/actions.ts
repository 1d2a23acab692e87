import type { Mention } from '../matcher';
import type { Block } from '../rules/rule';
import type { TermIndex } from '../terminology/term-index';
import type { Entry, TreatmentAction, TreatmentActionFact } from '../terminology/types';
import { contextOf, findTriggers } from './context';
import { asksQuestion } from '../text/questions';

/**
 * What a sentence says a treatment does, in words: "removes the harmful antibodies", "delivers
 * donor plasma". Word lists only; which treatment does what is a fact in the terminology. Every
 * action the terminology may name has its words here (the type makes a missing one a build error).
 */
export const ACTION_CUES: Record<TreatmentAction, RegExp> = {
  'removes-antibodies':
    /\b(?:remov(?:e|es|ed|ing)|filter(?:s|ed|ing)? out|clear(?:s|ed|ing)?|wash(?:es|ed|ing)? out|tak(?:e|es|ing) out|extract(?:s|ed|ing)?)\s+(?:(?:the|these|those|any|all|harmful|damaging|bad|abnormal|attacking|faulty|rogue)\s+)*(?:auto)?antibod(?:y|ies)\b/i,
  'is-donor-plasma':
    /\b(?:(?:deliver|give|infuse|transfuse|provide|replace)(?:s|d|ed|ing)?\s+(?:(?:the\s+)?(?:body|bloodstream|patient)(?:['’]s)?\s+(?:with\s+)?)?(?:healthy\s+)?(?:donor|donated)\s+plasma|(?:is|are)\s+(?:(?:healthy|pooled|human)\s+)?(?:donor|donated)\s+plasma|(?:(?:akin|similar)\s+to|like)\s+(?:a\s+)?(?:blood\s+)?transfusion\b[^.;]{0,40}?\bplasma|(?:push|pump|put)(?:es|ed|s)?\s+in\s+(?:(?:clean|healthy|fresh|new)\s+)?(?:blood\s+)?plasma|(?:a\s+)?plasma\s+transfusion)\b/i,
};

/** A treatment said to do what its facts say it does not, as written; chunk-relative offsets. */
export interface Misdescription {
  treatment: Entry;
  fact: TreatmentActionFact;
  text: string;
  offset: number;
  endOffset: number;
}

/** Between the treatment and the action: only a relative word, an auxiliary or an adverb ("IVIG, which helps to remove"). */
const ACTOR_GAP = /^(?:\s|,|\([^)]*\)|\b(?:which|that|to|can|may|will|also|both|then|does|do|not|helps?|works?|by|is|are|used|usually|quickly|effectively)\b)*$/i;
/** Treatments listed together: "IVIG or plasma exchange", "IVIG, steroids and plasma exchange". */
const LIST_GAP = /^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:(?:and|or|and\/or)\s+)?$/i;

/**
 * Every sentence in `block` that says a treatment does something its facts deny ("immunoglobulin
 * therapy or plasma exchange, which remove the harmful antibodies" misdescribes IVIG). The treatments
 * doing it are the one just before the action words and any listed with it. A denied, hedged,
 * reported or asked action is not the writer's claim. Never throws.
 */
export function readMisdescriptions(block: Block, terms: TermIndex): Misdescription[] {
  const out: Misdescription[] = [];
  const described = (m: Mention): boolean => (terms.get(m.termId)?.actions?.length ?? 0) > 0;
  if (!block.mentions.some(described)) return out;
  for (const unit of block.units) {
    for (const sentence of block.sentences(unit)) {
      const mentions = block.mentionsIn(sentence.start, sentence.end);
      if (!mentions.some(described)) continue;
      const text = block.masked.slice(sentence.start, sentence.end);
      if (asksQuestion(text)) continue;
      const triggers = findTriggers(block.masked, sentence);
      for (const [action, cue] of Object.entries(ACTION_CUES) as Array<[TreatmentAction, RegExp]>) {
        const m = cue.exec(text);
        if (!m) continue;
        const at = sentence.start + m.index;
        for (const actor of actorsBefore(block.masked, mentions, at, terms)) {
          const fact = terms.get(actor.termId)?.actions?.find((a) => a.action === action);
          if (!fact || fact.holds) continue;
          const context = contextOf(triggers, { start: actor.offset, end: at + m[0].length });
          if (context.negated || context.certainty === 'hedged' || context.attribution !== 'writer' || context.timing) continue;
          out.push({ treatment: terms.get(actor.termId)!, fact, text: block.text.slice(at, at + m[0].length), offset: at, endOffset: at + m[0].length });
        }
      }
    }
  }
  return out;
}

/** The treatment just before `at` with nothing but linking words between, and those listed with it. */
function actorsBefore(text: string, mentions: readonly Mention[], at: number, terms: TermIndex): Mention[] {
  const treatments = mentions.filter((m) => m.endOffset <= at && terms.get(m.termId)?.kind === 'treatment');
  const last = treatments[treatments.length - 1];
  if (!last || !ACTOR_GAP.test(text.slice(last.endOffset, at))) return [];
  const actors = [last];
  for (let i = treatments.length - 2; i >= 0; i--) {
    if (!LIST_GAP.test(text.slice(treatments[i]!.endOffset, actors[0]!.offset))) break;
    actors.unshift(treatments[i]!);
  }
  return actors;
}
