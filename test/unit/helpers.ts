import bundled from '../../src/generated/terminology.json';
import { Linter, TermIndex, type TerminologyIndex } from '../../src/core/index';

/** The bundled terminology, compiled by `npm run build` before the tests run. */
export const terms = new TermIndex(bundled as TerminologyIndex);

export function lint(text: string, options: Parameters<Linter['lint']>[1] = {}) {
  return new Linter(terms).lint(text, options);
}
