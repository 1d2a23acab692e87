import { outdatedTerm } from './outdated-term';
import type { Rule } from './rule';
import { spelling } from './spelling';

/** Every rule, in the order its documentation lists them. Adding a rule = a module, a line here, fixtures, a docs page. */
export const RULES: readonly Rule[] = [outdatedTerm, spelling];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
