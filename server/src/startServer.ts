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
import { CONFIG_FILE } from './workspace/config';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // Open documents by file path: analyses read the editor's text of a file before the disk's.
  const openUris = new Map<string, string>();
  documents.onDidOpen((e) => { const p = safePath(e.document.uri); if (p) openUris.set(p, e.document.uri); });
  documents.onDidClose((e) => { const p = safePath(e.document.uri); if (p) openUris.delete(p); });
  const openText = (path: string): string | undefined => {
    const uri = openUris.get(path);
    return uri === undefined ? undefined : documents.get(uri)?.getText();
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

  // A file another document's analysis read changed (a Dockerfile a compose service builds, a
  // .dockerignore, a .env): refresh exactly those documents.
  const refreshReadersOf = (path: string | undefined, changed?: string) => {
    if (!path) return;
    for (const uri of state.invalidateReadersOf(path, changed)) { const d = documents.get(uri); if (d) publisher.schedule(d); }
  };
  connection.onDidChangeWatchedFiles(({ changes }) => {
    // A config file changes every analysis under it; other files, the documents that read them.
    if (changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) {
      state.invalidateAnalyses();
      publisher.refreshAll();
      return;
    }
    for (const c of changes) refreshReadersOf(safePath(c.uri));
  });
  documents.onDidOpen((e) => publisher.schedule(e.document));
  documents.onDidChangeContent((e) => {
    publisher.schedule(e.document);
    refreshReadersOf(safePath(e.document.uri), e.document.uri);
  });
  documents.onDidClose((e) => {
    state.forget(e.document.uri);
    publisher.clear(e.document.uri);
    refreshReadersOf(safePath(e.document.uri)); // they read the disk's text now
  });

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
