/** `node --import tsx bench/lsp-quick.ts`: only the language-server section of the bench (for profiling). */
import { measureLsp } from './lsp';
import { fmt } from './report';

void measureLsp().then((l) => {
  process.stdout.write(`keystroke p50 ${fmt(l.keystroke.p50)} p95 ${fmt(l.keystroke.p95)} max ${fmt(l.keystroke.max)}; server CPU ${fmt(l.serverCpuPerKeystroke)}; published ${fmt(l.publishedShare * 100, 0)}%; client CPU ${fmt(l.clientCpuPerKeystroke)}; full-text p95 ${fmt(l.keystrokeFullText.p95)}; hover p95 ${fmt(l.hover.p95)}; completion p95 ${fmt(l.completion.p95)}; open ${fmt(l.openMs)}; rss ${fmt(l.rssMb)} peak ${fmt(l.peakRssMb)}\n`);
});
