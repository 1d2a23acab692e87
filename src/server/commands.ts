import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentView } from './documents';
import { version } from '../../package.json';
import { Linter, abbreviationTable, buildGlossary, checkText, documentReadability, editorFindings, entryMarkdown, findMentions, formatOfLanguage, hoverAt, languageOfPath, reviewPage, summarizeFindings, utcMinute, type Entry } from '../core/index';
import { toDiagnostic } from './convert';
import type { FeatureContext } from './features';
import { SERVER_COMMANDS, type CheckedFile, type TermItem } from './protocol';
import type { DocumentConfig } from './settings';

/** What the commands need of the server. */
export interface CommandHost {
  context(uri: string): Promise<FeatureContext | undefined>;
  configFor(uri: string): Promise<DocumentConfig>;
  openDocument(uri: string): DocumentView | undefined;
  readText(uri: string): Promise<string | undefined>;
}

/** `workspace/executeCommand` handlers (see SERVER_COMMANDS for each one's arguments and result). */
export class ServerCommands {
  constructor(private readonly server: CommandHost) {}

  async run(command: string, args: readonly unknown[]): Promise<unknown> {
    const [first, second] = args;
    const uri = typeof first === 'string' ? first : undefined;
    switch (command) {
      case SERVER_COMMANDS.checkMedicalClaims:
        return this.withContext(uri, (ctx, text, format) => {
          const readability = { report: documentReadability(text, format), target: ctx.config.settings.readabilityTarget };
          return summarizeFindings(ctx.document.uri, ctx.findings.slice(), readability, abbreviationTable(text, ctx.config.terms, format));
        });
      case SERVER_COMMANDS.glossary:
        return this.withContext(uri, (ctx, text, format) => buildGlossary(findMentions(text, ctx.config.terms, format), ctx.config.terms, { audience: ctx.config.settings.audience }));
      case SERVER_COMMANDS.reviewPage:
        return this.withContext(uri, (ctx, text, format) => {
          const path = typeof second === 'string' ? second : ctx.document.uri;
          const findings = summarizeFindings(path, ctx.findings.slice()).findings;
          return reviewPage({ documents: [{ path, text, findings, format, readabilityTarget: ctx.config.settings.readabilityTarget }], generated: utcMinute(new Date()), toolVersion: version, terms: ctx.config.terms });
        });
      case SERVER_COMMANDS.listTerms:
        return (await this.termsFor(uri)).entries.map(termItem);
      case SERVER_COMMANDS.termPage:
        return this.termPage((first ?? {}) as { uri?: unknown; id?: unknown; offset?: unknown; kind?: unknown });
      case SERVER_COMMANDS.checkFiles:
        return Array.isArray(first) ? this.checkFiles(first.filter((u): u is string => typeof u === 'string')) : [];
      default:
        return null;
    }
  }

  private async withContext<T>(uri: string | undefined, run: (ctx: FeatureContext, text: string, format: ReturnType<typeof formatOfLanguage>) => T): Promise<T | null> {
    const ctx = uri ? await this.server.context(uri) : undefined;
    return ctx ? run(ctx, ctx.document.getText(), formatOfLanguage(ctx.document.languageId)) : null;
  }

  private async termsFor(uri: string | undefined) {
    return (await this.server.configFor(uri ?? 'untitled:neuroterm')).terms;
  }

  /** An entry's page (Markdown, as the hover shows it with every source) or data (JSON). */
  private async termPage(args: { uri?: unknown; id?: unknown; offset?: unknown; kind?: unknown }): Promise<{ id: string; text: string } | null> {
    const uri = typeof args.uri === 'string' ? args.uri : undefined;
    const config = await this.server.configFor(uri ?? 'untitled:neuroterm');
    const terms = config.terms;
    let id = typeof args.id === 'string' ? args.id : undefined;
    const document = uri ? this.server.openDocument(uri) : undefined;
    if (!id && document && typeof args.offset === 'number') {
      id = hoverAt(document.getText(), args.offset, terms, { format: formatOfLanguage(document.languageId) })?.termId;
    }
    const entry = id ? terms.get(id) : undefined;
    if (!entry) return null;
    const text = args.kind === 'json' ? `${JSON.stringify(entry, null, 2)}\n` : `${entryMarkdown(entry, terms, { audience: config.settings.audience, allSources: true })}\n`;
    return { id: entry.id, text };
  }

  /** Checks files (the workspace check): open ones with their unsaved text, others read through the host. */
  private async checkFiles(uris: readonly string[]): Promise<CheckedFile[]> {
    const out: CheckedFile[] = [];
    for (const uri of uris) {
      const config = await this.server.configFor(uri);
      const open = this.server.openDocument(uri);
      const languageId = open?.languageId ?? languageOfPath(uri.replace(/[?#].*$/, ''));
      if (!config.settings.enable || !languageId) {
        out.push({ uri, kind: 'disabled', count: 0, diagnostics: [] });
        continue;
      }
      const text = open?.getText() ?? (await this.server.readText(uri));
      if (text === undefined) {
        out.push({ uri, kind: 'error', count: 0, reason: 'Not checked: the file could not be read.', diagnostics: [] });
        continue;
      }
      const request = { settings: config.lint, languages: config.settings.languages, maxFileSize: config.settings.maxFileSize, ignored: config.ignored };
      const result = checkText(text, languageId, request, new Linter(config.terms));
      if (result.kind === 'checked') {
        const document = TextDocument.create(uri, languageId, 0, text);
        out.push({ uri, kind: 'checked', count: result.findings.length, diagnostics: editorFindings(result.findings).shown.map((f) => toDiagnostic(f, document)) });
      } else if (result.kind === 'error') out.push({ uri, kind: 'error', count: 0, reason: result.message, diagnostics: [] });
      else out.push({ uri, kind: result.kind, count: 0, ...(result.kind === 'skipped' ? { reason: result.reason } : {}), diagnostics: [] });
    }
    return out;
  }
}

function termItem(e: Entry): TermItem {
  return {
    // The abbreviation goes in the label so typing "CIDP" finds the disease, not only names that contain it.
    label: e.abbreviations?.length ? `${e.preferred} (${e.abbreviations.map((a) => a.abbr).join(', ')})` : e.preferred,
    description: (e.synonyms ?? []).join(', '),
    detail: e.definition.patient,
    id: e.id,
  };
}
