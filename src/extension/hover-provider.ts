import * as vscode from 'vscode';
import { hoverAt, type BlockSource, type TermIndex } from '../core/index';
import type { Configuration } from './configuration';
import { offsetRange } from './convert';
import { formatOf, isChecked } from './documents';
import { guarded, type Log } from './log';
import type { Terminology } from './terminology';

/** The open document's analysed chunks, when its `Linter` checked it with these terms (see `DiagnosticsController.blocksFor`). */
export type BlocksFor = (uri: vscode.Uri, terms: TermIndex) => BlockSource | undefined;

/** Hover on any recognized term: the adapter over the core's `hoverAt`. */
export function hoverProvider(config: Configuration, terminology: Terminology, log: Log, blocks: BlocksFor): vscode.HoverProvider {
  return {
    provideHover: (document, position, token) =>
      guarded(log, 'hover', undefined, async () => {
        const resolved = await config.forUri(document.uri);
        if (!isChecked(document, resolved.settings)) return undefined;
        const terms = await terminology.forFiles(resolved.terminologyFiles);
        // The pointer may have moved on while the configuration loaded.
        if (token.isCancellationRequested) return undefined;
        const hover = hoverAt(document.getText(), document.offsetAt(position), terms, {
          format: formatOf(document),
          audience: resolved.settings.audience,
          blocks: blocks(document.uri, terms),
        });
        if (!hover) return undefined;
        const content = new vscode.MarkdownString(hover.markdown);
        // Data text is escaped by the core; links only go to https pages, never to commands.
        content.isTrusted = false;
        return new vscode.Hover(content, offsetRange(document, hover.offset, hover.endOffset));
      }),
  };
}
