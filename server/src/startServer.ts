// Wires a connection, the documents and the handlers. No logic lives here. server.ts starts it
// over IPC (VS Code) or --stdio (any LSP client); tests start it over in-memory streams.
import { TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentState, safePath } from './documents';
import { DiagnosticsPublisher } from './handlers/diagnostics';
import { codeActions } from './handlers/codeActions';
import { hover } from './handlers/hover';
import { completion } from './handlers/completion';
import { documentLinks, documentSymbols, foldingRanges, SEMANTIC_LEGEND, semanticTokens, semanticTokensRange } from './handlers/navigation';
import { definition, prepareRename, references, rename } from './handlers/references';
import { guarded } from './handlers/guard';
import { formatDocument, formatRange, formatTyped, ON_TYPE_TRIGGER } from './handlers/formatting';
import { readSettings, SETTINGS_NOTIFICATION } from './settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const openText = (path: string): string | undefined => {
    for (const d of documents.all()) if (safePath(d.uri) === path) return d.getText();
    return undefined;
  };
  let state = new DocumentState(readSettings({}), openText, (m) => connection.console.warn(m));
  let publisher = new DiagnosticsPublisher(connection, documents, state);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    const lang = init.lang ?? (params.locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en');
    state = new DocumentState(readSettings({ ...init, lang }), openText, (m) => connection.console.warn(m));
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    state.root = rootUri ? safePath(rootUri) : undefined;
    publisher = new DiagnosticsPublisher(connection, documents, state);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      completionProvider: { triggerCharacters: ['-', '=', '$', '{', ' '] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: ON_TYPE_TRIGGER },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true },
      },
      serverInfo: { name: 'docker-coach' },
    };
  });

  connection.onNotification(SETTINGS_NOTIFICATION, (raw: unknown) => {
    state.updateSettings(readSettings(raw));
    publisher.refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => { state.invalidateAnalyses(); publisher.refreshAll(); });
  documents.onDidOpen((e) => publisher.schedule(e.document));
  documents.onDidChangeContent((e) => {
    publisher.schedule(e.document);
    // Compose files read the Dockerfiles they build (cross-file rules): refresh them too.
    if (state.kindOf(e.document) !== 'dockerfile') return;
    for (const other of documents.all()) {
      if (other.uri !== e.document.uri && state.kindOf(other) === 'compose') { state.invalidate(other.uri); publisher.schedule(other); }
    }
  });
  documents.onDidClose((e) => { state.forget(e.document.uri); publisher.clear(e.document.uri); });

  const log = (m: string) => connection.console.warn(m);
  connection.onHover(guarded('hover', null, log, (p) => hover(p, documents, state)));
  connection.onCodeAction(guarded('codeAction', [], log, (p) => codeActions(p, documents, state)));
  connection.onCompletion(guarded('completion', [], log, (p) => completion(p, documents, state)));
  connection.onDocumentFormatting(guarded('formatting', [], log, (p) => formatDocument(p, documents, state)));
  connection.onDocumentRangeFormatting(guarded('rangeFormatting', [], log, (p) => formatRange(p, documents, state)));
  connection.onDocumentOnTypeFormatting(guarded('onTypeFormatting', [], log, (p) => formatTyped(p, documents, state)));
  connection.onDocumentSymbol(guarded('documentSymbol', [], log, (p) => documentSymbols(p, documents, state)));
  connection.onFoldingRanges(guarded('foldingRange', [], log, (p) => foldingRanges(p, documents, state)));
  connection.onDocumentLinks(guarded('documentLink', [], log, (p) => documentLinks(p, documents, state)));
  connection.onDefinition(guarded('definition', [], log, (p) => definition(p, documents, state)));
  connection.onReferences(guarded('references', [], log, (p) => references(p, documents, state)));
  connection.onPrepareRename(guarded('prepareRename', null, log, (p) => prepareRename(p, documents, state)));
  connection.onRenameRequest(guarded('rename', null, log, (p) => rename(p, documents, state)));
  connection.languages.semanticTokens.on(guarded('semanticTokens', { data: [] }, log, (p) => semanticTokens(p, documents, state)));
  connection.languages.semanticTokens.onRange(guarded('semanticTokensRange', { data: [] }, log, (p) => semanticTokensRange(p, documents, state)));

  documents.listen(connection);
  connection.listen();
}
