import { CONFIG_FIELDS } from '../core/config-fields';
import { RULES, configSchema } from '../core/index';
import { COMMANDS, COMMAND_TITLES, CONFIG_FILES, SETTING_DEFAULTS, settingKey, type SettingName } from './contract';

/**
 * The generated parts of `package.json` `contributes` (commands and settings) and the README
 * settings table. No `vscode` import: `scripts/sync-extension-manifest.ts` writes them and a unit
 * test fails when the checked-in files differ, so the manifest cannot drift from the contract or
 * the rule registry.
 */

type Schema = Record<string, unknown>;

const SETTING_SCHEMAS: Record<SettingName, Schema> = {
  enable: { type: 'boolean', markdownDescription: 'Check documents and show hovers and completions.' },
  run: {
    type: 'string',
    enum: ['onType', 'onSave'],
    enumDescriptions: ['Check while typing (the language server re-checks only what changed).', 'Check when the document is saved.'],
    markdownDescription: 'When to check a document after an edit. Documents are always checked when they open.',
  },
  audience: {
    type: 'string',
    enum: [...CONFIG_FIELDS.audience.values],
    markdownDescription: 'Who reads the text: `patient` shows plain-language definitions first and turns on the plain-language checks; `professional` shows the clinical definition first and asks for an abbreviation, once spelled out, to be used rather than its full name.',
  },
  eponymStyle: {
    type: 'string',
    enum: [...CONFIG_FIELDS.eponymStyle.values],
    markdownDescription: 'Eponyms: `consistent` (default) accepts "Sjögren syndrome" and "Sjögren\'s syndrome" but flags a document that mixes them; `nonpossessive` or `possessive` enforce one house style.',
  },
  readabilityTarget: { type: 'number', minimum: 1, maximum: 18, markdownDescription: 'Highest acceptable reading grade level for the readability rule.' },
  languages: {
    type: 'array',
    items: { type: 'string' },
    markdownDescription: 'Language ids NeuroTerm checks. Markdown gets Markdown-aware checks; other languages are read as plain text. NeuroTerm starts when a Markdown or plain-text file opens; files in other languages are checked from then on.',
  },
  rules: {},
  knownAbbreviations: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    markdownDescription: 'Abbreviations your readers know without an expansion, added to the built-in list (for example `MRI`).',
  },
  terminologyFiles: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    markdownDescription: 'Extra terminology YAML files, relative to the workspace folder. They add or hide entries; their errors appear as problems on the file itself.',
  },
  maxFileSize: {
    type: 'number',
    minimum: 0,
    markdownDescription: 'Documents larger than this many bytes (UTF-8) are not checked; the status bar says so. `0` means no limit.',
  },
};

/** The `neuroterm.rules` schema: the rule ids and categories of the registry, as for `.neuroterm.json`. */
export function rulesSettingSchema(): Schema {
  const rules = (configSchema().properties as Record<string, Schema>).rules!;
  return {
    ...rules,
    description: undefined,
    markdownDescription: 'Severity per rule id or category: `off`, `hint`, `info`, `warning` or `error`. A rule id wins over its category; `.neuroterm.json` in the workspace wins over this setting.',
  };
}

/** `contributes.configuration` as it must appear in package.json. */
export function configurationContribution(): Schema {
  const properties: Record<string, Schema> = {};
  for (const name of Object.keys(SETTING_SCHEMAS) as SettingName[]) {
    const schema = name === 'rules' ? rulesSettingSchema() : SETTING_SCHEMAS[name];
    // The language list picks the editor features' document selector, so it cannot vary per folder.
    const scope = name === 'languages' ? 'window' : 'resource';
    properties[settingKey(name)] = JSON.parse(JSON.stringify({ ...schema, default: SETTING_DEFAULTS[name], scope }));
  }
  return { title: 'NeuroTerm', properties };
}

/** `contributes.commands`, all under the "NeuroTerm" category. */
export function commandsContribution(): Schema[] {
  return (Object.keys(COMMANDS) as Array<keyof typeof COMMANDS>).map((key) => ({
    command: COMMANDS[key],
    title: COMMAND_TITLES[key],
    category: 'NeuroTerm',
  }));
}

/** The whole `contributes` object of package.json. */
export function contributes(): Schema {
  return {
    commands: commandsContribution(),
    configuration: configurationContribution(),
    jsonValidation: [{ fileMatch: CONFIG_FILES[0], url: './dist/schemas/config.schema.json' }],
    // Read by the YAML extension (redhat.vscode-yaml) when it is installed; ignored otherwise.
    yamlValidation: [{ fileMatch: CONFIG_FILES.slice(1), url: './dist/schemas/config.schema.json' }],
    grammars: [
      {
        scopeName: 'neuroterm.directives.injection',
        path: './syntaxes/neuroterm-directives.tmLanguage.json',
        injectTo: ['text.html.markdown'],
      },
    ],
  };
}

/** The README settings table, generated from the manifest's configuration. */
export function settingsTable(configuration: Schema): string {
  const properties = (configuration.properties ?? {}) as Record<string, Schema>;
  const rows = Object.entries(properties).map(([key, schema]) => {
    const description = String(schema.markdownDescription ?? schema.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const values = Array.isArray(schema.enum) ? ` One of ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}.` : '';
    return `| \`${key}\` | \`${JSON.stringify(schema.default)}\` | ${description}${values} |`;
  });
  return ['| Setting | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

export const README_TABLE_START = '<!-- settings-table:start (generated by npm run sync:manifest) -->';
export const README_TABLE_END = '<!-- settings-table:end -->';

/** The README rules table, generated from the rule registry: id (linked to its page), severity, what it catches. */
export function rulesTable(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.summary.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Default | What it catches |', '| --- | --- | --- |', ...rows].join('\n');
}

export const README_RULES_START = '<!-- rules-table:start (generated by npm run sync:manifest) -->';
export const README_RULES_END = '<!-- rules-table:end -->';
