import type { Mention } from '../matcher';
import { LineIndex } from '../positions';
import { escapeRegExp } from '../text/normalize';
import { abbreviationEvents, type AbbreviationEvent } from './abbreviation-consistency/events';
import { KNOWN_ABBREVIATIONS } from './abbreviation-undefined/known';
import type { ChunkFold, ChunkPlace, DocumentRule, Report } from './rule';

type Definition = Extract<AbbreviationEvent, { kind: 'definition' }>;

/** What the rule reads from one chunk. */
interface Summary {
  events: AbbreviationEvent[];
  /** Line breaks in the chunk, to keep the document line the next chunk starts on. */
  lineBreaks: number;
  /** Chunk-relative start of the chunk's last paragraph or cell (not a heading); undefined when it has none. */
  lastParagraph: number | undefined;
}

/** The first definition of one abbreviation in its section, and what happened to it since. Never changed: a change makes a new one. */
interface Defined {
  /** The definition as its chunk's summary had it when the pass met it; `event` is its index there. */
  at: Definition;
  event: number;
  /** The chunk it is in, and its 1-based document line, for "on line N". */
  chunk: ChunkPlace;
  line: number;
  /** Used alone after the definition, or spelled out again (the abbreviation was needed again). */
  usedAlone: boolean;
  /** Written after the definition as a word of its own inside another name ("anti-MAG neuropathy"). */
  written: boolean;
  /** The first return of the long form alone: its chunk and event index, and the event as first met. */
  longAgain?: { chunk: ChunkPlace; event: number; long: Mention };
  /** The abbreviation is used alone after the long form came back: the page mixes the two. */
  mixed: boolean;
}

/** Where the pass over the chunks stands; a chunk that changes something makes a new state. */
interface Pass {
  /** The document line (0-based) the next chunk starts on. */
  line: number;
  /** First definitions in the current section, the latest definition of each abbreviation, and of each entry's long form. */
  section: ReadonlyMap<string, Defined>;
  latest: ReadonlyMap<string, Defined>;
  byTerm: ReadonlyMap<string, Defined>;
  all: readonly Defined[];
  lastParagraph: { chunk: ChunkPlace; offset: number } | undefined;
}

/**
 * Abbreviations as an editor checks them (AMA: spell out once, then use the abbreviation): spelled out
 * twice in one section, spelled out with two different long forms, spelled out but never used while the
 * long form returns, and the long form written again after the abbreviation was spelled out. Only abbreviations the terminology
 * lists, outside headings. A heading of level 1 or 2 starts a section, where spelling out again is fine.
 * A fold: a keystroke steps through the edited chunk and the chunks up to where the pass is where it was last time.
 */
