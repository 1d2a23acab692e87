import type { Approach, Entry } from './types';

/**
 * Whether a treatment's standing outside mainstream care holds for a condition. It never holds where
 * the treatment is standard care (`standardFor`). With `appliesTo`, it holds only for the conditions
 * the source judged and their kinds: the condition itself, an ancestor, or, for a condition the data
 * marks as a peripheral neuropathy, a listed peripheral-neuropathy group. Lasers are investigational
 * for nerve disorders and standard care for kidney stones; no list of every other use is needed.
 */
export function outsideCareFor(approach: Approach, condition: Entry, get: (id: string) => Entry | undefined): boolean {
  if (approach.standardFor?.includes(condition.id)) return false;
  const judged = approach.appliesTo;
  if (!judged) return true;
  if (judged.includes(condition.id) || ancestorIds(condition, get).some((id) => judged.includes(id))) return true;
  return condition.peripheralNeuropathy === true && judged.some((id) => get(id)?.peripheralNeuropathy === true && get(id)?.kind === 'concept');
}

/** Ids of the entry's parent, its parent's parent and so on; a cycle in user data stops the walk. */
export function ancestorIds(entry: Entry, get: (id: string) => Entry | undefined): string[] {
  const out: string[] = [];
  const parentOf = (e: Entry) => (e.relations?.parent ? get(e.relations.parent) : undefined);
  for (let p = parentOf(entry); p && !out.includes(p.id); p = parentOf(p)) out.push(p.id);
  return out;
}
