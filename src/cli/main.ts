import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Linter, type Finding } from '../core/index';
import { bundledIndex } from './bundled-terms';

const LINTABLE = new Set(['.md', '.markdown', '.txt']);

function collect(path: string, out: string[]): void {
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      collect(join(path, name), out);
    }
  } else if (LINTABLE.has(extname(path).toLowerCase())) {
    out.push(path);
  }
}

function stylish(path: string, findings: Finding[]): string {
  if (findings.length === 0) return '';
  const rows = findings.map(
    (f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`,
  );
  return `${path}\n${rows.join('\n')}\n`;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'check') {
    process.stderr.write('usage: neuroterm check [paths...] [--format stylish|json]\n');
    return 2;
  }
  const formatIndex = rest.indexOf('--format');
  const format = formatIndex >= 0 ? rest[formatIndex + 1] : 'stylish';
  const paths = rest.filter((a, i) => !a.startsWith('--') && (formatIndex < 0 || i !== formatIndex + 1));
  const files: string[] = [];
  for (const p of paths) collect(p, files);
  const linter = new Linter(bundledIndex());
  const results = files.map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path, findings: linter.lint(text, { format: extname(path) === '.txt' ? 'text' : 'markdown' }) };
  });
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ version: 1, files: results }) + '\n');
  } else {
    for (const r of results) process.stdout.write(stylish(r.path, r.findings));
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    process.stdout.write(`\n${total} problem${total === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  }
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
