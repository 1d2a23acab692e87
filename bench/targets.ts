/** The targets of issue 6, judged against the measured figures. */
import type { ArtifactFigures } from './artifacts';
import type { EditorFigures } from './editor';
import type { LspFigures } from './lsp';
import { fmt, type Target } from './report';
import type { SizeFigures } from './scale';

interface Figures {
  sizes: SizeFigures[];
  peers: Array<{ label: string; rows: Array<{ name: string; ms: number }> }>;
  editor: EditorFigures;
  artifacts: ArtifactFigures;
  lsp: LspFigures;
}

/** Five times the size may cost at most this many times the time or memory and still count as linear. */
const LINEAR_SLACK = 1.25;

const judge = (value: number, ok: boolean): boolean | undefined => (Number.isFinite(value) ? ok : undefined);

export function targets({ sizes, peers, editor, artifacts, lsp }: Figures): Target[] {
  const mb1 = sizes.find((s) => s.label === '1 MB');
  const mb5 = sizes.find((s) => s.label === '5 MB');
  const peers1 = peers.find((p) => p.label === '1 MB')?.rows;
  const retext = peers1?.find((r) => r.name.startsWith('unified+retext'))?.ms ?? Number.NaN;
  const full1 = mb1?.fullMs ?? Number.NaN;
  const ratio = mb1 ? mb1.fullMs / mb1.remarkMs : Number.NaN;
  const speedup = retext / full1;
  const timeGrowth = mb1 && mb5 ? mb5.fullMs / mb1.fullMs / (mb5.chars / mb1.chars) : Number.NaN;
  const memoryGrowth = mb1 && mb5 ? mb5.checkRssMb / mb1.checkRssMb / (mb5.chars / mb1.chars) : Number.NaN;
  const act = artifacts.activation;
  const activation = act ? act.loadCpuMs + act.activateCpuMs : Number.NaN;
  const vsix = artifacts.vsixKb ?? Number.NaN;
  return [
    { name: 'full check of 1 MB vs remark-parse alone', measured: `${fmt(ratio, 2)}x (${fmt(full1)} ms)`, limit: '<= 1.5x', pass: judge(ratio, ratio <= 1.5) },
    { name: 'full check of 1 MB vs the retext pipeline', measured: `${fmt(speedup, 1)}x faster`, limit: '>= 5x faster', pass: judge(speedup, speedup >= 5) },
    { name: 're-check after a keystroke, 1 MB, p95', measured: `${fmt(editor.keystroke.p95)} ms`, limit: '<= 16 ms', pass: editor.keystroke.p95 <= 16 },
    { name: 'hover p95', measured: `${fmt(editor.hover.p95 / 1000, 3)} ms, ${editor.hover.errors} threw`, limit: '<= 1 ms, none throws', pass: editor.hover.p95 <= 1000 && editor.hover.errors === 0 },
    {
      name: 'completion p95',
      measured: `${fmt(editor.completion.p95 / 1000, 3)} ms, ${editor.completion.errors} threw`,
      limit: '<= 5 ms, none throws',
      pass: editor.completion.p95 <= 5000 && editor.completion.errors === 0,
    },
    { name: 'peak memory of a 1 MB check (whole process)', measured: `${fmt(mb1?.peakRssMb ?? Number.NaN)} MB`, limit: '< 200 MB', pass: judge(mb1?.peakRssMb ?? Number.NaN, (mb1?.peakRssMb ?? 0) < 200) },
    { name: '5 MB vs 1 MB, time per character', measured: `${fmt(timeGrowth, 2)}x`, limit: `<= ${LINEAR_SLACK}x (linear)`, pass: judge(timeGrowth, timeGrowth <= LINEAR_SLACK) },
    { name: '5 MB vs 1 MB, check memory per character', measured: `${fmt(memoryGrowth, 2)}x`, limit: `<= ${LINEAR_SLACK}x (linear)`, pass: judge(memoryGrowth, memoryGrowth <= LINEAR_SLACK) },
    { name: 'activation (load bundle + activate, CPU)', measured: `${fmt(activation)} ms`, limit: '< 100 ms', pass: judge(activation, activation < 100) },
    { name: 'language server: keystroke -> published diagnostics, 1 MB, p95', measured: `${fmt(lsp.keystroke.p95)} ms`, limit: '<= 16 ms', pass: lsp.keystroke.p95 <= 16 },
    { name: 'language server: hover round trip p95', measured: `${fmt(lsp.hover.p95, 2)} ms`, limit: '<= 2 ms', pass: lsp.hover.p95 <= 2 },
    { name: 'language server: completion round trip p95', measured: `${fmt(lsp.completion.p95, 2)} ms`, limit: '<= 8 ms', pass: lsp.completion.p95 <= 8 },
    { name: 'language server: memory with 1 MB open (peak RSS)', measured: `${fmt(lsp.peakRssMb)} MB`, limit: '< 200 MB', pass: lsp.peakRssMb < 200 },
    { name: '.vsix size', measured: Number.isFinite(vsix) ? `${fmt(vsix)} KB` : `n/a (${artifacts.vsixNote})`, limit: '< 2048 KB', pass: judge(vsix, vsix < 2048) },
  ];
}
