import { BODY_PARTS, CODE_SYSTEMS, ENTRY_KINDS, EVIDENCE_LEVELS, EVIDENCE_STATUSES, NUMBER_BOUNDS, NUMBER_UNITS, SITES, SPARED_PARTS, TREATMENT_ACTIONS } from './types';

/**
 * The shape of a terminology source file, written once: `checkShape` validates data against it (in
 * the build, the CLI and the editor, with no schema library at run time) and `terminologyJsonSchema`
 * turns it into `terminology/schema.json` for editors and reviewers.
 */
export type Spec =
  | { type: 'string'; pattern?: string; enum?: readonly string[]; description?: string }
  | { type: 'number' | 'boolean'; description?: string }
  | { type: 'array'; items: Spec; minItems?: number; description?: string }
  | { type: 'object'; properties: Record<string, Spec>; required?: readonly string[]; description?: string }
  | { anyOf: readonly Spec[]; description?: string };

/** Code formats per system; SNOMED CT is deliberately absent (not licensed for redistribution). */
export const CODE_PATTERNS: Record<(typeof CODE_SYSTEMS)[number], string> = {
  icd10cm: '^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$',
  icd11: '^(https?://id\\.who\\.int/icd/entity/[0-9]+|[0-9A-HJ-NP-Z][A-HJ-NP-Z0-9][0-9][0-9A-HJ-NP-Z](\\.[0-9A-HJ-NP-Z]{1,4})?)$',
  mesh: '^[DC][0-9]{6,9}$',
  mondo: '^MONDO:[0-9]{7}$',
  orpha: '^ORPHA:[0-9]+$',
  hpo: '^HP:[0-9]{7}$',
};

const text: Spec = { type: 'string', pattern: '\\S' };
const id: Spec = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Stable kebab-case id' };
const texts: Spec = { type: 'array', items: text };
const ids: Spec = { type: 'array', items: id };
/** An example is one whole sentence: in a YAML flow list an unquoted sentence is split at its commas. */
const sentences: Spec = { type: 'array', items: { type: 'string', pattern: '^[A-Z0-9"“(].*[.?!]["”)]?$', description: 'One whole sentence, quoted when it has a comma' } };

const source: Spec = {
  anyOf: [
    { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'Id of a citation in terminology/sources.yaml' },
    { type: 'object', properties: { id, title: text, url: { type: 'string', pattern: '^https?://' }, note: text, guideline: { type: 'boolean' } }, required: ['id', 'title'] },
  ],
};

const codes: Spec = {
  type: 'object',
  description: 'Only codes the reference gives (status verified, verified_secondary or mapping); never SNOMED CT',
  properties: Object.fromEntries(CODE_SYSTEMS.map((k) => [k, { type: 'string', pattern: CODE_PATTERNS[k] }])),
};

/** A fact stated in words with its source: what the source says (`note`, in our words) and which source says it. */
const sourcedNote = (description: string, note: string): Spec => ({
  type: 'object',
  description,
  properties: { note: { ...text, description: note }, source: text },
  required: ['note', 'source'],
});

/** Entry ids with what the source says about them: `{ parts: [...], note, source }`. */
const sourcedIds = (ids: string, description: string | undefined, idsDescription: string | undefined, note: string): Spec => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties: { [ids]: { type: 'array', items: text, minItems: 1, ...(idsDescription ? { description: idsDescription } : {}) }, note: { ...text, description: note }, source: text },
  required: [ids, 'note', 'source'],
});

