import { termKey, WORD_PATTERN } from '../text/normalize';
import { fleschKincaidGrade } from '../text/readability';
import { FLOOR_CUES, NUMBER_CUES } from '../rules/numeric-claim/cues';
import { works } from './evidence';
import { outsideCareFor } from './approach';
import type { Entry, KeyNumber } from './types';

/** Limits for patient definitions (issue 2): short, and grade 8 or lower by Flesch-Kincaid. */
export const PATIENT_MAX_WORDS = 40;
export const PATIENT_MAX_GRADE = 8;

type Path = Array<string | number>;
/** Reports a problem at a path inside `entry` (['abbreviations', 1]). */
export type EntryReport = (entry: Entry, path: Path, message: string) => void;

/** Checks one entry on its own: definitions, numbers, evidence sources, look-alike notes. */
export function checkEntry(entry: Entry, report: EntryReport, options: { readability: boolean }): void {
  if (options.readability) checkPatientDefinition(entry, report);
  const sourceIds = new Set<string>();
  entry.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) report(entry, ['sources', i], `source "${s.id}" is listed twice`);
    sourceIds.add(s.id);
  });
  const sourceHint = `one of this entry's sources (${[...sourceIds].join(', ')})`;
  const numberIds = new Set<string>();
  entry.numbers?.forEach((n, i) => {
    if (n.min > n.max) report(entry, ['numbers', i], `min ${n.min} is greater than max ${n.max}`);
    if (numberIds.has(n.id)) report(entry, ['numbers', i, 'id'], `number id "${n.id}" is used twice`);
    numberIds.add(n.id);
    if (!sourceIds.has(n.source)) report(entry, ['numbers', i, 'source'], `source "${n.source}" must be ${sourceHint}`);
    if (n.alsoSource !== undefined && (n.alsoSource === n.source || !sourceIds.has(n.alsoSource))) {
      report(entry, ['numbers', i, 'alsoSource'], `alsoSource "${n.alsoSource}" must be another of this entry's sources than "${n.source}"`);
    }
    if (!isCompared(n)) {
      report(entry, ['numbers', i, 'id'], `number id "${n.id}" is never compared: give it a rate unit, or an id numeric-claim has cue words for (NUMBER_CUES)`);
    }
    if (n.floorOf && !Object.hasOwn(FLOOR_CUES, n.floorOf.id)) {
      report(entry, ['numbers', i, 'floorOf', 'id'], `floor id "${n.floorOf.id}" is never compared: numeric-claim has no cue words for it (FLOOR_CUES)`);
    }
  });
  entry.involves?.forEach((inv, i) => {
    if (!sourceIds.has(inv.source)) report(entry, ['involves', i, 'source'], `source "${inv.source}" must be ${sourceHint}`);
  });
  for (const key of ['sex', 'onset', 'olderAges', 'rare'] as const) {
    const fact = entry.population?.[key];
    if (fact && !sourceIds.has(fact.source)) report(entry, ['population', key, 'source'], `source "${fact.source}" must be ${sourceHint}`);
  }
  const onset = entry.population?.onset;
  if (onset && !(onset.minAge <= onset.typicalAge && onset.typicalAge <= onset.maxAge)) report(entry, ['population', 'onset'], 'typicalAge must lie between minAge and maxAge');
  entry.spares?.forEach((sp, i) => {
    if (!sourceIds.has(sp.source)) report(entry, ['spares', i, 'source'], `source "${sp.source}" must be ${sourceHint}`);
  });
  entry.notRuledOutBy?.forEach((t, i) => {
    if (!sourceIds.has(t.source)) report(entry, ['notRuledOutBy', i, 'source'], `source "${t.source}" must be ${sourceHint}`);
  });
  entry.rareTriggers?.forEach((t, i) => {
    if (!sourceIds.has(t.source)) report(entry, ['rareTriggers', i, 'source'], `source "${t.source}" must be ${sourceHint}`);
  });
  for (const key of ['severityVaries', 'onsetVaries', 'mostRecover', 'curable', 'courseVaries', 'damageVaries', 'causesVary', 'infectionTrigger', 'geneticRisk', 'course', 'neuromuscular', 'parentNameInUse', 'movedBy', 'regrows'] as const) {
    const fact = entry[key];
    if (fact && !sourceIds.has(fact.source)) report(entry, [key, 'source'], `source "${fact.source}" must be ${sourceHint}`);
  }
  if (entry.immuneSource !== undefined && !sourceIds.has(entry.immuneSource)) report(entry, ['immuneSource'], `source "${entry.immuneSource}" must be ${sourceHint}`);
  if (entry.immuneSource !== undefined && entry.immuneMediated === undefined) report(entry, ['immuneSource'], 'immuneSource needs immuneMediated, the fact it supports');
  // An infection or a genetic disorder is filed as a disease, and calling a condition one says germs or a gene cause it.
  const asDisease = entry.implies === 'infection' || entry.implies === 'genetic';
  const implies = asDisease ? ['concept', 'disease'] : ['concept'];
  if (entry.implies !== undefined && !implies.includes(entry.kind)) report(entry, ['implies'], `only a concept${asDisease ? ` or the ${entry.implies === 'infection' ? 'infection' : 'genetic disorder'} itself` : ''} implies a fact about what is called one, not a ${entry.kind}`);
  if (entry.immuneDefences && entry.kind !== 'concept') report(entry, ['immuneDefences'], `only a concept names the body's defences, not a ${entry.kind}`);
  if (entry.siteSource !== undefined && !sourceIds.has(entry.siteSource)) report(entry, ['siteSource'], `source "${entry.siteSource}" must be ${sourceHint}`);
  if (entry.approach && !sourceIds.has(entry.approach.source)) report(entry, ['approach', 'source'], `source "${entry.approach.source}" must be ${sourceHint}`);
  if (entry.approach && entry.kind !== 'treatment') report(entry, ['approach'], `only a treatment has an approach, not a ${entry.kind}`);
  entry.actions?.forEach((a, i) => {
    if (!sourceIds.has(a.source)) report(entry, ['actions', i, 'source'], `source "${a.source}" must be ${sourceHint}`);
  });
  // The matcher keeps a list word only beside another symptom, so only a symptom can have one.
  if (entry.inLists && entry.kind !== 'symptom') report(entry, ['inLists'], `only a symptom has list words, not a ${entry.kind}`);
  if (entry.actions && entry.kind !== 'treatment') report(entry, ['actions'], `only a treatment has actions, not a ${entry.kind}`);
  entry.mustSay?.forEach((m, i) => {
    if (!sourceIds.has(m.source)) report(entry, ['mustSay', i, 'source'], `source "${m.source}" must be ${sourceHint}`);
  });
  const treated = new Set<string>();
  entry.relations?.treatments?.forEach((t, i) => {
    if (treated.has(t.treatment)) report(entry, ['relations', 'treatments', i], `treatment "${t.treatment}" is listed twice`);
    treated.add(t.treatment);
    if (!sourceIds.has(t.source)) report(entry, ['relations', 'treatments', i, 'source'], `source "${t.source}" must be ${sourceHint}`);
    if (t.offLabelUS && !sourceIds.has(t.offLabelUS.source)) report(entry, ['relations', 'treatments', i, 'offLabelUS', 'source'], `source "${t.offLabelUS.source}" must be ${sourceHint}`);
  });
  entry.relations?.combinations?.forEach((c, i) => {
    if (!sourceIds.has(c.source)) report(entry, ['relations', 'combinations', i, 'source'], `source "${c.source}" must be ${sourceHint}`);
  });
  const lookAlike = entry.peripheralNeuropathy === false || entry.immuneMediated === false;
  if (lookAlike && !entry.siteNote) {
    report(entry, ['siteNote'], 'a look-alike (peripheralNeuropathy or immuneMediated false) needs a siteNote saying where it acts');
  }
}

