/**
 * Peer tools, run in-process on the same documents as NeuroTerm, for the side-by-side table.
 * Each runner checks a whole document the way the tool's own API does it; a tool that cannot be
 * loaded here is reported as unavailable, never silently skipped.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextReadability from 'retext-readability';
import { lint as markdownlint } from 'markdownlint/sync';
import { markdown as alex } from 'alex';

export interface Peer {
  name: string;
  /** Checks `text` once; resolves when done. */
  check(text: string): unknown;
  async?: boolean;
}

const remark = unified().use(remarkParse).freeze();
const retext = unified().use(retextEnglish).use(retextEquality).use(retextReadability).freeze();
const medicalTerms = require.resolve('@cspell/dict-medicalterms/cspell-ext.json');

export const PEERS: readonly Peer[] = [
  { name: 'remark-parse alone', check: (text) => remark.parse(text) },
  { name: 'unified+retext (english, equality, readability)', check: (text) => retext.runSync(retext.parse(text)) },
  { name: 'markdownlint', check: (text) => markdownlint({ strings: { doc: text } }) },
  { name: 'alex', check: (text) => alex(text) },
  {
    name: 'cspell-lib + dict-medicalterms',
    async: true,
    // cspell-lib is ESM-only with an "import"-only export map, so it is loaded on first use.
    check: async (text) =>
      (await import('cspell-lib')).spellCheckDocument(
        { uri: 'file:///bench/doc.md', text, languageId: 'markdown', locale: 'en' },
        { noConfigSearch: true, generateSuggestions: false },
        { import: [medicalTerms], language: 'en' },
      ),
  },
];
