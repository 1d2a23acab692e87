import { abbreviationConsistency } from './abbreviation-consistency';
import { abbreviationUndefined } from './abbreviation-undefined';
import { absoluteClaim } from './absolute-claim';
import { ambiguousAbbreviation } from './ambiguous-abbreviation';
import { anatomyMisclassification } from './anatomy-misclassification';
import { mustSay } from './must-say';
import { notChecked } from './not-checked';
import { numericClaim } from './numeric-claim';
import { outdatedTerm } from './outdated-term';
import { passiveVoice } from './passive-voice';
import { plainLanguage } from './plain-language';
import { readability } from './readability';
import type { Rule } from './rule';
import { spelling } from './spelling';
import { stigmatizingLanguage } from './stigmatizing-language';
import { treatmentClaim } from './treatment-claim';

/** Every rule, in the order its documentation lists them. Adding a rule = a module, a line here, fixtures, a docs page. */
export const RULES: readonly Rule[] = [
  anatomyMisclassification,
  treatmentClaim,
  absoluteClaim,
  outdatedTerm,
  spelling,
  abbreviationUndefined,
  abbreviationConsistency,
  ambiguousAbbreviation,
  stigmatizingLanguage,
  numericClaim,
  readability,
  passiveVoice,
  plainLanguage,
  mustSay,
  notChecked,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
