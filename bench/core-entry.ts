/** What the benchmark runs: the public core plus the parse stage, bundled as the release bundles it. */
export * from '../src/core/index';
export { extractProse } from '../src/core/markdown/prose';
