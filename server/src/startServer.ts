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

  connection.onHover((p) => hover(p, documents, state));
  connection.onCodeAction((p) => codeActions(p, documents, state));
  connection.onCompletion((p) => completion(p, documents, state));

  documents.listen(connection);
  connection.listen();
}
