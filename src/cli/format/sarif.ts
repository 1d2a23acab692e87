import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, sep } from 'node:path';
import { RULES, ruleUrl, type Finding, type Rule, type Severity } from '../../core/index';
import type { FileResult } from '../lint-files';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const INFORMATION_URI = 'https://github.com/neuroterm/neuroterm';

/**
 * SARIF 2.1.0 for code-scanning upload: every registered rule with its help URI and default
 * level, one result per finding with a region in UTF-16 columns (`columnKind`) and the fixes.
 * Paths are relative to `cwd` under the `%SRCROOT%` base, so uploads line up with the repository.
 */
export function formatSarif(results: readonly FileResult[], cwd: string, version: string): string {
  const rules = [...RULES];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => r.findings.map((f) => result(f, uriOf(r.path, cwd), index.get(f.ruleId))));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'NeuroTerm', informationUri: INFORMATION_URI, semanticVersion: version, version, rules: rules.map(descriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function descriptor(rule: Rule) {
  return {
    id: rule.id,
    name: camel(rule.id),
    shortDescription: { text: rule.summary },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { category: rule.category, tags: [rule.category] },
  };
}

function result(f: Finding, uri: string, ruleIndex: number | undefined) {
  const artifactLocation = { uri, uriBaseId: '%SRCROOT%' };
  return {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
            charOffset: f.offset,
            charLength: f.endOffset - f.offset,
          },
        },
      },
    ],
    ...(f.fixes.length === 0
      ? {}
      : {
          fixes: f.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [
              {
                artifactLocation,
                replacements: [{ deletedRegion: { charOffset: fix.offset, charLength: fix.endOffset - fix.offset }, insertedContent: { text: fix.newText } }],
              },
            ],
          })),
        }),
    properties: { category: f.category, ...(f.termId ? { termId: f.termId } : {}) },
  };
}

/** A repository-relative URI reference with forward slashes; standard input is reported as "stdin". */
function uriOf(path: string, cwd: string): string {
  if (path === '-') return 'stdin';
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  return rel.split(sep).map(encodeURIComponent).join('/').replace(/^\.\//, '');
}

function camel(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}
