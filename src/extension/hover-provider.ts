import * as vscode from 'vscode';
import { hoverAt } from '../core/index';
import type { Configuration } from './configuration';
import { offsetRange } from './convert';
import { formatOf, isChecked } from './documents';
import { guarded, type Log } from './log';
import type { Terminology } from './terminology';

/** Hover on any recognized term: the adapter over the core's `hoverAt`. */
export function hoverProvider(config: Configuration, terminology: Terminology, log: Log): vscode.HoverProvider {
  return {
    provideHover: (document, position) =>
      guarded(log, 'hover', undefined, async () => {
        const resolved = await config.forUri(document.uri);
        if (!isChecked(document, resolved.settings)) return undefined;
        const terms = await terminology.forFiles(resolved.terminologyFiles);
        const hover = hoverAt(document.getText(), document.offsetAt(position), terms, {
          format: formatOf(document),
          audience: resolved.settings.audience,
        });
        if (!hover) return undefined;
        const content = new vscode.MarkdownString(hover.markdown);
        // Data text is escaped by the core; links only go to https pages, never to commands.
        content.isTrusted = false;
        return new vscode.Hover(content, offsetRange(document, hover.offset, hover.endOffset));
      }),
  };
}
