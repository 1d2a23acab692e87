/**
 * Editor paths on one long document: re-check after typing, pasting and deleting (one `Linter`
 * per document, as the extension keeps it), hover and completion at random offsets.
 */
import type { TermIndex } from '../src/core/index';
import { core } from './core';
import { generateParagraph, prng } from './corpus';
import { percentile, time } from './stats';
import { PieceText } from '../src/server/piece-text';

export interface EditorFigures {
  /** `coldMax`: the slowest of the first 8 keystrokes after opening (JIT warm-up), kept out of p50/p95. */
  keystroke: { p50: number; p95: number; max: number; samples: number; coldMax: number };
  /** The same keystrokes without the edited range: the engine finds the edit by comparing texts. */
  keystrokeNoHint: { p50: number; p95: number; samples: number };
  paste: { p50: number; p95: number; samples: number };
  deleteSection: { p50: number; p95: number; samples: number };
  /**
   * Microseconds, answered from the document's `Linter` as the extension does; `uncachedP95` is the
   * same call without one. `errors` counts calls that threw (a bug: both promise never to throw).
   */
  hover: { p50: number; p95: number; samples: number; hits: number; errors: number; uncachedP95: number };
  /** Microseconds, as for hover. */
  completion: { p50: number; p95: number; samples: number; hits: number; errors: number; uncachedP95: number };
}

/** An offset just after a word inside a prose line near `around`, where a writer would type. */
export function typingSpot(text: string, around: number): number {
  let at = around;
  for (;;) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const space = line.indexOf(' ', at - lineStart);
    if (/^[A-Z*]/.test(line) && space > 0) return lineStart + space;
    at = (lineEnd === -1 ? 0 : lineEnd + 1) % text.length;
  }
}

/** Runs `fn`, counting a throw instead of stopping the benchmark; returns whether it found something. */
function guarded(fn: () => unknown, errors: { count: number }): boolean {
  try {
    return fn() !== undefined;
  } catch {
    errors.count++;
    return false;
  }
}

function summary(samples: number[], scale = 1) {
  return { p50: percentile(samples, 50) * scale, p95: percentile(samples, 95) * scale, samples: samples.length };
}

/** Runs every editor path on `doc`; deterministic for a given document. */
export function measureEditor(doc: string, terms: TermIndex): EditorFigures {
  const rand = prng(7);
  const linter = new core.Linter(terms);
  linter.lint(doc);

  // Warm-up: the first keystrokes after opening run JIT-cold code paths (the full check above does
  // not use them); they are timed apart and reported as `coldMax`, not mixed into the percentiles.
  let text = doc;
  const cold: number[] = [];
  for (let i = 0; i < 8; i++) {
    const at = typingSpot(text, Math.floor(text.length * (0.1 + i * 0.1)));
    text = text.slice(0, at) + 'x' + text.slice(at);
    const edited = text;
    cold.push(time(() => linter.lint(edited)));
  }

  // Typing: 25 places, 4 characters each, every keystroke re-checked as the language server does:
  // the text kept in pieces (`PieceText`, so a keystroke never flattens 1 MB inside the timing, as a
  // string built by concatenation would be on its first slice), with the edited range it takes from
  // the editor's change event, findings kept per chunk and the editor's selection of them. Then 5
  // places without the range, as a caller that only has the new text as a string and wants placed
  // findings (the engine compares the texts to find the edit).
  const typeAt = (places: number, hint: boolean) => {
    const samples: number[] = [];
    let pieces = hint ? PieceText.of(text) : undefined;
    for (let place = 0; place < places; place++) {
      let at = typingSpot(text, Math.floor(text.length * (0.25 + rand() * 0.5)));
      for (const ch of ' new') {
        text = text.slice(0, at) + ch + text.slice(at);
        pieces = pieces?.edited(at, at, ch);
        const change = hint ? { start: at, oldEnd: at, newEnd: at + 1 } : undefined;
        at++;
        const edited = pieces ?? text;
        samples.push(time(() => (hint ? core.editorChunks(linter.lintChunks(edited, { change }).chunks) : linter.lint(edited))));
      }
    }
    return samples;
  };
  const keys = typeAt(25, true);
  const keysNoHint = typeAt(5, false);

  const pastes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const at = text.indexOf('\n\n', Math.floor(text.length * rand())) + 2;
    if (at < 2) continue;
    text = text.slice(0, at) + generateParagraph(100 + i) + '\n\n' + text.slice(at);
    const edited = text;
    pastes.push(time(() => linter.lint(edited)));
  }

  const deletes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = text.indexOf('\n## ', Math.floor(text.length * rand()));
    const end = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
    if (end === -1) continue;
    text = text.slice(0, start) + text.slice(end);
    const edited = text;
    deletes.push(time(() => linter.lint(edited)));
  }

  // Hover and completion as the extension runs them: on the text the document's Linter last
  // checked, answered from its cached chunks. `uncached` times the same calls without a Linter.
  const blocks = linter;
  const hovers: number[] = [];
  const hoversUncached: number[] = [];
  let hoverHits = 0;
  const hoverErrors = { count: 0 };
  for (let i = 0; i < 400; i++) {
    const offset = Math.floor(rand() * text.length);
    hovers.push(time(() => guarded(() => core.hoverAt(text, offset, terms, { blocks }), hoverErrors) && hoverHits++));
    if (i % 4 === 0) hoversUncached.push(time(() => guarded(() => core.hoverAt(text, offset, terms), hoverErrors)));
  }

  const completions: number[] = [];
  const completionsUncached: number[] = [];
  let completionHits = 0;
  const completionErrors = { count: 0 };
  for (let i = 0; i < 400; i++) {
    // The end of a word, where a writer presses Ctrl+Space; half of them cut a word short.
    let offset = typingSpot(text, Math.floor(rand() * text.length));
    if (i % 2 === 0) offset -= 2;
    completions.push(time(() => guarded(() => core.completeAt(text, offset, terms, { blocks }), completionErrors) && completionHits++));
    if (i % 4 === 0) completionsUncached.push(time(() => guarded(() => core.completeAt(text, offset, terms), completionErrors)));
  }

  return {
    keystroke: { ...summary(keys), max: Math.max(...keys), coldMax: Math.max(...cold) },
    keystrokeNoHint: summary(keysNoHint),
    paste: summary(pastes),
    deleteSection: summary(deletes),
    hover: { ...summary(hovers, 1000), hits: hoverHits, errors: hoverErrors.count, uncachedP95: percentile(hoversUncached, 95) * 1000 },
    completion: { ...summary(completions, 1000), hits: completionHits, errors: completionErrors.count, uncachedP95: percentile(completionsUncached, 95) * 1000 },
  };
}
