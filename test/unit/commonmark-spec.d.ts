/** The `commonmark-spec` package ships no types: its examples, as its index.js extracts them. */
declare module 'commonmark-spec' {
  export const text: string;
  export const tests: Array<{ markdown: string; html: string; section: string; number: number }>;
}