export const abbreviationConsistency: DocumentRule<Summary> = {
  id: 'abbreviation-consistency',
  category: 'abbreviation-consistency',
  defaultSeverity: 'info',
  summary: 'Flags an abbreviation spelled out twice or two ways, spelled out but never used while its long form returns, or whose long form returns while the abbreviation is still in use.',
  scope: 'document',
  summarize: (block, env) => ({
    events: abbreviationEvents(block, (termId) => (env.terms.get(termId)?.abbreviations?.length ?? 0) > 0),
    lineBreaks: new LineIndex(block.text).lineCount - 1,
    lastParagraph: block.units.filter((u) => u.kind !== 'heading').pop()?.start,
  }),
  fold: {
    start: (_env, _totals, _summaries, firstLine): Pass => ({ line: firstLine, section: NO_DEFINITIONS, latest: NO_DEFINITIONS, byTerm: NO_DEFINITIONS, all: [], lastParagraph: undefined }),
    step(pass, { block, summary, place }, env, report) {
      const next = new PassBuilder(pass);
      for (const [index, event] of summary.events.entries()) {
        if (event.kind === 'section') next.newSection();
        else if (event.kind === 'use') {
          const defined = next.latest.get(event.key);
          if (defined && (!defined.usedAlone || (defined.longAgain && !defined.mixed))) next.replace(defined, { ...defined, usedAlone: true, mixed: defined.mixed || defined.longAgain !== undefined });
        } else if (event.kind === 'long') {
          // Only the same words as in the definition: "lupus" after "systemic lupus erythematosus (SLE)" is an everyday name.
          const defined = next.byTerm.get(event.long.termId);
          if (defined && !defined.longAgain && !differentLongForm(defined.at.long, event.long)) next.replace(defined, { ...defined, longAgain: { chunk: place, event: index, long: event.long } });
        } else {
          const earlier = next.section.get(event.key) ?? next.latest.get(event.key);
          // Spelled out again, in any words: the abbreviation was used again, and this is not a new definition.
          if (earlier && (differentLongForm(earlier.at.long, event.long) || next.section.has(event.key))) {
            if (differentLongForm(earlier.at.long, event.long)) twoLongForms(event, earlier, env.terms.get(event.long!.termId)?.preferred ?? '', report);
            else definedTwice(event, earlier.line, report);
            if (!earlier.usedAlone) next.replace(earlier, { ...earlier, usedAlone: true });
            continue;
          }
          const line = pass.line + new LineIndex(block.text).positionAt(event.abbreviation.offset).line + 1;
          next.define({ at: event, event: index, chunk: place, line, usedAlone: false, written: false, mixed: false });
        }
      }
      next.markWritten(block.text, place);
      const paragraph = summary.lastParagraph === undefined ? pass.lastParagraph : { chunk: place, offset: summary.lastParagraph };
      return next.done(pass.line + summary.lineBreaks, paragraph);
    },
    same: samePass,
    finish(pass, env, report, summaries) {
      // An abbreviation given once in brackets and never needed again is a courtesy editors leave (readers
      // meet it on other pages): it is clutter only when the long form returns instead, and that is one
      // problem, not two, so the fix "leave the abbreviation out" is the only finding. The same goes for a
      // well-known abbreviation ("CDC"), whose long form returning is reported as usual.
      const known = new Set([...KNOWN_ABBREVIATIONS, ...env.settings.knownAbbreviations]);
      // In the last paragraph (or a one-paragraph snippet) there is nothing left to use it in yet.
      const last = pass.lastParagraph;
      const beforeLastParagraph = (d: Defined) => last !== undefined && (d.chunk.index < last.chunk.index || (d.chunk === last.chunk && d.at.abbreviation.offset < last.offset));
      // The state may come from an earlier check (see samePass): offsets are read from this check's summaries.
      const eventAt = (chunk: ChunkPlace, event: number) => summaries[chunk.index]!.events[event]!;
      const back = (chunk: ChunkPlace) => summaries.length - chunk.index;
      for (const kept of pass.all) {
        const defined = { ...kept, at: eventAt(kept.chunk, kept.event) as Definition };
        if (defined.longAgain && !known.has(defined.at.abbreviation.text) && !defined.usedAlone && !defined.written && beforeLastParagraph(defined)) {
          neverUsed(defined, (f) => report(f, back(defined.chunk)));
        } else if (defined.mixed && defined.longAgain && env.settings.audience === 'professional') {
          // A long form that comes back is worth a note only when the abbreviation follows it again ("GBS ...
          // Guillain-Barré syndrome ... GBS"): a page that returns to the full name for good reads fine to editors.
          // Only in professional text: for patients the full name is the plainer word, and editors of patient
          // pages (every labelled batch) leave a page that mixes the two alone.
          const { chunk, event } = defined.longAgain;
          longAgain((eventAt(chunk, event) as Extract<AbbreviationEvent, { kind: 'long' }>).long, defined, (f) => report(f, back(chunk)));
        }
      }
    },
  } satisfies ChunkFold<Summary, Pass>,
};

const NO_DEFINITIONS: ReadonlyMap<string, Defined> = new Map();

/** The state after one chunk, made from the state before it: maps and list are copied on the first change only. */
class PassBuilder {
  section: ReadonlyMap<string, Defined>;
  latest: ReadonlyMap<string, Defined>;
  byTerm: ReadonlyMap<string, Defined>;
  all: readonly Defined[];
  private changed = false;

  constructor(private readonly before: Pass) {
    ({ section: this.section, latest: this.latest, byTerm: this.byTerm, all: this.all } = before);
  }

  newSection(): void {
    if (this.section.size === 0) return;
    this.section = NO_DEFINITIONS;
    this.changed = true;
  }

  define(defined: Defined): void {
    const { key, long } = defined.at;
    this.section = new Map(this.section).set(key, defined);
    this.latest = new Map(this.latest).set(key, defined);
    if (long) this.byTerm = new Map(this.byTerm).set(long.termId, defined);
    this.all = [...this.all, defined];
    this.changed = true;
  }

  /** `old` becomes `now` wherever the state holds it. */
  replace(old: Defined, now: Defined): void {
    const swap = (map: ReadonlyMap<string, Defined>) => {
      if (![...map.values()].includes(old)) return map;
      const copy = new Map(map);
      for (const [key, value] of copy) if (value === old) copy.set(key, now);
      return copy;
    };
    this.section = swap(this.section);
    this.latest = swap(this.latest);
    this.byTerm = swap(this.byTerm);
    this.all = this.all.map((d) => (d === old ? now : d));
    this.changed = true;
  }

  /** Definitions not yet used alone whose abbreviation this chunk writes after them. */
  markWritten(text: string, place: ChunkPlace): void {
    for (const defined of this.all) {
      if (defined.usedAlone || defined.written) continue;
      const from = defined.chunk === place ? defined.at.abbreviation.offset + defined.at.abbreviation.text.length : 0;
      if (writtenFrom(text, defined.at.abbreviation.text, from)) this.replace(defined, { ...defined, written: true });
    }
  }

  done(line: number, lastParagraph: Pass['lastParagraph']): Pass {
    const { section, latest, byTerm, all } = this.changed ? this : this.before;
    return { line, section, latest, byTerm, all, lastParagraph };
  }
}

