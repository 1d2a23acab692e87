import { LineCounter, isNode, parseDocument } from 'yaml';

/**
 * One problem in terminology data, located for a person: file, JSON pointer into the file, 1-based
 * line and column, and the entry id when known. Produced by the build, the CLI and the editor alike.
 */
export interface TerminologyProblem {
  path: string;
  /** JSON pointer: "#/entries/0/abbreviations/1". */
  pointer: string;
  line: number;
  column: number;
  entryId?: string;
  message: string;
}

/** A parsed YAML (or JSON) terminology file that can locate any JSON path in its text. */
export interface ParsedFile {
  path: string;
  /** The plain data, or undefined when the text is not valid YAML. */
  data: unknown;
  /** Syntax errors, already located. */
  problems: TerminologyProblem[];
  /** The line and column (1-based) of the value at `path`, or of its nearest existing parent. */
  locate(path: ReadonlyArray<string | number>): { line: number; column: number };
}

/** `['entries', 0, 'abbreviations', 1]` -> `"#/entries/0/abbreviations/1"` (RFC 6901 escaping). */
export function toPointer(path: ReadonlyArray<string | number>): string {
  return '#' + path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Parses terminology text with positions. Never throws: syntax errors become problems. */
export function parseTerminologyFile(path: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate = (target: ReadonlyArray<string | number>) => {
    for (let n = target.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(target.slice(0, n), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  const problems: TerminologyProblem[] = doc.errors.map((error) => ({
    path,
    pointer: '#',
    ...at(error.pos[0]),
    message: `YAML syntax: ${error.message.split('\n')[0]}`,
  }));
  const data = problems.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
  return { path, data, problems, locate };
}

/** "gbs-spectrum.yaml#/entries/0/abbreviations/1:12:9 guillain-barre-syndrome: message" */
export function formatProblem(problem: TerminologyProblem): string {
  const entry = problem.entryId ? ` ${problem.entryId}:` : '';
  return `${problem.path}${problem.pointer}:${problem.line}:${problem.column}${entry} ${problem.message}`;
}