/** Words of a patient definition as the limit counts them: numbers alone ("4 weeks") are not words. */
export function patientWordCount(patient: string): number {
  return (patient.match(WORD_PATTERN) ?? []).filter((w) => /\p{L}/u.test(w)).length;
}

function checkPatientDefinition(entry: Entry, report: EntryReport): void {
  const patient = entry.definition.patient;
  const words = patientWordCount(patient);
  if (words > PATIENT_MAX_WORDS) report(entry, ['definition', 'patient'], `patient definition has ${words} words; at most ${PATIENT_MAX_WORDS}`);
  const grade = fleschKincaidGrade(patient);
  if (grade > PATIENT_MAX_GRADE) {
    report(entry, ['definition', 'patient'], `patient definition reads at grade ${grade.toFixed(1)} (Flesch-Kincaid); at most ${PATIENT_MAX_GRADE}`);
  }
}

/** One surface form of an entry with the path it was written at. */
export interface FormSite {
  entry: Entry;
  text: string;
  path: Path;
  abbreviation: boolean;
  ambiguous: boolean;
}

/** Every surface form of an entry, with paths (the same forms the matcher indexes). */
export function formSites(entry: Entry): FormSite[] {
  const site = (text: string, path: Path, abbreviation = false, ambiguous = false): FormSite => ({ entry, text, path, abbreviation, ambiguous });
  return [
    site(entry.preferred, ['preferred']),
    ...(entry.possessive ? [site(entry.possessive, ['possessive'])] : []),
    ...(entry.synonyms ?? []).map((s, i) => site(s, ['synonyms', i])),
    ...(entry.lay ?? []).map((s, i) => site(s, ['lay', i])),
    ...(entry.inLists ?? []).map((s, i) => site(s, ['inLists', i])),
    ...(entry.abbreviations ?? []).map((a, i) => site(a.abbr, ['abbreviations', i, 'abbr'], true, a.ambiguous === true)),
    ...(entry.outdated ?? []).map((o, i) => site(o.term, ['outdated', i, 'term'])),
    ...(entry.misspellings ?? []).map((m, i) => site(m, ['misspellings', i])),
  ];
}

