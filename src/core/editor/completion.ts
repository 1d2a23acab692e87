import type { DocumentFormat } from '../analyse-block';
import { surfaceForms } from '../matcher';
import { foldExact, termKey } from '../text/normalize';
import type { TextSource } from '../text/text-source';
import type { TermIndex } from '../terminology/term-index';
import type { Entry, EntryKind, SurfaceForm } from '../terminology/types';
import type { Audience, EponymStyle } from '../types';
import { entryMarkdown, kindLabel } from './entry-markdown';
import { blockAt, isProse, type BlockSource } from './locate';

/** Kinds offered while typing prose, in ranking order. */
const OFFERED: readonly EntryKind[] = ['disease', 'variant', 'antibody', 'test', 'treatment'];
/** How a typed prefix matched, best first: the form the writer is most likely typing. */
const TIER: Record<SurfaceForm, number> = { preferred: 0, abbreviation: 0, synonym: 1, lay: 1, outdated: 2, misspelling: 2 };
const MAX_WORDS_BACK = 5;
/** Characters before the cursor that hold `MAX_WORDS_BACK` words of any real length. */
const WORDS_WINDOW = 400;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'\u2019]/u;

export interface CompletionOptions {
  format?: DocumentFormat;
  audience?: Audience;
  /** With `possessive`, eponyms insert their possessive form ("Sjögren's syndrome"). */
  eponymStyle?: EponymStyle;
  /** The document's `Linter`, whose cached chunks answer without parsing; optional. */
  blocks?: BlockSource;
}

/** One completion item as plain data; the adapter turns it into a `vscode.CompletionItem`. */
export interface TermCompletion {
  termId: string;
  label: string;
  insertText: string;
  /**
   * What the editor filters on: the text as typed. The core already matched it (folding case,
   * accents and dashes), and the editor's own fuzzy filter would reject "Guillain Bar" against
   * "Guillain-Barré syndrome"; the list is marked incomplete so each keystroke asks again.
   */
  filterText: string;
  sortText: string;
  /** One line: kind and abbreviations. */
  detail: string;
  /** The definition, as Markdown. */
  documentation: string;
}

/** Items replace [offset, endOffset) of the document, the words already typed. */
export interface CompletionResult {
  offset: number;
  endOffset: number;
  items: TermCompletion[];
}

/**
 * Completion of disease, variant, antibody, test and treatment names for the words before
 * `offset`. "CID" offers "chronic inflammatory demyelinating polyneuropathy (CIDP)" until the
 * document has used CIDP, then "CIDP". Undefined outside prose (code, HTML, front matter) or when
 * nothing matches. Never throws.
 */
export function completeAt(text: TextSource, offset: number, terms: TermIndex, options: CompletionOptions = {}): CompletionResult | undefined {
  const starts = wordStartsBefore(text, offset);
  if (starts.length === 0) return undefined;
  const format = options.format ?? 'markdown';
  const located = options.blocks ? options.blocks.blockAt(text, offset, format) : blockAt(text, offset, format, terms);
  if (!located) return undefined;
  // The longest run of typed words that still begins some term wins ("Guillain Bar" as one phrase).
  for (const start of starts) {
    if (!isProse(located.block, start - located.start, offset - located.start)) continue;
    const items = candidates(text, start, offset, terms, options);
    if (items.length) return { offset: start, endOffset: offset, items };
  }
  return undefined;
}

/** Offsets where the last few words before `offset` start, farthest first; empty if no word ends at `offset`. */
function wordStartsBefore(source: TextSource, offset: number): number[] {
  // The last few words lie within a short window; an editor's text is read there only, not built whole.
  const from = Math.max(0, offset - WORDS_WINDOW);
  return wordStartsIn(source.slice(from, offset), offset - from).map((start) => start + from);
}

function wordStartsIn(text: string, offset: number): number[] {
  if (offset <= 0 || !WORD_CHAR.test(text.charAt(offset - 1))) return [];
  const starts: number[] = [];
  let i = offset;
  while (starts.length < MAX_WORDS_BACK) {
    while (i > 0 && WORD_CHAR.test(text.charAt(i - 1))) i--;
    starts.unshift(i);
    let j = i;
    while (j > 0 && /[ \t\-\u2010-\u2015/]/.test(text.charAt(j - 1))) j--;
    if (j === i || j === 0 || !WORD_CHAR.test(text.charAt(j - 1))) break;
    i = j;
  }
  return starts;
}

