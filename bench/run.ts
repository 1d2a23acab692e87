/**
 * `npm run bench`: NeuroTerm against its targets and its peers, on generated patient Markdown.
 * Prints Markdown tables and PASS/MISS lines; `--json` prints one JSON object instead.
 * Flags: --quick (no 5 MB, no peers at 1 MB), --no-vsix, --wall (wall clock instead of CPU time).
 * This is a benchmark, not a test: it never fails the build.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import bundled from '../src/generated/terminology.json';
import { decodeFigures, fmt, table, targetLines } from './report';
import type { SectionFigures, SectionName } from './section';
import { CLOCK } from './stats';
import { targets } from './targets';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const print = (text: string) => (json ? undefined : process.stdout.write(`${text}\n`));

/** Runs one section in a fresh process (see bench/section.ts) and returns its figures. */
function section<N extends SectionName>(name: N): SectionFigures<N> {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/section.ts', name, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return decodeFigures(out) as SectionFigures<N>;
}

const peerTable = ({ label, rows }: SectionFigures<'peers-100k'>) =>
  table(`Peers on ${label} (same document, ms, median)`, ['tool', 'ms', 'tool / NeuroTerm'], rows.map((r) => [r.name, r.ms, `${fmt(r.ms / rows[0]!.ms, 2)}x`]));

function main(): void {
  const machine = { cores: cpus().length, load: loadavg()[0]!, clock: CLOCK, node: process.version };
  print(`# NeuroTerm benchmark\n\nclock: ${CLOCK === 'cpu' ? 'process CPU time' : 'wall time'}; ${machine.cores} cores, load average ${fmt(machine.load, 1)}; Node ${machine.node}; ${bundled.entries.length} terminology entries; each section in a fresh process\n`);

  const sizes = section('sizes');
  print(
    table(
      'Scaling (ms, median; memory = peak RSS of a fresh process)',
      ['size', 'findings', 'full check', 'terms only', 'parse only', 'remark-parse', 'full / remark', 'growth', 'peak MB', 'check MB'],
      sizes.map((s, i) => {
        const previous = sizes[i - 1];
        const growth = previous ? `${fmt(s.fullMs / previous.fullMs, 1)}x for ${fmt(s.chars / previous.chars, 1)}x` : '-';
        return [s.label, String(s.findings), s.fullMs, s.termsMs, s.parseMs, s.remarkMs, `${fmt(s.fullMs / s.remarkMs, 2)}x`, growth, s.peakRssMb, s.checkRssMb];
      }),
    ),
  );

  const peers = [section('peers-100k')];
  if (!args.has('--quick')) peers.push(section('peers-1mb'));
  for (const p of peers) print(peerTable(p));

  const editor = section('editor');
  print(
    table('Editor paths on the 1 MB document', ['path', 'p50', 'p95', 'samples', 'note'], [
      ['re-check after a keystroke, edit given as the server does (ms)', editor.keystroke.p50, editor.keystroke.p95, String(editor.keystroke.samples), `max ${fmt(editor.keystroke.max)} ms; first 8 keystrokes after opening (JIT warm-up, not in p50/p95): max ${fmt(editor.keystroke.coldMax)} ms`],
      ['re-check after a keystroke, edit not given (ms)', editor.keystrokeNoHint.p50, editor.keystrokeNoHint.p95, String(editor.keystrokeNoHint.samples), 'lint(text) without the edited range: the texts are compared'],
      ['re-check after pasting a paragraph (ms)', editor.paste.p50, editor.paste.p95, String(editor.paste.samples), ''],
      ['re-check after deleting a section (ms)', editor.deleteSection.p50, editor.deleteSection.p95, String(editor.deleteSection.samples), ''],
      ['hover at a random offset (µs)', editor.hover.p50, editor.hover.p95, String(editor.hover.samples), `${editor.hover.hits} on a term, ${editor.hover.errors} threw; without the Linter's chunks p95 ${fmt(editor.hover.uncachedP95)} µs`],
      ['completion at a word end (µs)', editor.completion.p50, editor.completion.p95, String(editor.completion.samples), `${editor.completion.hits} with items, ${editor.completion.errors} threw; without the Linter's chunks p95 ${fmt(editor.completion.uncachedP95)} µs`],
    ]),
  );

  const lsp = section('lsp');
  print(
    table('Language server on the 1 MB document (neuroterm-ls --stdio, wall-clock round trips, ms)', ['path', 'p50', 'p95', 'samples', 'note'], [
      ['keystroke -> published diagnostics, incremental ranges', lsp.keystroke.p50, lsp.keystroke.p95, String(lsp.keystroke.samples), `max ${fmt(lsp.keystroke.max)} ms; server CPU ${fmt(lsp.serverCpuPerKeystroke)} ms per keystroke (mean); diagnostics sent after ${fmt(lsp.publishedShare * 100, 0)}% of keystrokes (the rest changed none)`],
      ['client (extension host) CPU per keystroke', lsp.clientCpuPerKeystroke, lsp.clientCpuPerKeystroke, String(lsp.keystroke.samples), `mean; the in-process re-check the extension host ran before (no edited range): p50 ${fmt(editor.keystrokeNoHint.p50)} ms, p95 ${fmt(editor.keystrokeNoHint.p95)} ms (editor table)`],
      ['keystroke -> published diagnostics, full-text changes', lsp.keystrokeFullText.p50, lsp.keystrokeFullText.p95, String(lsp.keystrokeFullText.samples), 'the same server sent the whole text'],
      ['hover', lsp.hover.p50, lsp.hover.p95, String(lsp.hover.samples), `${lsp.hover.hits} on a term`],
      ['completion', lsp.completion.p50, lsp.completion.p95, String(lsp.completion.samples), `${lsp.completion.hits} with items`],
      ['open -> first diagnostics', lsp.openMs, lsp.openMs, '1', ''],
      ['server memory (MB, RSS now / peak)', lsp.rssMb, lsp.peakRssMb, '1', ''],
    ]),
  );

  const artifacts = section('artifacts');
  const act = artifacts.activation;
  print(
    table('Shipped artefacts', ['artefact', 'value'], [
      ...artifacts.bundles.map((b) => [b.file, `${fmt(b.kb)} KB`]),
      ['.vsix', artifacts.vsixKb === undefined ? `n/a: ${artifacts.vsixNote}` : `${fmt(artifacts.vsixKb)} KB`],
      ['activation: load bundle (wall / CPU ms)', act ? `${fmt(act.loadMs)} / ${fmt(act.loadCpuMs)}` : 'n/a (no dist/extension.js)'],
      ['activation: activate() (wall / CPU ms)', act ? `${fmt(act.activateMs)} / ${fmt(act.activateCpuMs)}${act.error ? ` (error: ${act.error})` : ''}` : 'n/a'],
    ]),
  );

  const bad = section('bad-inputs');
  print(table('Bad input (default maxFileSize, ms)', ['input', 'chars', 'ms', 'outcome'], bad.map((r) => [r.name, String(r.chars), r.ms, r.outcome])));
  const verdicts = targets({ sizes, peers, editor, artifacts, lsp });
  print(targetLines(verdicts));
  if (json) process.stdout.write(`${JSON.stringify({ machine, sizes, peers, editor, lsp, artifacts, badInputs: bad, targets: verdicts }, null, 2)}\n`);
}

main();
