import { parseDirective, type Directive } from './directives';
import { chunkMarkdown, type Chunk } from './markdown/chunk';
import { extractProse, plainProse, type ProseUnit } from './markdown/prose';
import { rechunk } from './markdown/rechunk';
import type { Mention } from './matcher';
import { ChunkedLines, LineIndex } from './positions';
import { RULES } from './rules/index';
import type { Block, DocumentInput, Rule, RuleEnv } from './rules/rule';
import type { TermIndex } from './terminology/term-index';
import { splitSentences, type Span } from './text/sentences';
import { finishFindings, type RuleFinding } from './findings';
import { DEFAULT_SETTINGS, type Finding, type LintSettings, type Severity } from './types';

export { ruleUrl } from './findings';

export type DocumentFormat = 'markdown' | 'text';

export interface LintOptions {
  settings?: Partial<LintSettings>;
  format?: DocumentFormat;
  /** Rules to run; defaults to every registered rule. */
  rules?: readonly Rule[];
}

/** The analysis of one chunk: kept while the chunk's text is unchanged. */
interface BlockResult {
  block: Block;
  findings: RuleFinding[];
}

/** One chunk of the last linted version, with its line table and (for prose chunks) its analysis. */
interface ChunkState {
  chunk: Chunk;
  lines: LineIndex;
  result?: BlockResult;
}

/**
 * Lints documents against one terminology. One `Linter` per open document gives incremental
 * checks: it keeps the last version's chunks, re-chunks only around an edit, and re-analyses only
 * chunks whose text changed. Document rules then run over the cached blocks.
 */
export class Linter {
  private chunks: ChunkState[] = [];
  private text = '';
  private cacheKey = '';

  constructor(private readonly terms: TermIndex) {}

  /**
   * All findings for `text`, sorted by offset then rule id; offsets and positions are 0-based
   * UTF-16 into `text`. Never throws on any input string.
   */
  lint(text: string, options: LintOptions = {}): Finding[] {
    const settings: LintSettings = { ...DEFAULT_SETTINGS, ...options.settings };
    const rules = options.rules ?? RULES;
    const format = options.format ?? 'markdown';
    const env: RuleEnv = { terms: this.terms, settings };
    const key = JSON.stringify([settings, rules.map((r) => r.id), format]);
    if (key !== this.cacheKey) {
      this.chunks = [];
      this.cacheKey = key;
    }

    const plan =
      format === 'text'
        ? [{ chunk: { start: 0, text, frontMatter: false }, previous: this.chunks[0]?.chunk.text === text ? this.chunks[0] : undefined }]
        : rechunk(this.text, this.chunks, text);
    // Identical chunks in one version (repeated boilerplate) are analysed once.
    const fresh = new Map<string, ChunkState>();
    this.chunks = plan.map(({ chunk, previous }) => {
      const same = previous ?? fresh.get(chunk.text);
      if (same) return { chunk, lines: same.lines, result: same.result };
      const result = chunk.frontMatter ? undefined : this.analyse(chunk.text, format, rules, env);
      const state = { chunk, lines: new LineIndex(chunk.text), result };
      if (!chunk.frontMatter) fresh.set(chunk.text, state);
      return state;
    });
    this.text = text;

    const lines = new ChunkedLines(this.chunks);
    const blocks: Array<{ start: number; block: Block }> = [];
    const directives: Directive[] = [];
    for (const { chunk, result } of this.chunks) {
      if (!result) continue;
      blocks.push({ start: chunk.start, block: result.block });
      for (const c of result.block.comments) {
        const d = parseDirective(c.value, chunk.start + c.start);
        if (d) directives.push(d);
      }
    }
    const documentFindings: RuleFinding[] = [];
    const doc: DocumentInput = { text, blocks };
    for (const rule of rules) {
      if (rule.scope !== 'document' || severityOf(rule, settings) === 'off') continue;
      rule.check(doc, env, (f) => documentFindings.push({ ...f, rule }));
    }
    return finishFindings(text, this.chunks, documentFindings, lines, directives, settings);
  }

  private analyse(text: string, format: DocumentFormat, rules: readonly Rule[], env: RuleEnv): BlockResult {
    const block = analyseBlock(text, format, this.terms);
    const findings: RuleFinding[] = [];
    for (const rule of rules) {
      if (rule.scope !== 'block' || severityOf(rule, env.settings) === 'off') continue;
      rule.check(block, env, (f) => findings.push({ ...f, rule }));
    }
    return { block, findings };
  }
}

/**
 * Every term mention in the prose of a whole document, in order, with offsets (0-based UTF-16)
 * into `text`. Front matter, code and URLs are skipped as in `lint`. Never throws.
 */
export function findMentions(text: string, terms: TermIndex, format: DocumentFormat = 'markdown'): Mention[] {
  const chunks: Chunk[] = format === 'text' ? [{ start: 0, text, frontMatter: false }] : chunkMarkdown(text);
  const out: Mention[] = [];
  for (const chunk of chunks) {
    if (chunk.frontMatter) continue;
    for (const m of analyseBlock(chunk.text, format, terms).mentions) {
      out.push({ ...m, offset: chunk.start + m.offset, endOffset: chunk.start + m.endOffset });
    }
  }
  return out;
}

/** Parses one chunk and finds its term mentions; exported for `terms` and hover. */
export function analyseBlock(text: string, format: DocumentFormat, terms: TermIndex): Block {
  const prose = format === 'text' ? plainProse(text) : extractProse(text);
  const mentions: Mention[] = [];
  for (const unit of prose.units) mentions.push(...terms.matcher.match(prose.masked, unit.start, unit.end));
  const sentenceCache = new Map<ProseUnit, Span[]>();
  return {
    text,
    masked: prose.masked,
    units: prose.units,
    comments: prose.comments,
    mentions,
    sentences(unit) {
      let spans = sentenceCache.get(unit);
      if (!spans) sentenceCache.set(unit, (spans = splitSentences(prose.masked, unit.start, unit.end)));
      return spans;
    },
    mentionsIn(start, end) {
      return mentionsBetween(mentions, start, end);
    },
  };
}

/** The configured severity of a rule: its id wins over its category, then the rule's default. */
export function severityOf(rule: Rule, settings: LintSettings): Severity | 'off' {
  return settings.rules[rule.id] ?? settings.rules[rule.category] ?? rule.defaultSeverity;
}

/** Mentions inside [start, end), found by binary search since mentions are in offset order. */
function mentionsBetween(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.offset < start) low = mid + 1;
    else high = mid;
  }
  const out: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.offset < end; i++) {
    if (mentions[i]!.endOffset <= end) out.push(mentions[i]!);
  }
  return out;
}
