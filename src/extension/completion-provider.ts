import * as vscode from 'vscode';
import { completeAt, type TermIndex } from '../core/index';
import type { Configuration } from './configuration';
import type { BlocksFor } from './hover-provider';
import { offsetRange } from './convert';
import { formatOf, isChecked } from './documents';
import { guarded, type Log } from './log';
import type { Terminology } from './terminology';

const KIND: Record<string, vscode.CompletionItemKind> = {
  disease: vscode.CompletionItemKind.Text,
  variant: vscode.CompletionItemKind.Text,
  antibody: vscode.CompletionItemKind.Value,
  test: vscode.CompletionItemKind.Event,
  treatment: vscode.CompletionItemKind.Constant,
};

/** Completion of term names in prose: the adapter over the core's `completeAt`. */
export function completionProvider(config: Configuration, terminology: Terminology, log: Log, blocks: BlocksFor): vscode.CompletionItemProvider {
  return {
    provideCompletionItems: (document, position, token) =>
      guarded(log, 'completion', undefined, async () => {
        const resolved = await config.forUri(document.uri);
        if (!isChecked(document, resolved.settings)) return undefined;
        const terms: TermIndex = await terminology.forFiles(resolved.terminologyFiles);
        // The writer may have typed on while the configuration loaded.
        if (token.isCancellationRequested) return undefined;
        const result = completeAt(document.getText(), document.offsetAt(position), terms, {
          format: formatOf(document),
          audience: resolved.settings.audience,
          eponymStyle: resolved.settings.eponymStyle,
          blocks: blocks(document.uri, terms),
        });
        if (!result) return undefined;
        const range = offsetRange(document, result.offset, result.endOffset);
        const items = result.items.map((c) => {
          const item = new vscode.CompletionItem(c.label, KIND[terms.get(c.termId)?.kind ?? ''] ?? vscode.CompletionItemKind.Text);
          item.insertText = c.insertText;
          item.filterText = c.filterText;
          item.sortText = c.sortText;
          item.detail = c.detail;
          item.documentation = new vscode.MarkdownString(c.documentation);
          item.range = range;
          return item;
        });
        // The list depends on the words typed so far, so ask again as the writer keeps typing.
        return new vscode.CompletionList(items, true);
      }),
  };
}
