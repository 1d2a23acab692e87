/**
 * The extension's public ids: command ids, setting keys and their defaults. No `vscode` import, so a
 * plain unit test can check `package.json` against this file. Ids are public API: renaming one is a
 * breaking change with a CHANGELOG entry.
 */

import { DEFAULT_LANGUAGES } from '../core/check-document';
import { CONFIG_FILE_NAMES } from '../core/config-names';
import { DEFAULT_MAX_FILE_SIZE } from '../core/size-limit';

export const EXTENSION_ID = 'neuroterm.neuroterm';
export const DIAGNOSTIC_SOURCE = 'neuroterm';
export const OUTPUT_CHANNEL = 'NeuroTerm';
/** Scheme of the read-only documents that show a terminology entry. */
export const ENTRY_SCHEME = 'neuroterm-entry';
/** Code action kind of "Fix all NeuroTerm problems" (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.neuroterm';
/** The workspace configuration files that override user settings, as for the CLI; first match wins. */
export const CONFIG_FILES = CONFIG_FILE_NAMES;

export const COMMANDS = {
  checkMedicalClaims: 'neuroterm.checkMedicalClaims',
  checkWorkspace: 'neuroterm.checkWorkspace',
  insertGlossary: 'neuroterm.insertGlossary',
  lookUpTerm: 'neuroterm.lookUpTerm',
  openTerminologyEntry: 'neuroterm.openTerminologyEntry',
  exportReviewPage: 'neuroterm.exportReviewPage',
} as const;

/** Titles shown in the command palette, under the "NeuroTerm" category. */
export const COMMAND_TITLES: Record<keyof typeof COMMANDS, string> = {
  checkMedicalClaims: 'Check Medical Claims',
  checkWorkspace: 'Check Medical Claims in Workspace',
  insertGlossary: 'Insert Glossary',
  lookUpTerm: 'Look Up Term',
  openTerminologyEntry: 'Open Terminology Entry',
  exportReviewPage: 'Export Review Page',
};

export type RunMode = 'onType' | 'onSave';

/** Every setting under `neuroterm.` with its default; package.json must declare exactly these. */
export const SETTING_DEFAULTS = {
  enable: true as boolean,
  run: 'onType' as RunMode,
  audience: 'patient' as 'patient' | 'professional',
  eponymStyle: 'consistent' as 'consistent' | 'nonpossessive' | 'possessive',
  readabilityTarget: 8 as number,
  languages: [...DEFAULT_LANGUAGES] as string[],
  rules: {} as Record<string, string>,
  knownAbbreviations: [] as string[],
  terminologyFiles: [] as string[],
  maxFileSize: DEFAULT_MAX_FILE_SIZE as number,
};

export type ExtensionSettings = typeof SETTING_DEFAULTS;
export type SettingName = keyof ExtensionSettings;
export const SETTING_NAMES = Object.keys(SETTING_DEFAULTS) as SettingName[];

/** The full configuration key of a setting ("neuroterm.maxFileSize"). */
export function settingKey(name: SettingName): string {
  return `neuroterm.${name}`;
}