const relations: Spec = {
  type: 'object',
  properties: {
    parent: id,
    practises: { ...id, description: 'For a practitioner (chiropractor): the treatment entry of what they practise; a promise made of them is judged as one of it' },
    treatments: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          treatment: id,
          status: { type: 'string', enum: EVIDENCE_STATUSES },
          evidence: { type: 'string', enum: EVIDENCE_LEVELS, description: 'The kind of study the verdict rests on; limits which status it may claim' },
          guideline: text,
          source: text,
          note: text,
          use: { type: 'string', enum: ['maintenance'], description: 'Given to keep the condition under control once another treatment has worked, not as a first treatment' },
          offLabelUS: sourcedNote('The source says no US (FDA) label of the treatment includes this condition: it is used off-label there, so "FDA-approved for" it is wrong', 'What the source says, in our words'),
        },
        required: ['treatment', 'status', 'evidence', 'guideline', 'source'],
      },
    },
    combinations: {
      type: 'array',
      description: 'Verdicts on giving two or more treatments together or one after the other ("plasma exchange followed by IVIG")',
      items: {
        type: 'object',
        properties: {
          treatments: { ...ids, minItems: 2 },
          status: { type: 'string', enum: EVIDENCE_STATUSES },
          evidence: { type: 'string', enum: EVIDENCE_LEVELS },
          guideline: text,
          source: text,
          note: { ...text, description: 'What the evidence found, in our own words' },
        },
        required: ['treatments', 'status', 'evidence', 'guideline', 'source', 'note'],
      },
    },
    inheritTreatments: { ...ids, description: 'Treatment ids whose verdict a variant takes from its parent chain' },
    contrastWith: ids,
    related: ids,
  },
};

const keyNumber: Spec = {
  type: 'object',
  properties: {
    id,
    label: text,
    min: { type: 'number' },
    max: { type: 'number' },
    unit: { type: 'string', enum: NUMBER_UNITS },
    source: text,
    alsoSource: { ...text, description: 'A second source when the two ends of the range come from different sources' },
    bound: { type: 'string', enum: NUMBER_BOUNDS },
    floorOf: {
      type: 'object',
      description: 'A share that is at least this number (trouble breathing is at least as common as needing a ventilator): a figure below the number, said of that share, contradicts it',
      properties: { id: { ...text, description: 'Names the share for numeric-claim\'s cue words (FLOOR_CUES)' }, label: { ...text, description: 'What the share is, as a finding says it' } },
      required: ['id', 'label'],
    },
  },
  required: ['id', 'label', 'min', 'max', 'unit', 'source'],
};

const involves: Spec = {
  type: 'array',
  description: 'Parts of the body or functions the condition can affect, each with its source',
  items: { type: 'object', properties: { part: { type: 'string', enum: BODY_PARTS }, source: text }, required: ['part', 'source'] },
};

const population: Spec = {
  type: 'object',
  description: 'Who gets the condition, each fact with its source',
  properties: {
    sex: {
      type: 'object',
      properties: { moreCommonIn: { type: 'string', enum: ['men', 'women'] }, note: { ...text, description: 'The figure or wording of the source ("about 2.7 men to 1 woman")' }, source: text },
      required: ['moreCommonIn', 'note', 'source'],
    },
    onset: {
      type: 'object',
      properties: { minAge: { type: 'number' }, maxAge: { type: 'number' }, typicalAge: { type: 'number' }, source: text },
      required: ['minAge', 'maxAge', 'typicalAge', 'source'],
    },
    rare: sourcedNote('The source calls the condition rare, so "it is a common disease" or "not really rare" contradicts it', 'What the source says, in our words ("Orphanet lists it as a rare disease")'),
    olderAges: sourcedNote('The source says the condition is more likely at older ages, so "mostly affects young adults" contradicts it', 'The wording of the source ("people in their 50s and 60s seem more likely to develop it")'),
  },
};

const approach: Spec = {
  type: 'object',
  description: 'For treatments outside mainstream care: which kind, the source that says so, and conditions for which it is standard care after all',
  properties: {
    kind: {
      type: 'string',
      enum: ['complementary', 'investigational', 'unsupported'],
      description: 'unsupported: the source finds no reliable evidence that it works for any condition, so even relief of a symptom is a claim to back',
    },
    source: text,
    standardFor: { ...texts, description: 'Ids of conditions for which it is standard care (approved for it, or recommended by a guideline), for the condition or a common form of it (B12 supplements for B12 deficiency; massage for acute low back pain); the definition says which form' },
    appliesTo: {
      ...texts,
      description: "Ids of the conditions the source's verdict is about, with their kinds (lasers: nerve disorders); left out, every condition outside standardFor",
    },
  },
  required: ['kind', 'source'],
};

