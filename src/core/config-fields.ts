import { RULES } from './rules/index';
import { CATEGORIES, SEVERITIES, type Severity } from './types';

/**
 * The keys of `.neuroterm.json`: one description drives both the validator (`config.ts`) and
 * the JSON Schema that ships with the extension, so the two cannot drift.
 */

/** The kind of value a config key takes; enough to validate it and to describe it in JSON Schema. */
export type FieldSpec =
  | { type: 'enum'; values: readonly string[]; description: string }
  | { type: 'number'; min: number; max: number; description: string }
  | { type: 'strings'; description: string }
  | { type: 'severities'; description: string };

/** Every top-level key of the config file, in documentation order. Keys are public API. */
export const CONFIG_FIELDS = {
  rules: {
    type: 'severities',
    description: 'Rule id or category -> off, hint, info, warning or error. A rule id wins over its category.',
  },
  audience: {
    type: 'enum',
    values: ['patient', 'professional'],
    description: 'Who reads the text: patient-facing text gets the plain-language checks; professional text is asked to use an abbreviation, once spelled out, rather than its full name.',
  },
  eponymStyle: {
    type: 'enum',
    values: ['consistent', 'nonpossessive', 'possessive'],
    description: 'Eponym spelling: either form, but not mixed in one document (consistent, the default), or always "Sjögren syndrome" (nonpossessive) or "Sjögren\'s syndrome" (possessive).',
  },
  terminology: {
    type: 'strings',
    description: 'Extra terminology YAML files, relative to this config file; they add or hide entries.',
  },
  ignore: {
    type: 'strings',
    description: 'Gitignore-style patterns, relative to this config file, of files that are never checked.',
  },
  readabilityTarget: {
    type: 'number',
    min: 1,
    max: 18,
    description: 'Highest acceptable reading grade level for the readability rule.',
  },
  knownAbbreviations: {
    type: 'strings',
    description: 'Abbreviations your readers know without an expansion (added to the built-in list).',
  },
} as const satisfies Record<string, FieldSpec>;

/** Every key the `rules` setting accepts: rule ids, then categories. */
/** Categories that have at least one rule: the registry decides, so a category without a rule is no setting. */
const RULE_CATEGORIES: readonly string[] = CATEGORIES.filter((c) => RULES.some((r) => r.category === c));

export const RULE_KEYS: readonly string[] = [...new Set([...RULES.map((r) => r.id), ...RULE_CATEGORIES])];

const SEVERITY_VALUES: ReadonlyArray<Severity | 'off'> = ['off', ...SEVERITIES];

/**
 * The JSON Schema (draft-07) of the config file, generated from the field list and the rule
 * registry. Written to `dist/schemas/config.schema.json` at build time.
 */
export function configSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    $schema: { type: 'string', description: 'The schema this file follows.' },
  };
  for (const [key, spec] of Object.entries(CONFIG_FIELDS) as Array<[string, FieldSpec]>) {
    properties[key] = fieldSchema(spec);
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/neuroterm/neuroterm/blob/main/schemas/config.schema.json',
    title: 'NeuroTerm configuration (.neuroterm.json)',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

function fieldSchema(spec: FieldSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'enum':
      return { type: 'string', enum: [...spec.values], description: spec.description };
    case 'number':
      return { type: 'number', minimum: spec.min, maximum: spec.max, description: spec.description };
    case 'strings':
      return { type: 'array', items: { type: 'string', minLength: 1 }, description: spec.description };
    case 'severities': {
      const ruleProps: Record<string, unknown> = {};
      for (const rule of RULES) {
        ruleProps[rule.id] = { enum: [...SEVERITY_VALUES], description: `${rule.summary} (default: ${rule.defaultSeverity})` };
      }
      for (const category of RULE_CATEGORIES) {
        ruleProps[category] ??= { enum: [...SEVERITY_VALUES], description: `Every rule in the ${category} category.` };
      }
      return { type: 'object', additionalProperties: false, properties: ruleProps, description: spec.description };
    }
  }
}