/** The uniqueness key: folded case, accents and dashes for names; exact case for abbreviations. */
export function formKey(form: { text: string; abbreviation: boolean }): string {
  return (form.abbreviation ? 'A ' : 'N ') + termKey(form.text, form.abbreviation);
}

/**
 * Registers forms in `seen` (key -> first site) and reports each clash: a form listed twice in one
 * entry, or shared by two entries unless both mark the abbreviation ambiguous. Returns the sites
 * that did not clash.
 */
export function checkForms(sites: readonly FormSite[], seen: Map<string, FormSite>, report: EntryReport, where: (s: FormSite) => string): FormSite[] {
  const accepted: FormSite[] = [];
  for (const site of sites) {
    const key = formKey(site);
    if (key.length <= 2) {
      report(site.entry, site.path, `"${site.text}" has no letters or digits to match`);
      continue;
    }
    const first = seen.get(key);
    if (!first) {
      seen.set(key, site);
      accepted.push(site);
    } else if (first.entry !== site.entry && first.ambiguous && site.ambiguous) {
      accepted.push(site);
    } else if (first.entry === site.entry) {
      report(site.entry, site.path, `"${site.text}" repeats "${first.text}" (case, accents and dashes do not matter to the matcher)`);
    } else {
      report(
        site.entry,
        site.path,
        `"${site.text}" is already a surface form of "${first.entry.id}" (${where(first)}); ` +
          (site.abbreviation && first.abbreviation ? 'mark both abbreviations ambiguous or keep one' : 'keep it in one entry'),
      );
    }
  }
  return accepted;
}

