import type { TermIndex } from '../../terminology/term-index';
import type { Block } from '../rule';

/**
 * Memoizes a per-chunk computation of a document rule for as long as the engine keeps the block
 * (its chunk text is unchanged) and the terminology is the same, so a keystroke re-reads only
 * edited chunks. Keyed weakly: a memo never outlives its block.
 */
export function blockMemo<T>(compute: (block: Block, terms: TermIndex) => T): (block: Block, terms: TermIndex) => T {
  const memo = new WeakMap<Block, { terms: TermIndex; value: T }>();
  return (block, terms) => {
    const cached = memo.get(block);
    if (cached && cached.terms === terms) return cached.value;
    const value = compute(block, terms);
    memo.set(block, { terms, value });
    return value;
  };
}
