import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { CONFIG_FIELDS, RULE_KEYS, type FieldSpec } from './config-fields';
import { SEVERITIES, type LintSettings, type SeveritySetting } from './types';

/**
 * Reads `.neuroterm.json` / `.neuroterm.yaml` text. Pure: the caller finds and reads the file.
 * JSON is parsed as YAML (a superset), so both formats share one parser and report lines.
 */

// Its own module, so the VS Code extension can name the files without bundling the config parser.
export { CONFIG_FILE_NAMES } from './config-names';

/** A project configuration after validation; every field is optional. */
export interface NeuroTermConfig {
  /** Settings that reach the engine (rules, audience, eponymStyle, readabilityTarget, knownAbbreviations). */
  settings: Partial<LintSettings>;
  /** Extra terminology files, as written (relative to the config file). */
  terminology: string[];
  /** Gitignore-style patterns of files never checked, relative to the config file. */
  ignore: string[];
}

/** One thing wrong in a config file; `line` and `column` are 1-based. */
export interface ConfigProblem {
  file: string;
  /** The key path ("rules.spelling", "audience"), or "(syntax)" for a parse error. */
  key: string;
  line: number;
  column: number;
  message: string;
}

export interface ConfigResult {
  config: NeuroTermConfig;
  problems: ConfigProblem[];
}

/** Also accepted at the top level so editors can bind the schema from the file itself. */
const SCHEMA_KEY = '$schema';

/**
 * Parses and validates a config file. Never throws: a bad key or value becomes a problem naming
 * `file` and the key with its line, and every other key still applies.
 */
export function parseConfig(text: string, file: string): ConfigResult {
  const config: NeuroTermConfig = { settings: {}, terminology: [], ignore: [] };
  const problems: ConfigProblem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problem = (key: string, offset: number, message: string): void => {
    const pos = lines.linePos(offset);
    problems.push({ file, key, line: pos.line, column: pos.col, message });
  };
  for (const e of doc.errors) problem('(syntax)', e.pos[0], firstLine(e.message));

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems };
  if (!isMap(root)) {
    problem('(root)', root.range?.[0] ?? 0, 'expected an object of settings');
    return { config, problems };
  }
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const at = keyNode?.range?.[0] ?? 0;
    if (key === SCHEMA_KEY) continue;
    const spec = CONFIG_FIELDS[key as keyof typeof CONFIG_FIELDS];
    if (!spec) {
      problem(key, at, `unknown key; expected one of ${Object.keys(CONFIG_FIELDS).join(', ')}`);
      continue;
    }
    const value = pair.value as Node | null;
    const error = (message: string, node: Node | null = value, path = key) => problem(path, node?.range?.[0] ?? at, message);
    applyField(key, spec, value, config, error);
  }
  return { config, problems };
}

/** "file:line:column: key: message", the one-line form the CLI and the extension print. */
export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.key}: ${p.message}`;
}

type ErrorAt = (message: string, node?: Node | null, path?: string) => void;

function applyField(key: string, spec: FieldSpec, node: Node | null, config: NeuroTermConfig, error: ErrorAt): void {
  const settings = config.settings as Record<string, unknown>;
  switch (spec.type) {
    case 'enum': {
      const value = isScalar(node) ? node.value : undefined;
      if (typeof value === 'string' && spec.values.includes(value)) settings[key] = value;
      else error(`expected one of ${spec.values.join(', ')}`);
      return;
    }
    case 'number': {
      const value = isScalar(node) ? node.value : undefined;
      if (typeof value === 'number' && value >= spec.min && value <= spec.max) settings[key] = value;
      else error(`expected a number from ${spec.min} to ${spec.max}`);
      return;
    }
    case 'strings': {
      const list = stringList(node, key, error);
      if (!list) return;
      if (key === 'terminology' || key === 'ignore') config[key] = list;
      else settings[key] = list;
      return;
    }
    case 'severities':
      settings[key] = severityMap(node, key, error);
      return;
  }
}

function stringList(node: Node | null, key: string, error: ErrorAt): string[] | undefined {
  if (!isSeq(node)) {
    error('expected a list of strings');
    return undefined;
  }
  const out: string[] = [];
  node.items.forEach((item, i) => {
    const value = isScalar(item) ? item.value : undefined;
    if (typeof value === 'string' && value.trim() !== '') out.push(value);
    else error('expected a non-empty string', item as Node, `${key}[${i}]`);
  });
  return out;
}

function severityMap(node: Node | null, key: string, error: ErrorAt): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (!isMap(node)) {
    error('expected an object of rule id or category to off, hint, info, warning or error');
    return out;
  }
  const allowed: readonly string[] = ['off', ...SEVERITIES];
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const id = isScalar(keyNode) ? String(keyNode.value) : '';
    const path = `${key}.${id}`;
    if (!RULE_KEYS.includes(id)) {
      error('unknown rule id or category; `neuroterm explain` lists them', keyNode, path);
      continue;
    }
    const valueNode = pair.value as Node | null;
    const value = isScalar(valueNode) ? valueNode.value : undefined;
    if (typeof value === 'string' && allowed.includes(value)) out[id] = value as SeveritySetting;
    else error(`expected one of ${allowed.join(', ')}`, valueNode ?? keyNode, path);
  }
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
}
