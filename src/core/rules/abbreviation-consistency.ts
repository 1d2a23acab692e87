import type { Mention } from '../matcher';
import { LineIndex, type Positioner } from '../positions';
import { escapeRegExp } from '../text/normalize';
import { abbreviationEvents, type AbbreviationEvent } from './abbreviation-consistency/events';
import { KNOWN_ABBREVIATIONS } from './abbreviation-undefined/known';
import type { DocumentInput, DocumentRule, Report } from './rule';

type Definition = Extract<AbbreviationEvent, { kind: 'definition' }>;

/** The first definition of one abbreviation in the current section, and what happened to it since. */
interface Defined {
  at: Definition;
  /** Absolute offset of the definition, for "on line N". */
  offset: number;
  usedAlone: boolean;
  /** Reports the first return of the long form, once the end shows whether the abbreviation was used at all. */
  longAgain?: () => void;
  /** The abbreviation is used alone after the long form came back: the page mixes the two. */
  mixed?: boolean;
}

/**
 * Abbreviations as an editor checks them (AMA: spell out once, then use the abbreviation): spelled out
 * twice in one section, spelled out with two different long forms, spelled out but never used while the
 * long form returns, and the long form written again after the abbreviation was spelled out. Only abbreviations the terminology
 * lists, outside headings. A heading of level 1 or 2 starts a section, where spelling out again is fine.
 */
export const abbreviationConsistency: DocumentRule<AbbreviationEvent[]> = {
  id: 'abbreviation-consistency',
  category: 'abbreviation-consistency',
  defaultSeverity: 'info',
  summary: 'Flags an abbreviation spelled out twice or two ways, spelled out but never used while its long form returns, or whose long form returns while the abbreviation is still in use.',
  scope: 'document',
  summarize: (block, env) => abbreviationEvents(block, (termId) => (env.terms.get(termId)?.abbreviations?.length ?? 0) > 0),
  check(doc, env, report, summaries) {
    let lines: Positioner | undefined; // built only when a finding names a line, unless the engine has them
    const line = (offset: number): number => (lines ??= doc.lines ?? new LineIndex(doc.text)).positionAt(offset).line + 1;
    let section = new Map<string, Defined>();
    const byTerm = new Map<string, Defined>();
    const latest = new Map<string, Defined>();
    const all: Defined[] = [];
    for (let i = 0; i < doc.blocks.length; i++) {
      const start = doc.blocks[i]!.start;
      for (const event of summaries[i]!) {
        if (event.kind === 'section') {
          section = new Map();
        } else if (event.kind === 'use') {
          const defined = latest.get(event.key);
          if (defined) {
            defined.usedAlone = true;
            if (defined.longAgain) defined.mixed = true;
          }
        } else if (event.kind === 'long') {
          // Only the same words as in the definition: "lupus" after "systemic lupus erythematosus (SLE)" is an everyday name.
          const defined = byTerm.get(event.long.termId);
          if (defined && !defined.longAgain && !differentLongForm(defined.at.long, event.long)) {
            const long = event.long;
            defined.longAgain = () => longAgain(long, start, defined, line(defined.offset), report);
          }
        } else {
          const offset = start + event.abbreviation.offset;
          const earlier = section.get(event.key) ?? latest.get(event.key);
          // Spelled out again, in any words: the abbreviation was used again, and this is not a new definition.
          if (earlier && differentLongForm(earlier.at.long, event.long)) {
            twoLongForms(event, start, earlier, line(earlier.offset), env.terms.get(event.long!.termId)?.preferred ?? '', report);
            earlier.usedAlone = true;
            continue;
          }
          if (earlier && section.has(event.key)) {
            definedTwice(event, start, line(earlier.offset), report);
            earlier.usedAlone = true;
            continue;
          }
          const defined: Defined = { at: event, offset, usedAlone: false };
          section.set(event.key, defined);
          latest.set(event.key, defined);
          all.push(defined);
          if (event.long) byTerm.set(event.long.termId, defined);
        }
      }
    }
    // In the last paragraph (or a one-paragraph snippet) there is nothing left to use it in yet.
    const lastParagraph = lastParagraphStart(doc);
    // An abbreviation given once in brackets and never needed again is a courtesy editors leave (readers
    // meet it on other pages): it is clutter only when the long form returns instead, and that is one
    // problem, not two, so the fix "leave the abbreviation out" is the only finding. The same goes for a
    // well-known abbreviation ("CDC"), whose long form returning is reported as usual.
    const known = new Set([...KNOWN_ABBREVIATIONS, ...env.settings.knownAbbreviations]);
    for (const defined of all) {
      // Searching the rest of the text is the costly part (every keystroke), so it comes last.
      const neverUsedAlone = () => !defined.usedAlone && defined.offset < lastParagraph && !writtenAfter(doc.text, defined);
      if (defined.longAgain && !known.has(defined.at.abbreviation.text) && neverUsedAlone()) neverUsed(defined, report);
      // A long form that comes back is worth a note only when the abbreviation follows it again ("GBS ...
      // Guillain-Barré syndrome ... GBS"): a page that returns to the full name for good reads fine to editors.
      else if (defined.mixed) defined.longAgain?.();
    }
  },
};

