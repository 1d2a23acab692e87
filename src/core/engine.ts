import { DirectiveFilter, parseDirective, type Directive } from './directives';
import { chunkMarkdown, type Chunk } from './markdown/chunk';
import { extractProse, plainProse, type ProseUnit } from './markdown/prose';
import type { Mention } from './matcher';
import { LineIndex } from './positions';
import { RULES } from './rules/index';
import type { Block, DocumentInput, Rule, RuleEnv } from './rules/rule';
import type { TermIndex } from './terminology/term-index';
import { splitSentences, type Span } from './text/sentences';
import { DEFAULT_SETTINGS, DOCS_BASE_URL, type Finding, type LintSettings, type RawFinding, type Severity } from './types';

export type DocumentFormat = 'markdown' | 'text';

export interface LintOptions {
  settings?: Partial<LintSettings>;
  format?: DocumentFormat;
  /** Rules to run; defaults to every registered rule. */
  rules?: readonly Rule[];
}

interface RuleFinding extends RawFinding {
  rule: Rule;
}

interface BlockResult {
  block: Block;
  findings: RuleFinding[];
}

/** The documentation page of a rule. */
export function ruleUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/**
 * Lints documents against one terminology. Keeps a cache of analysed chunks keyed by their
 * text, so re-linting after an edit re-analyses only the chunks that changed. One `Linter`
 * per open document gives incremental checks; the cache holds only the last version's chunks.
 */
export class Linter {
  private cache = new Map<string, BlockResult>();
  private cacheKey = '';

  constructor(private readonly terms: TermIndex) {}

  /** All findings for `text`, sorted by offset then rule id. Never throws on any input string. */
  lint(text: string, options: LintOptions = {}): Finding[] {
    const settings: LintSettings = { ...DEFAULT_SETTINGS, ...options.settings };
    const rules = options.rules ?? RULES;
    const env: RuleEnv = { terms: this.terms, settings };
    this.resetCacheIfChanged(settings, rules, options.format ?? 'markdown');

    const chunks: Chunk[] =
      options.format === 'text' ? [{ start: 0, text, frontMatter: false }] : chunkMarkdown(text);
    const next = new Map<string, BlockResult>();
    const blocks: Array<{ start: number; block: Block }> = [];
    const raw: Array<{ finding: RuleFinding; base: number }> = [];
    const directives: Directive[] = [];

    for (const chunk of chunks) {
      if (chunk.frontMatter) continue;
      const key = chunk.text;
      let result = next.get(key) ?? this.cache.get(key);
      if (!result) result = this.analyse(chunk.text, options.format ?? 'markdown', rules, env);
      next.set(key, result);
      blocks.push({ start: chunk.start, block: result.block });
      for (const finding of result.findings) raw.push({ finding, base: chunk.start });
      for (const c of result.block.comments) {
        const d = parseDirective(c.value, chunk.start + c.start);
        if (d) directives.push(d);
      }
    }
    this.cache = next;

    const doc: DocumentInput = { text, blocks };
    for (const rule of rules) {
      if (rule.scope !== 'document' || severityOf(rule, settings) === 'off') continue;
      rule.check(doc, env, (f) => raw.push({ finding: { ...f, rule }, base: 0 }));
    }
    return finish(text, raw, directives, settings);
  }

  private resetCacheIfChanged(settings: LintSettings, rules: readonly Rule[], format: DocumentFormat): void {
    const key = JSON.stringify([settings, rules.map((r) => r.id), format]);
    if (key !== this.cacheKey) {
      this.cache.clear();
      this.cacheKey = key;
    }
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
      return mentions.filter((m) => m.offset >= start && m.endOffset <= end);
    },
  };
}

/** The configured severity of a rule: its id wins over its category, then the rule's default. */
export function severityOf(rule: Rule, settings: LintSettings): Severity | 'off' {
  return settings.rules[rule.id] ?? settings.rules[rule.category] ?? rule.defaultSeverity;
}

function finish(
  text: string,
  raw: Array<{ finding: RuleFinding; base: number }>,
  directives: Directive[],
  settings: LintSettings,
): Finding[] {
  const lines = new LineIndex(text);
  const filter = new DirectiveFilter(directives, lines);
  const out: Finding[] = [];
  for (const { finding, base } of raw) {
    const { rule, ...rest } = finding;
    const configured = severityOf(rule, settings);
    if (configured === 'off') continue;
    const offset = base + rest.offset;
    const endOffset = base + rest.endOffset;
    const start = lines.positionAt(offset);
    if (filter.isDisabled(rule.id, rule.category, offset, start.line)) continue;
    const severity = settings.rules[rule.id] ?? settings.rules[rule.category] ?? rest.severity ?? rule.defaultSeverity;
    out.push({
      ruleId: rule.id,
      category: rule.category,
      severity: severity === 'off' ? rule.defaultSeverity : severity,
      message: rest.message,
      range: { start, end: lines.positionAt(endOffset) },
      offset,
      endOffset,
      actual: rest.actual,
      termId: rest.termId,
      fixes: rest.fixes.map((f) => ({ ...f, offset: base + f.offset, endOffset: base + f.endOffset })),
      url: ruleUrl(rule.id),
      ...(rest.note ? { note: rest.note } : {}),
    });
  }
  return out.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
}
