/**
 * The language server as an editor drives it: the bundled `neuroterm-ls --stdio` in its own
 * process, real LSP messages over pipes, wall-clock round trips. Keystroke = `didChange` sent until
 * the `publishDiagnostics` for that version arrives (or, when the keystroke changed no diagnostic
 * and the server sent none, its `neuroterm/status` for that version). Run once with incremental ranges (what the
 * server asks for) and once with full-text changes (what a whole-document server gets), so the
 * gain of incremental sync is measured on the same build.
 */
import { readFileSync } from 'node:fs';
import { openDocument, startServer, type LspClient } from '../test/unit/lsp-client';
import { generateCorpus, prng } from './corpus';
import { typingSpot } from './editor';
import { percentile } from './stats';

export interface LspFigures {
  /** Milliseconds from `didChange` to the published diagnostics, incremental ranges. */
  keystroke: { p50: number; p95: number; max: number; samples: number };
  /** Share of incremental keystrokes after which the server sent diagnostics (the others changed none). */
  publishedShare: number;
  /** Server process CPU time per incremental keystroke (ms, mean; from /proc, 10 ms ticks over all keystrokes). */
  serverCpuPerKeystroke: number;
  /**
   * CPU time of this process (the client, as the VS Code extension host is now) per incremental
   * keystroke, ms (mean): sending `didChange` and reading the published diagnostics, no analysis.
   */
  clientCpuPerKeystroke: number;
  /** The same keystrokes sent as full-text changes. */
  keystrokeFullText: { p50: number; p95: number; samples: number };
  /** Milliseconds, request to response. */
  hover: { p50: number; p95: number; samples: number; hits: number };
  completion: { p50: number; p95: number; samples: number; hits: number };
  /** Milliseconds from `didOpen` of the 1 MB document to its diagnostics. */
  openMs: number;
  /** Resident memory of the server process with the 1 MB document open (MB): now and peak. */
  rssMb: number;
  peakRssMb: number;
}

const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), samples: values.length });

/** User + system CPU time of the server process so far, in ms (Linux /proc, 100 ticks a second). */
function cpuMs(client: LspClient): number {
  const fields = readFileSync(`/proc/${client.process!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function memory(client: LspClient): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${client.process!.pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Types ' new' at 25 places; each keystroke waits for its diagnostics. Returns the round trips. */
async function typeAt(client: LspClient, uri: string, state: { text: string; version: number }, fullText: boolean, places: number, seed: number, clientCpu = { micros: 0 }): Promise<number[]> {
  const rand = prng(seed);
  const times: number[] = [];
  for (let place = 0; place < places; place++) {
    let at = typingSpot(state.text, Math.floor(state.text.length * (0.25 + rand() * 0.5)));
    for (const ch of ' new') {
      const lineStart = state.text.lastIndexOf('\n', at - 1) + 1;
      const line = state.text.slice(0, at).split('\n').length - 1;
      const position = { line, character: at - lineStart };
      state.text = state.text.slice(0, at) + ch + state.text.slice(at);
      at++;
      const version = ++state.version;
      const change = fullText ? { text: state.text } : { range: { start: position, end: position }, text: ch };
      const start = performance.now();
      const cpu = process.cpuUsage();
      const published = client.diagnostics(uri, version);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await published;
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      clientCpu.micros += used.user + used.system;
    }
  }
  return times;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export async function measureLsp(): Promise<LspFigures> {
  const client = await startServer({ bundle: true, initializationOptions: { status: true } });
  try {
    const uri = 'file:///bench/one-megabyte.md';
    const state = { text: generateCorpus(1_000_000), version: 1 };
    const openStart = performance.now();
    await openDocument(client, uri, state.text);
    const openMs = performance.now() - openStart;

    await typeAt(client, uri, state, false, 2, 1); // warm-up, not counted
    const cpuBefore = cpuMs(client);
    const clientCpu = { micros: 0 };
    const publishesBefore = client.publishCount();
    const incremental = await typeAt(client, uri, state, false, 25, 2, clientCpu);
    const serverCpuPerKeystroke = (cpuMs(client) - cpuBefore) / incremental.length;
    const publishedShare = (client.publishCount() - publishesBefore) / incremental.length;
    const clientCpuPerKeystroke = clientCpu.micros / 1000 / incremental.length;
    // Memory as an editor with incremental sync leaves it; full-text changes below allocate 1 MB strings per keystroke.
    const mem = memory(client);
    const fullText = await typeAt(client, uri, state, true, 5, 3);

    const rand = prng(11);
    // Warm-up, not counted (as for keystrokes): the first requests compile the code paths they run.
    for (let i = 0; i < 20; i++) {
      const position = positionOf(state.text, Math.floor(rand() * state.text.length));
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
    }
    const hovers: number[] = [];
    let hoverHits = 0;
    for (let i = 0; i < 200; i++) {
      const position = positionOf(state.text, Math.floor(rand() * state.text.length));
      const start = performance.now();
      const result = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      hovers.push(performance.now() - start);
      if (result) hoverHits++;
    }
    const completions: number[] = [];
    let completionHits = 0;
    for (let i = 0; i < 200; i++) {
      let offset = typingSpot(state.text, Math.floor(rand() * state.text.length));
      if (i % 2 === 0) offset -= 2;
      const start = performance.now();
      const result = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionOf(state.text, offset) })) as { items: unknown[] } | null;
      completions.push(performance.now() - start);
      if (result && result.items.length > 0) completionHits++;
    }
    return {
      keystroke: { ...summary(incremental), max: Math.max(...incremental) },
      serverCpuPerKeystroke,
      publishedShare,
      clientCpuPerKeystroke,
      keystrokeFullText: summary(fullText),
      hover: { ...summary(hovers), hits: hoverHits },
      completion: { ...summary(completions), hits: completionHits },
      openMs,
      rssMb: mem.rss,
      peakRssMb: mem.peak,
    };
  } finally {
    await client.stop();
  }
}