const mustSay: Spec = {
  type: 'object',
  description: 'Something a patient text about this entry must tell its reader, with the words that show it was said',
  properties: {
    id,
    point: { ...text, description: 'What the reader must be told, in our own words' },
    saidWhen: { ...texts, minItems: 1, description: 'Words or phrases (case aside) any of which in the prose shows the point was made' },
    source: text,
  },
  required: ['id', 'point', 'saidWhen', 'source'],
};

/** The fields a user file may add to a bundled entry (same id). */
export const EXTENSION_FIELDS = ['id', 'synonyms', 'lay', 'inLists', 'abbreviations', 'misspellings', 'outdated', 'hidden'] as const;

const entryProperties: Record<string, Spec> = {
  id,
  preferred: text,
  kind: { type: 'string', enum: ENTRY_KINDS },
  site: { type: 'string', enum: SITES },
  peripheralNeuropathy: { type: 'boolean' },
  immuneMediated: { type: 'boolean' },
  immuneSource: { ...text, description: "Id of one of the entry's sources that states whether the immune system causes it" },
  implies: {
    type: 'string',
    enum: ['immune-mediated', 'infection', 'genetic'],
    description: 'A concept whose name says something about a condition called one: "an autoimmune disease" says the immune system causes it; "an infection" says germs do; "a genetic disorder" says a changed gene does',
  },
  siteNote: text,
  siteSource: { ...text, description: "Id of one of the entry's sources that states where it acts (its site and whether it is a peripheral neuropathy)" },
  synonyms: texts,
  lay: { ...texts, description: 'Everyday phrases for the entry in patient text; matched, never suggested' },
  inLists: { ...texts, description: 'Everyday words that name this symptom only in a list of symptoms ("numbness, tingling and stabbing"); matched there alone, never suggested' },
  plain: { ...text, description: 'Plain-language alternative offered to patient readers, in our own words' },
  abbreviations: {
    type: 'array',
    items: { type: 'object', properties: { abbr: text, ambiguous: { type: 'boolean' }, otherMeanings: texts }, required: ['abbr'] },
  },
  misspellings: texts,
  outdated: {
    type: 'array',
    items: {
      type: 'object',
      properties: { term: text, note: text, familiar: { type: 'boolean', description: 'Patients may still know the condition by this name; the first fix keeps it in brackets' } },
      required: ['term'],
    },
  },
  possessive: { type: 'string', pattern: "['\u2019]s\\b" },
  definition: { type: 'object', properties: { patient: text, clinical: text }, required: ['patient', 'clinical'] },
  codes,
  relations,
  numbers: { type: 'array', items: keyNumber },
  involves,
  population,
  rareTriggers: {
    type: 'array',
    description: 'Things the source says can trigger the condition, but rarely (an entry id each): denying the link, or calling it a common cause, contradicts the fact',
    items: {
      type: 'object',
      properties: {
        trigger: text,
        also: { type: 'array', items: text, description: 'Other entries that name the same trigger (the giving of a vaccine beside the vaccine)' },
        note: { ...text, description: 'What the source says about how rare it is, in our words' },
        source: text,
      },
      required: ['trigger', 'note', 'source'],
    },
  },
  movedBy: sourcedIds(
    'parts',
    'For an organ that does not move itself (the lungs), the muscles the source says do its work (entry ids): a text saying a disease of the nerves paralyses, attacks or spreads to the organ names the wrong part',
    undefined,
    'What the source says, in our words',
  ),
  infectionSymptoms: sourcedIds(
    'symptoms',
    'Symptoms of the infection the source says often comes before the condition (entry ids), with what it says: "the initial symptoms of GBS are vomiting and diarrhea" mixes the two',
    "The infection's symptoms, as entry ids",
    'What the source says, in our words',
  ),
  notRuledOutBy: {
    type: 'array',
    description: 'Tests whose normal or negative result the source says does not rule the condition out (entry ids): "a normal spinal fluid protein rules out GBS" contradicts the fact',
    items: sourcedIds('tests', undefined, 'The test, and other entries that name the same test or what it measures', 'What the source says about the test, in our words'),
  },
  spares: {
    type: 'array',
    description: 'Functions the condition leaves alone, each with its source ("sensation" for a purely motor neuropathy, "strength" for one of the small sensory and autonomic fibres only)',
    items: { type: 'object', properties: { part: { type: 'string', enum: SPARED_PARTS }, source: text }, required: ['part', 'source'] },
  },
  course: {
    type: 'object',
    description: 'Whether the illness is acute (comes on over days or weeks, then improves) or chronic (goes on for months or years), with what the source says in our words: "GBS is a chronic condition" contradicts acute',
    properties: { pace: { type: 'string', enum: ['acute', 'chronic'] }, note: text, source: text },
    required: ['pace', 'note', 'source'],
  },
  neuromuscular: sourcedNote('The source counts this central nervous system disease (of the motor neurons in the spinal cord and brainstem) among the neuromuscular diseases, so calling it one is accepted wording', 'What the source says, in our words'),
  parentNameInUse: sourcedNote('The source says writers often call this condition by the name of the group it belongs to (in the UK, motor neurone disease for ALS), so naming it so is accepted wording', 'What the source says, in our words'),
  onsetVaries: sourcedNote('The source says where the illness starts varies, so a text that makes one pattern universal ("always starts in the feet") contradicts it', 'What the source says, in our words'),
  courseVaries: sourcedNote('The source says the course depends on the kind and its cause (many improve or stop), so a text calling every case progressive or incurable contradicts it', 'What the source says, in our words'),
  causesVary: sourcedNote('The source says the condition has many kinds and causes, so a text defining it by one or two named causes ("caused by diabetes") leaves most of them out', 'What the source says, in our words'),
  infectionTrigger: sourcedNote('The source says an infection comes before many cases but not all, and is a trigger rather than the cause of every case, so a text saying an infection causes the illness ("Campylobacter causes GBS") overstates it', 'What the source says, in our words'),
  damageVaries: sourcedNote('The source says some forms damage the myelin and others the nerve fibre (axon) itself, so a text saying the illness always destroys the myelin leaves forms out', 'What the source says, in our words'),
  regrows: sourcedNote('The source says these nerve fibres can regrow after damage, so a text saying damaged nerves can never be repaired or heal contradicts it', 'What the source says, in our words'),
  geneticRisk: sourcedNote('The source says inherited genes are needed for it or strongly raise its risk (it runs in families without a simple pattern), so a text saying it is passed on genetically oversimplifies rather than contradicts', 'What the source says, in our words'),
  curable: sourcedNote('The source says treatment usually cures it (as antibiotics clear an infection), so a text calling it curable states a fact, not a promise', 'What the source says, in our words'),
  mostRecover: sourcedNote('The source says most people recover, so a text saying most are left paralysed or disabled contradicts it', 'What the source says, in our words'),
  severityVaries: sourcedNote('The source says how ill people become varies widely, so a text that makes the worst outcome universal ("leads to complete paralysis") contradicts it', 'What the source says, in our words'),
  approach,
  actions: {
    type: 'array',
    description: 'What a treatment does and does not do, each with its source: a text saying it does what it does not ("IVIG removes the antibodies") misdescribes it',
    items: {
      type: 'object',
      properties: {
        action: { type: 'string', enum: [...TREATMENT_ACTIONS] },
        holds: { type: 'boolean' },
        note: { ...text, description: 'What the treatment does instead, in our own words' },
        source: text,
      },
      required: ['action', 'holds', 'note', 'source'],
    },
  },
  mustSay: { type: 'array', items: mustSay },
  sources: { type: 'array', items: source, minItems: 1 },
  reviewed: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
  examples: { type: 'object', properties: { flag: sentences, ok: sentences } },
  hidden: { type: 'boolean' },
  general: { type: 'boolean', description: 'A general word ("treatment", "movement"): never taken as the topic of a page whose title names it' },
  immuneDefences: {
    type: 'boolean',
    description: 'A concept naming the body\'s defences as a whole ("immune system", "immunity"): a remedy said to boost it is read against the immune-mediated condition the text is about',
  },
};