function definedTwice(event: Definition, start: number, earlierLine: number, report: Report): void {
  const text = event.abbreviation.text;
  const span = event.replaceable;
  report({
    message: `"${text}" is already spelled out in this section (line ${earlierLine}); from there on, "${text}" alone is enough.`,
    offset: start + event.abbreviation.offset,
    endOffset: start + event.abbreviation.endOffset,
    actual: text,
    termId: event.abbreviation.termId,
    fixes: span ? [{ offset: start + span.start, endOffset: start + span.end, newText: text, title: `Write "${text}" alone` }] : [],
  });
}

function twoLongForms(event: Definition, start: number, earlier: Defined, earlierLine: number, preferred: string, report: Report): void {
  const text = event.abbreviation.text;
  const long = event.long!;
  // The first wording, with the case of the first letter it replaces ("Intravenous ..." mid-sentence becomes "intravenous ...").
  const first = matchInitialCase(earlier.at.long!.text, long.text, preferred);
  report({
    message: `"${text}" is spelled out as "${first}" on line ${earlierLine} and as "${long.text}" here; use one long form.`,
    offset: start + long.offset,
    endOffset: start + long.endOffset,
    actual: long.text,
    termId: long.termId,
    fixes: [{ offset: start + long.offset, endOffset: start + long.endOffset, newText: first, title: `Write "${first}"` }],
  });
}

function neverUsed(defined: Defined, report: Report): void {
  const { abbreviation, long, replaceable } = defined.at;
  const start = defined.offset - abbreviation.offset;
  const text = abbreviation.text;
  // "long (ABBR)" loses " (ABBR)"; "ABBR (long)" becomes "long".
  const fixes =
    replaceable && long
      ? [
          long.offset < abbreviation.offset
            ? { offset: start + long.endOffset, endOffset: start + replaceable.end, newText: '', title: `Remove "(${text})"` }
            : { offset: start + replaceable.start, endOffset: start + replaceable.end, newText: long.text, title: `Write "${long.text}" alone` },
        ]
      : [];
  report({
    message: `"${text}" is spelled out but never used; the long form comes back instead, so leave the abbreviation out.`,
    offset: defined.offset,
    endOffset: start + abbreviation.endOffset,
    actual: text,
    termId: abbreviation.termId,
    fixes,
  });
}

function longAgain(long: Mention, start: number, defined: Defined, definedLine: number, report: Report): void {
  const text = defined.at.abbreviation.text;
  report({
    message: `"${text}" was spelled out on line ${definedLine}; after that, write "${text}" rather than "${long.text}".`,
    offset: start + long.offset,
    endOffset: start + long.endOffset,
    actual: long.text,
    termId: long.termId,
    fixes: [{ offset: start + long.offset, endOffset: start + long.endOffset, newText: text, title: `Write "${text}"` }],
  });
}

/** `text` with a capital first letter where `like` has one; lower case only where the entry's name is ("Guillain" stays). */
function matchInitialCase(text: string, like: string, preferred: string): string {
  const isUpper = (s: string): boolean => s.charAt(0) !== s.charAt(0).toLowerCase();
  if (isUpper(like)) return text.charAt(0).toUpperCase() + text.slice(1);
  return isUpper(preferred) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The abbreviation appears again after its definition as a word of its own, inside another name too
 * ("anti-MAG neuropathy" after "anti-myelin-associated glycoprotein (anti-MAG)"), where no mention of
 * the abbreviation's entry records it.
 */
function writtenAfter(text: string, defined: Defined): boolean {
  const abbreviation = defined.at.abbreviation.text;
  const from = defined.offset + abbreviation.length;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbreviation)}(?![\\p{L}\\p{N}])`, 'gu');
  word.lastIndex = from;
  return word.test(text);
}

/** Absolute offset where the document's last paragraph or table cell starts (0 when it has none). */
function lastParagraphStart(doc: DocumentInput): number {
  for (let i = doc.blocks.length - 1; i >= 0; i--) {
    const { start, block } = doc.blocks[i]!;
    for (let u = block.units.length - 1; u >= 0; u--) {
      const unit = block.units[u]!;
      if (unit.kind !== 'heading') return start + unit.start;
    }
  }
  return 0;
}

/**
 * Two long forms differ when they are differently worded (case and hyphens aside). Both belong to the
 * abbreviation's entry: no two entries share an abbreviation (the terminology tests check this).
 */
function differentLongForm(a: Mention | undefined, b: Mention | undefined): boolean {
  if (!a || !b) return false;
  const norm = (m: Mention): string => m.text.toLowerCase().replace(/[\s\u2010-\u2014-]+/g, ' ');
  return a.termId !== b.termId || norm(a) !== norm(b);
}

