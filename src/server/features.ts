import { CodeActionKind, CompletionItemKind, MarkupKind, type CodeAction, type CodeActionParams, type CompletionItem, type CompletionList, type Hover } from 'vscode-languageserver';
import type { EditedDocument } from './documents';
import { completeAt, disableLineEdit, entryMarkdown, fixAllEdits, fixTitle, formatOfLanguage, hoverAt, type Finding, type TermIndex } from '../core/index';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../extension/contract';
import { isDiagnosticOf, toTextEdit } from './convert';
import type { DocumentConfig } from './settings';

/** Hover, completion and code actions: thin adapters over the core, answered from the document's cached chunks. */

/** What a feature needs of one open document. */
export interface FeatureContext {
  /** An open document: its `text` is in pieces, so hover and completion read near the cursor without building it whole. */
  document: EditedDocument;
  config: DocumentConfig;
  /** The document's linter, when it checked this text with these terms (hover and completion skip the parse). */
  blocks?: { blockAt: import('../core/index').BlockSource['blockAt'] };
  findings: readonly Finding[];
}

const KIND: Record<string, CompletionItemKind> = {
  disease: CompletionItemKind.Text,
  variant: CompletionItemKind.Text,
  antibody: CompletionItemKind.Value,
  test: CompletionItemKind.Event,
  treatment: CompletionItemKind.Constant,
};

export function hover(ctx: FeatureContext, offset: number): Hover | null {
  const { document, config } = ctx;
  const found = hoverAt(document.text, offset, config.terms, {
    format: formatOfLanguage(document.languageId),
    audience: config.settings.audience,
    blocks: ctx.blocks,
  });
  if (!found) return null;
  const range = { start: document.positionAt(found.offset), end: document.positionAt(found.endOffset) };
  return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range };
}

/** Data a completion item carries to `completionItem/resolve`. */
interface ItemData {
  uri: string;
  termId: string;
  audience: 'patient' | 'professional';
}

/** Items (documented by resolve, the first at once); the list is incomplete since it depends on the words typed. */
export function completion(ctx: FeatureContext, offset: number): CompletionList | null {
  const { document, config } = ctx;
  const result = completeAt(document.text, offset, config.terms, {
    format: formatOfLanguage(document.languageId),
    audience: config.settings.audience,
    eponymStyle: config.settings.eponymStyle,
    blocks: ctx.blocks,
  });
  if (!result) return null;
  const range = { start: document.positionAt(result.offset), end: document.positionAt(result.endOffset) };
  const items = result.items.map((c): CompletionItem => ({
    label: c.label,
    kind: KIND[config.terms.get(c.termId)?.kind ?? ''] ?? CompletionItemKind.Text,
    textEdit: { range, newText: c.insertText },
    filterText: c.filterText,
    sortText: c.sortText,
    detail: c.detail,
    data: { uri: document.uri, termId: c.termId, audience: config.settings.audience } satisfies ItemData,
  }));
  // The best match carries its definition at once (clients that ask for items without resolving them,
  // such as VS Code's provider API, still show it); the rest get theirs from resolve.
  if (items[0]) items[0] = resolveCompletion(items[0], config.terms);
  return { isIncomplete: true, items };
}

/** The `uri` an item from `completion` was made for, to find its terminology. */
export function itemUri(item: CompletionItem): string | undefined {
  const uri = (item.data as Partial<ItemData> | undefined)?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/** Adds the definition to an item from `completion`; an unknown term id leaves it as it is. */
export function resolveCompletion(item: CompletionItem, terms: TermIndex): CompletionItem {
  const data = item.data as Partial<ItemData> | undefined;
  const entry = typeof data?.termId === 'string' ? terms.get(data.termId) : undefined;
  if (!entry) return item;
  const value = entryMarkdown(entry, terms, { audience: data?.audience === 'professional' ? 'professional' : 'patient', brief: true });
  return { ...item, documentation: { kind: MarkupKind.Markdown, value } };
}

const FIX_ALL = FIX_ALL_KIND;

/**
 * Quick fixes from each finding's fixes, "Disable <rule> for this line" (Markdown), and
 * "Fix all NeuroTerm problems" as a quick fix and as `source.fixAll.neuroterm`.
 */
export function codeActions(ctx: FeatureContext, params: CodeActionParams): CodeAction[] {
  const { document, findings } = ctx;
  const uri = document.uri;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const fixAll = (kind: string): CodeAction[] => {
    const edits = fixAllEdits(findings);
    return edits.length === 0 ? [] : [{ title: 'Fix all NeuroTerm problems', kind, edit: { changes: { [uri]: edits.map((e) => toTextEdit(document, e)) } } }];
  };
  if (only && !wants(CodeActionKind.QuickFix)) return wants(FIX_ALL) ? fixAll(FIX_ALL) : [];
  const actions: CodeAction[] = [];
  const text = document.getText();
  // "Fix all" (mechanical fixes only) joins the list beside a mechanical fix, never beside a claim rewrite.
  let mechanicalHere = false;
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const finding = findings.find((f) => isDiagnosticOf(diagnostic, f, document));
    // A diagnostic from before the last edit may point at moved text: offer nothing until the re-check.
    if (!finding || text.slice(finding.offset, finding.endOffset) !== finding.actual) continue;
    mechanicalHere ||= finding.fixes[0]?.mechanical === true;
    finding.fixes.forEach((fix, i) =>
      actions.push({ title: fixTitle(text, fix), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: { changes: { [uri]: [toTextEdit(document, fix)] } } }),
    );
    if (document.languageId === 'markdown') {
      const edit = disableLineEdit(text, finding.range.start.line, finding.ruleId);
      actions.push({ title: `Disable ${finding.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [toTextEdit(document, edit)] } } });
    }
  }
  if (mechanicalHere && fixAllEdits(findings).length > 1) actions.push(...fixAll(CodeActionKind.QuickFix));
  return actions;
}
