import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { DEFAULT_MAX_FILE_SIZE, RULE_KEYS, SEVERITIES, type Audience, type LintSettings, type SeveritySetting } from '../../core/index';
import { oneOf, parseCommandArgs } from '../args';
import { ConfigResolver, terminologyPaths } from '../config-loader';
import { collectFiles } from '../files';
import { formatHtml } from '../format/html';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { countSeverities, formatStylish } from '../format/stylish';
import { EXIT, UsageError, type CliIo } from '../io';
import { lintFiles, type LintContext, type LintJob } from '../lint-files';
import { termIndexFor } from '../terminology-files';

export const USAGE = `neuroterm check [paths | globs | -]... [options]
  --format stylish|json|sarif|html
                                output format (default stylish); html is a review page
  --config FILE                 use this config instead of looking for .neuroterm.json
  --rule ID=SEVERITY            set a rule or category to off|hint|info|warning|error (repeatable)
  --audience patient|professional
  --max-warnings N              exit 1 when there are more than N warnings
  --max-file-size BYTES         skip larger files with a message (default ${DEFAULT_MAX_FILE_SIZE}; 0 = no limit)
  --allow-skipped               exit 0 even when a file or block was skipped (too large, binary, or markup
                                too complex to read)`;

interface CheckOptions {
  format?: string;
  config?: string;
  rule?: string[];
  audience?: string;
  'max-warnings'?: string;
  'max-file-size'?: string;
  'allow-skipped'?: boolean;
}

/** Progress appears only on a terminal and only for runs long enough to need it. */
const PROGRESS_MIN_FILES = 20;

/** `neuroterm check`: exit 0 when clean, 1 on an error finding or too many warnings, 2 on usage, config or I/O errors. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs<CheckOptions>('check', args, {
    format: { type: 'string' },
    config: { type: 'string' },
    rule: { type: 'string', multiple: true },
    audience: { type: 'string' },
    'max-warnings': { type: 'string' },
    'max-file-size': { type: 'string' },
    'allow-skipped': { type: 'boolean' },
  });
  const format = oneOf('format', values.format, ['stylish', 'json', 'sarif', 'html'] as const, 'stylish');
  const overrides = cliOverrides(values);
  const maxWarnings = parseCount('--max-warnings', values['max-warnings']);
  const maxFileSize = parseCount('--max-file-size', values['max-file-size']) ?? DEFAULT_MAX_FILE_SIZE;
  const configs = new ConfigResolver((line) => io.err(`${line}\n`), values.config ? resolve(io.cwd, values.config) : undefined);

  const files = collectFiles(positionals.length > 0 ? positionals : ['.'], io.cwd, configs);
  const contexts: LintContext[] = [];
  const contextOf = new Map<string, number>();
  const jobs: LintJob[] = files.map((file) => {
    const loaded = file.absolute === '-' ? configs.forFile(resolve(io.cwd, 'stdin.md')) : configs.forFile(file.absolute);
    const key = loaded?.file ?? '';
    let context = contextOf.get(key);
    if (context === undefined) {
      context = contexts.length;
      contextOf.set(key, context);
      const settings = loaded?.config.settings ?? {};
      contexts.push({
        settings: { ...settings, ...overrides, rules: { ...settings.rules, ...overrides.rules } },
        terminology: terminologyPaths(loaded),
        maxFileSize,
      });
    }
    return file.absolute === '-' ? { ...file, context, text: io.readStdin() } : { ...file, context };
  });

  // Load each distinct user terminology once here, so its problems are reported once (workers stay quiet).
  let terminologyProblems = 0;
  for (const context of contexts) termIndexFor(context.terminology, (line) => (terminologyProblems++, io.err(`${line}\n`)));

  const showProgress = io.isTTY && format === 'stylish' && jobs.length >= PROGRESS_MIN_FILES;
  const results = await lintFiles(jobs, contexts, showProgress ? (done) => io.err(`\rChecked ${done}/${jobs.length} files`) : undefined);
  if (showProgress) io.err('\r\u001b[K');

  const ioErrors = results.filter((r) => r.error);
  for (const r of ioErrors) io.err(`neuroterm: ${r.error}\n`);
  for (const r of results) if (r.skipped) io.err(`neuroterm: ${r.path}: ${r.skipped}\n`);
  if (format === 'json') io.out(formatJson(results));
  else if (format === 'html') io.out(await formatHtml(results, jobs, contexts, termIndexFor(contexts[0]?.terminology ?? []), version));
  else if (format === 'sarif') io.out(formatSarif(results, io.cwd, version));
  else io.out(formatStylish(results, io.isTTY));

  if (ioErrors.length > 0 || configs.problems > 0 || terminologyProblems > 0) return EXIT.usage;
  // A skipped file or block was not checked: CI must not pass as if it had been, unless asked to.
  const skipped = results.filter((r) => r.skipped).length;
  const partly = results.filter((r) => r.findings.some((f) => f.ruleId === 'not-checked')).length;
  if (skipped + partly > 0 && !values['allow-skipped']) {
    const files = (n: number): string => `${n} file${n === 1 ? ' was' : 's were'}`;
    const what = [skipped > 0 ? `${files(skipped)} not checked` : '', partly > 0 ? `${files(partly)} checked only in part` : ''];
    io.err(`neuroterm: ${what.filter(Boolean).join(' and ')}; pass --allow-skipped to accept that\n`);
    return EXIT.usage;
  }
  const counts = countSeverities(results);
  if (counts.error > 0) return EXIT.findings;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    io.err(`neuroterm: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

function cliOverrides(values: CheckOptions): Partial<LintSettings> & { rules: Record<string, SeveritySetting> } {
  const rules: Record<string, SeveritySetting> = {};
  for (const spec of values.rule ?? []) {
    const [id, severity] = spec.split('=');
    if (!id || !RULE_KEYS.includes(id)) throw new UsageError(`--rule ${spec}: unknown rule id or category "${id ?? ''}"`);
    if (severity === undefined) throw new UsageError(`--rule ${spec}: expected ID=off|hint|info|warning|error`);
    rules[id] = oneOf('rule', severity, ['off', ...SEVERITIES] as const, 'error');
  }
  const overrides: Partial<LintSettings> & { rules: Record<string, SeveritySetting> } = { rules };
  if (values.audience !== undefined) {
    overrides.audience = oneOf<Audience>('audience', values.audience, ['patient', 'professional'], 'patient');
  }
  return overrides;
}

function parseCount(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} must be a whole number (got "${value}")`);
  return Number(value);
}