/** A complete entry, as the bundled files and new user entries must write it. */
export const ENTRY_SPEC: Spec = {
  type: 'object',
  properties: entryProperties,
  required: ['id', 'preferred', 'kind', 'site', 'definition', 'sources', 'reviewed'],
};

/** A user entry that adds forms to (or hides) a bundled entry with the same id. */
export const EXTENSION_SPEC: Spec = {
  type: 'object',
  properties: Object.fromEntries(EXTENSION_FIELDS.map((k) => [k, entryProperties[k]!])),
  required: ['id'],
};

/** The top level of a file in terminology/entries/ or a user terminology file. */
export const FILE_SPEC: Spec = { type: 'object', properties: { entries: { type: 'array', items: ENTRY_SPEC } }, required: ['entries'] };

export interface ShapeProblem {
  /** JSON path of the offending value: ['entries', 0, 'abbreviations', 1]. */
  path: Array<string | number>;
  message: string;
}

/** Checks `value` against `spec`; unknown object keys are errors. Never throws. */
export function checkShape(value: unknown, spec: Spec, path: Array<string | number> = []): ShapeProblem[] {
  if ('anyOf' in spec) {
    const results = spec.anyOf.map((s) => checkShape(value, s, path));
    return results.some((r) => r.length === 0) ? [] : (results.find((r) => r.length > 0 && !isTypeError(r)) ?? results[0] ?? []);
  }
  const problem = (message: string): ShapeProblem[] => [{ path, message }];
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return problem(`expected text, found ${describe(value)}`);
      if (spec.enum && !spec.enum.includes(value)) return problem(`"${value}" is not one of: ${spec.enum.join(', ')}`);
      if (spec.pattern && !new RegExp(spec.pattern, 'u').test(value)) return problem(`"${value}" has the wrong format (${spec.pattern})`);
      return [];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : problem(`expected a number, found ${describe(value)}`);
    case 'boolean':
      return typeof value === 'boolean' ? [] : problem(`expected true or false, found ${describe(value)}`);
    case 'array': {
      if (!Array.isArray(value)) return problem(`expected a list, found ${describe(value)}`);
      if (spec.minItems && value.length < spec.minItems) return problem(`needs at least ${spec.minItems} item(s)`);
      return value.flatMap((item, i) => checkShape(item, spec.items, [...path, i]));
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem(`expected a mapping, found ${describe(value)}`);
      const record = value as Record<string, unknown>;
      const out: ShapeProblem[] = [];
      for (const key of spec.required ?? []) if (record[key] === undefined) out.push({ path, message: `missing required field "${key}"` });
      for (const [key, child] of Object.entries(record)) {
        const childSpec = spec.properties[key];
        if (childSpec) out.push(...checkShape(child, childSpec, [...path, key]));
        else out.push({ path: [...path, key], message: `unknown field "${key}"` });
      }
      return out;
    }
  }
}

