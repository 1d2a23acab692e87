import type { BlockRule } from './rule';

/**
 * A block whose Markdown is too deeply nested or too dense to parse in reasonable time (see
 * `markdown/markup-limits`), or that the engine did not reach within a document's time budget, is
 * not read, so nothing in it is checked. Saying so at its first line keeps the skip visible: in the
 * Problems panel, in CI output, in the report.
 */
export const notChecked: BlockRule = {
  id: 'not-checked',
  category: 'not-checked',
  defaultSeverity: 'warning',
  summary: 'Reports a block that was not checked: markup too deeply nested or dense to read, or the time limit for one document reached.',
  scope: 'block',
  check(block, _env, report) {
    if (!block.notChecked) return;
    const { reason, endOffset } = block.notChecked;
    report({
      message: `Not checked: ${reason}.`,
      offset: 0,
      endOffset,
      actual: block.text.slice(0, Math.min(endOffset, 80)),
      termId: null,
      fixes: [],
    });
  },
};
