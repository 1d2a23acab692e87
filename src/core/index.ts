/** The public surface of the pure core, used by the extension, the CLI, the benchmarks and the tests. */
export * from './types';
export * from './terminology/types';
export { TermIndex } from './terminology/term-index';
export { TermMatcher, surfaceForms, type Mention } from './matcher';
export { Linter, analyseBlock, ruleUrl, severityOf, type LintOptions, type DocumentFormat } from './engine';
export { RULES, ruleById } from './rules/index';
export type { Rule, BlockRule, DocumentRule, Block, DocumentInput, RuleEnv } from './rules/rule';
export { LineIndex } from './positions';
export { chunkMarkdown } from './markdown/chunk';
