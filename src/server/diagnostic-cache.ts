import type { Diagnostic } from 'vscode-languageserver';
import type { DocumentView } from './documents';
import type { ChunkFindings, Finding } from '../core/index';
import { toDiagnostic } from './convert';

/** A diagnostic with the document line its chunk started on when it was made. */
interface Made<T> {
  lineBase: number;
  made: T;
}

/**
 * The diagnostics of one open document, kept between checks. The engine gives a chunk's findings
 * as the same objects, relative to the chunk, while the chunk and what the rules say about it are
 * unchanged, wherever it moves. A chunk still on the same lines gets its diagnostics back, and a
 * chunk shown whole gets its whole list back: a keystroke makes diagnostics for the edited chunk
 * only, and the published list is mostly the same objects as the last one, which makes comparing
 * the two cheap.
 */
export class DiagnosticCache {
  private readonly byFinding = new WeakMap<Finding, Made<Diagnostic>>();
  private readonly byChunk = new WeakMap<readonly Finding[], Made<Diagnostic[]>>();

  /** The diagnostics of `chunks`' findings, in their order, on `document` as it is now. */
  diagnostics(chunks: readonly ChunkFindings[], document: DocumentView): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const chunk of chunks) {
      let known = this.byChunk.get(chunk.findings);
      if (!known || known.lineBase !== chunk.lineBase) {
        known = { lineBase: chunk.lineBase, made: chunk.findings.map((f) => this.diagnostic(f, chunk.lineBase, document)) };
        this.byChunk.set(chunk.findings, known);
      }
      for (const d of known.made) out.push(d);
    }
    return out;
  }

  private diagnostic(finding: Finding, lineBase: number, document: DocumentView): Diagnostic {
    const known = this.byFinding.get(finding);
    if (known && known.lineBase === lineBase) return known.made;
    const made = toDiagnostic(lineBase === 0 ? finding : onLines(finding, lineBase), document);
    this.byFinding.set(finding, { lineBase, made });
    return made;
  }
}

/** A chunk-relative finding moved down `lineBase` lines (only its range: that is all a diagnostic reads of its place). */
function onLines(f: Finding, lineBase: number): Finding {
  const { start, end } = f.range;
  return { ...f, range: { start: { line: start.line + lineBase, character: start.character }, end: { line: end.line + lineBase, character: end.character } } };
}
