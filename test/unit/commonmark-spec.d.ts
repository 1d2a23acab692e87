/** The `commonmark-spec` package has no types: it exports the spec text and its parsed examples. */
declare module 'commonmark-spec' {
  export interface SpecExample {
    markdown: string;
    html: string;
    section: string;
    number: number;
  }
  export const text: string;
  export const tests: SpecExample[];
}