function candidates(text: TextSource, start: number, end: number, terms: TermIndex, options: CompletionOptions): TermCompletion[] {
  const typed = text.slice(start, end);
  const typedKey = termKey(typed);
  const typedExact = foldExact(typed);
  if (!typedKey) return [];
  const best = new Map<string, { entry: Entry; form: SurfaceForm; surface: string }>();
  for (const { entry, form, surface, key } of offeredForms(terms)) {
    const hit = key.startsWith(form === 'abbreviation' ? typedExact : typedKey);
    const known = best.get(entry.id);
    if (hit && (!known || TIER[form] < TIER[known.form])) best.set(entry.id, { entry, form, surface });
  }
  const abbreviations = [...best.values()].filter((b) => b.form === 'abbreviation').map((b) => ({ termId: b.entry.id, abbr: b.surface }));
  const used = usedAbbreviations(text, start, terms, abbreviations);
  const items: TermCompletion[] = [];
  for (const { entry, form, surface } of best.values()) {
    const name = options.eponymStyle === 'possessive' && entry.possessive ? entry.possessive : entry.preferred;
    const firstUse = form === 'abbreviation' && !used.has(`${entry.id} ${surface}`);
    const insertText = firstUse ? `${name} (${surface})` : form === 'abbreviation' ? surface : name;
    const abbreviations = (entry.abbreviations ?? []).map((a) => a.abbr);
    items.push({
      termId: entry.id,
      label: insertText,
      insertText,
      filterText: typed,
      sortText: [TIER[form], OFFERED.indexOf(entry.kind), String(insertText.length).padStart(4, '0'), insertText].join(':'),
      detail: `${kindLabel(entry.kind)}${abbreviations.length ? ` (${abbreviations.join(', ')})` : ''}`,
      documentation: entryMarkdown(entry, terms, { audience: options.audience ?? 'patient', brief: true }),
    });
  }
  return items.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

/** A surface form that completion offers, with the key a typed prefix is compared with. */
interface OfferedForm {
  entry: Entry;
  form: SurfaceForm;
  surface: string;
  /** `foldExact` for abbreviations (case counts), `termKey` for names. */
  key: string;
}

/** Offered forms per terminology, keyed once: folding every name again cost most of each request. */
const OFFERED_FORMS = new WeakMap<TermIndex, OfferedForm[]>();

function offeredForms(terms: TermIndex): OfferedForm[] {
  let forms = OFFERED_FORMS.get(terms);
  if (!forms) {
    forms = terms.entries
      .filter((entry) => OFFERED.includes(entry.kind))
      .flatMap((entry) => surfaceForms(entry).map(({ text: surface, form }) => ({ entry, form, surface, key: form === 'abbreviation' ? foldExact(surface) : termKey(surface) })));
    OFFERED_FORMS.set(terms, forms);
  }
  return forms;
}

/**
 * "termId ABBR" for each candidate abbreviation already written before `end`, so the next use
 * needs no expansion. Finds the abbreviation with `indexOf` and confirms each hit with the matcher
 * on its own line only, so a long document costs one string scan, not a full match.
 */
function usedAbbreviations(text: TextSource, end: number, terms: TermIndex, abbreviations: ReadonlyArray<{ termId: string; abbr: string }>): Set<string> {
  const used = new Set<string>();
  const before = text.slice(0, end);
  for (const { termId, abbr } of abbreviations) {
    for (let at = before.indexOf(abbr); at >= 0; at = before.indexOf(abbr, at + 1)) {
      const lineStart = before.lastIndexOf('\n', at) + 1;
      const lineEnd = before.indexOf('\n', at);
      const line = before.slice(lineStart, lineEnd < 0 ? before.length : lineEnd);
      const hit = terms.matcher.match(line).some((m) => m.termId === termId && m.form === 'abbreviation' && m.offset <= at - lineStart && at - lineStart < m.endOffset);
      if (hit) {
        used.add(`${termId} ${abbr}`);
        break;
      }
    }
  }
  return used;
}
