/**
 * One section of `npm run bench` in a process of its own: `node --import tsx bench/section.ts <name> [flags]` prints
 * the section's figures as JSON. A section run after others in the same process inherits their heap, JIT state and
 * garbage; the language server's keystroke p95 read 18-22 ms there and 14-16 ms alone, so every section runs alone.
 */
import bundled from '../src/generated/terminology.json';
import type { PackedTerminology, TermIndex } from '../src/core/index';
import { BAD_INPUTS } from '../test/unit/bad-input-cases';
import { measureArtifacts } from './artifacts';
import { core } from './core';
import { SIZES, generateCorpus } from './corpus';
import { measureEditor } from './editor';
import { measureLsp } from './lsp';
import { PEERS } from './peers';
import { encodeFigures } from './report';
import { measureSize } from './scale';
import { medianTimeAsync, now } from './stats';

export interface PeerFigures {
  label: string;
  rows: Array<{ name: string; ms: number }>;
}

export interface BadInputFigures {
  name: string;
  chars: number;
  ms: number;
  outcome: string;
}

async function measurePeers(label: string, bytes: number, terms: TermIndex): Promise<PeerFigures> {
  const text = generateCorpus(bytes);
  const neuroterm = await medianTimeAsync(async () => new core.Linter(terms).lint(text), 5);
  const rows = [{ name: 'NeuroTerm full check (all rules)', ms: neuroterm }];
  for (const peer of PEERS) {
    try {
      rows.push({ name: peer.name, ms: await medianTimeAsync(async () => peer.check(text), 3, 1, 30_000) });
    } catch (error) {
      rows.push({ name: `${peer.name} (failed: ${String(error).slice(0, 60)})`, ms: Number.NaN });
    }
  }
  return { label, rows };
}

function measureBadInputs(terms: TermIndex): BadInputFigures[] {
  return BAD_INPUTS.map((input) => {
    const text = input.make();
    const start = now();
    const size = core.checkSize(text);
    const outcome = size.ok ? `${new core.Linter(terms).lint(text).length} findings` : size.message;
    return { name: input.name, chars: text.length, ms: now() - start, outcome };
  });
}

const flags = new Set(process.argv.slice(3));
const terms = () => new core.TermIndex(core.unpackTerminology(bundled as PackedTerminology));

const SECTIONS = {
  sizes: () => SIZES.filter((s) => !flags.has('--quick') || s.bytes < 5_000_000).map((s) => measureSize(s.label, s.bytes, terms())),
  'peers-100k': () => measurePeers('100 KB', 100_000, terms()),
  'peers-1mb': () => measurePeers('1 MB', 1_000_000, terms()),
  editor: () => measureEditor(generateCorpus(1_000_000), terms()),
  lsp: () => measureLsp(),
  artifacts: () => measureArtifacts(!flags.has('--no-vsix')),
  'bad-inputs': () => measureBadInputs(terms()),
};

export type SectionName = keyof typeof SECTIONS;
export type SectionFigures<N extends SectionName> = Awaited<ReturnType<(typeof SECTIONS)[N]>>;

const name = process.argv[2] as SectionName;
if (!(name in SECTIONS)) throw new Error(`unknown bench section "${name}" (known: ${Object.keys(SECTIONS).join(', ')})`);
void Promise.resolve(SECTIONS[name]()).then((figures) => process.stdout.write(encodeFigures(figures)));