function isTypeError(problems: ShapeProblem[]): boolean {
  return problems.length === 1 && problems[0]!.message.startsWith('expected ');
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/** JSON Schema (draft-07) for one spec node. */
function toSchema(spec: Spec): Record<string, unknown> {
  const base = spec.description ? { description: spec.description } : {};
  if ('anyOf' in spec) return { ...base, anyOf: spec.anyOf.map(toSchema) };
  switch (spec.type) {
    case 'string':
      return { ...base, type: 'string', ...(spec.enum ? { enum: [...spec.enum] } : {}), ...(spec.pattern ? { pattern: spec.pattern } : {}) };
    case 'number':
    case 'boolean':
      return { ...base, type: spec.type };
    case 'array':
      return { ...base, type: 'array', items: toSchema(spec.items), ...(spec.minItems ? { minItems: spec.minItems } : {}) };
    case 'object':
      return {
        ...base,
        type: 'object',
        properties: Object.fromEntries(Object.entries(spec.properties).map(([k, v]) => [k, toSchema(v)])),
        ...(spec.required?.length ? { required: [...spec.required] } : {}),
        additionalProperties: false,
      };
  }
}

/** The content of `terminology/schema.json`; a test keeps the file equal to this. */
export function terminologyJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/neuroterm/neuroterm/blob/main/terminology/schema.json',
    title: 'NeuroTerm terminology file',
    description: 'Generated from src/core/terminology/shape.ts by `npm run terminology:docs`; do not edit.',
    ...toSchema(FILE_SPEC),
  };
}