/** Relation targets exist, are not the entry itself, treatments point at treatments, parents do not loop. */
export function checkRelations(entry: Entry, byId: ReadonlyMap<string, Entry>, report: EntryReport): void {
  const target = (id: string, path: Path) => {
    if (id === entry.id) report(entry, path, `"${id}" points at the entry itself`);
    else if (!byId.has(id)) report(entry, path, `"${id}" is not an entry id`);
  };
  entry.approach?.standardFor?.forEach((id, i) => target(id, ['approach', 'standardFor', i]));
  entry.approach?.appliesTo?.forEach((id, i) => target(id, ['approach', 'appliesTo', i]));
  entry.notRuledOutBy?.forEach((t, i) => t.tests.forEach((id, k) => target(id, ['notRuledOutBy', i, 'tests', k])));
  if (entry.movedBy && entry.kind !== 'anatomy') report(entry, ['movedBy'], `only a part of the body is moved by muscles; this entry is a ${entry.kind}`);
  entry.movedBy?.parts.forEach((id, i) => target(id, ['movedBy', 'parts', i]));
  entry.rareTriggers?.forEach((t, i) => {
    target(t.trigger, ['rareTriggers', i, 'trigger']);
    t.also?.forEach((id, k) => target(id, ['rareTriggers', i, 'also', k]));
  });
  const relations = entry.relations;
  if (!relations) return;
  if (relations.parent) target(relations.parent, ['relations', 'parent']);
  if (relations.practises) target(relations.practises, ['relations', 'practises']);
  relations.contrastWith?.forEach((id, i) => target(id, ['relations', 'contrastWith', i]));
  relations.related?.forEach((id, i) => target(id, ['relations', 'related', i]));
  relations.treatments?.forEach((t, i) => {
    if (t.use === 'maintenance' && !works(t.status)) report(entry, ['relations', 'treatments', i, 'use'], `a maintenance treatment works once started; "${t.status}" says it does not`);
    const treatment = byId.get(t.treatment);
    if (!treatment) report(entry, ['relations', 'treatments', i, 'treatment'], `"${t.treatment}" is not an entry id`);
    else if (treatment.kind !== 'treatment') report(entry, ['relations', 'treatments', i, 'treatment'], `"${t.treatment}" is a ${treatment.kind}, not a treatment`);
    // Promises made for such a treatment are flagged as resting on no guideline: a verdict saying it works would contradict that.
    else if (treatment.approach && works(t.status) && outsideCareFor(treatment.approach, entry, (id) => byId.get(id))) {
      report(entry, ['relations', 'treatments', i, 'status'], `"${t.treatment}" has an approach (${treatment.approach.kind}); rate it ${t.status} only for a condition in its standardFor or outside its appliesTo`);
    }
  });
  relations.combinations?.forEach((c, i) =>
    c.treatments.forEach((id, k) => {
      const path = ['relations', 'combinations', i, 'treatments', k];
      if (!byId.has(id)) report(entry, path, `"${id}" is not an entry id`);
      else if (byId.get(id)!.kind !== 'treatment') report(entry, path, `"${id}" is a ${byId.get(id)!.kind}, not a treatment`);
    }),
  );
  const chain = new Set([entry.id]);
  for (let p = relations.parent && byId.get(relations.parent); p; p = p.relations?.parent ? byId.get(p.relations.parent) : undefined) {
    if (chain.has(p.id)) {
      report(entry, ['relations', 'parent'], `parent chain loops back to "${p.id}"`);
      break;
    }
    chain.add(p.id);
  }
}

/**
 * A key number some check reads: rates are matched by their unit, other numbers by the cue words
 * numeric-claim keeps for their id. Anything else would sit in the data doing nothing.
 */
function isCompared(n: KeyNumber): boolean {
  return n.unit === 'per-100000' || n.unit === 'per-100000-per-year' || Object.hasOwn(NUMBER_CUES, n.id);
}