/** Whether two passes give every later chunk, and the end, the same findings. */
function samePass(a: Pass, b: Pass): boolean {
  if (a === b) return true;
  if (a.line !== b.line || a.lastParagraph?.chunk !== b.lastParagraph?.chunk || a.lastParagraph?.offset !== b.lastParagraph?.offset) return false;
  if (a.all.length !== b.all.length || !a.all.every((d, i) => sameDefined(d, b.all[i]!))) return false;
  return sameMap(a.section, b.section) && sameMap(a.latest, b.latest) && sameMap(a.byTerm, b.byTerm);
}

function sameMap(a: ReadonlyMap<string, Defined>, b: ReadonlyMap<string, Defined>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (!other || !sameDefined(value, other)) return false;
  }
  return true;
}

/**
 * Everything a later finding reads of a definition: which event it is, its words, and what happened to
 * it. Not its offsets: `finish` reads them from the current summaries, so a keystroke before a definition
 * in its chunk leaves every later state the same.
 */
function sameDefined(a: Defined, b: Defined): boolean {
  if (a === b) return true;
  const same = (x: Mention | undefined, y: Mention | undefined) => x === y || (x !== undefined && y !== undefined && x.text === y.text && x.termId === y.termId);
  return (
    a.chunk === b.chunk &&
    a.event === b.event &&
    a.line === b.line &&
    a.usedAlone === b.usedAlone &&
    a.written === b.written &&
    a.mixed === b.mixed &&
    a.at.key === b.at.key &&
    same(a.at.abbreviation, b.at.abbreviation) &&
    same(a.at.long, b.at.long) &&
    (a.at.replaceable === undefined) === (b.at.replaceable === undefined) &&
    a.longAgain?.chunk === b.longAgain?.chunk &&
    a.longAgain?.event === b.longAgain?.event &&
    same(a.longAgain?.long, b.longAgain?.long)
  );
}

/** The findings below are chunk-relative: each is reported about the chunk that holds its words. */
function definedTwice(event: Definition, earlierLine: number, report: Report): void {
  const text = event.abbreviation.text;
  const span = event.replaceable;
  report({
    message: `"${text}" is already spelled out in this section (line ${earlierLine}); from there on, "${text}" alone is enough.`,
    offset: event.abbreviation.offset,
    endOffset: event.abbreviation.endOffset,
    actual: text,
    termId: event.abbreviation.termId,
    fixes: span ? [{ offset: span.start, endOffset: span.end, newText: text, title: `Write "${text}" alone` }] : [],
  });
}

function twoLongForms(event: Definition, earlier: Defined, preferred: string, report: Report): void {
  const text = event.abbreviation.text;
  const long = event.long!;
  // The first wording, with the case of the first letter it replaces ("Intravenous ..." mid-sentence becomes "intravenous ...").
  const first = matchInitialCase(earlier.at.long!.text, long.text, preferred);
  report({
    message: `"${text}" is spelled out as "${first}" on line ${earlier.line} and as "${long.text}" here; use one long form.`,
    offset: long.offset,
    endOffset: long.endOffset,
    actual: long.text,
    termId: long.termId,
    fixes: [{ offset: long.offset, endOffset: long.endOffset, newText: first, title: `Write "${first}"` }],
  });
}

function neverUsed(defined: Defined, report: Report): void {
  const { abbreviation, long, replaceable } = defined.at;
  const text = abbreviation.text;
  // "long (ABBR)" loses " (ABBR)"; "ABBR (long)" becomes "long".
  const fixes =
    replaceable && long
      ? [
          long.offset < abbreviation.offset
            ? { offset: long.endOffset, endOffset: replaceable.end, newText: '', title: `Remove "(${text})"` }
            : { offset: replaceable.start, endOffset: replaceable.end, newText: long.text, title: `Write "${long.text}" alone` },
        ]
      : [];
  report({
    message: `"${text}" is spelled out but never used; the long form comes back instead, so leave the abbreviation out.`,
    offset: abbreviation.offset,
    endOffset: abbreviation.endOffset,
    actual: text,
    termId: abbreviation.termId,
    fixes,
  });
}

function longAgain(long: Mention, defined: Defined, report: Report): void {
  const text = defined.at.abbreviation.text;
  report({
    message: `"${text}" was spelled out on line ${defined.line}; after that, write "${text}" rather than "${long.text}".`,
    offset: long.offset,
    endOffset: long.endOffset,
    actual: long.text,
    termId: long.termId,
    fixes: [{ offset: long.offset, endOffset: long.endOffset, newText: text, title: `Write "${text}"` }],
  });
}

/** `text` with a capital first letter where `like` has one; lower case only where the entry's name is ("Guillain" stays). */
function matchInitialCase(text: string, like: string, preferred: string): string {
  const isUpper = (s: string): boolean => s.charAt(0) !== s.charAt(0).toLowerCase();
  if (isUpper(like)) return text.charAt(0).toUpperCase() + text.slice(1);
  return isUpper(preferred) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The abbreviation appears in `text` from `from` on as a word of its own, inside another name too
 * ("anti-MAG neuropathy" after "anti-myelin-associated glycoprotein (anti-MAG)"), where no mention of
 * the abbreviation's entry records it.
 */
function writtenFrom(text: string, abbreviation: string, from: number): boolean {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbreviation)}(?![\\p{L}\\p{N}])`, 'gu');
  word.lastIndex = from;
  return word.test(text);
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

