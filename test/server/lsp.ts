// An in-process language server over in-memory streams, driven by a plain JSON-RPC client.
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { connectionStrategy } from '../../server/src/handlers/guard';
import { startServer } from '../../server/src/startServer';

export interface TestClient {
  rpc: MessageConnection;
  open(uri: string, languageId: string, text: string): void;
  change(uri: string, version: number, text: string): void;
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** The next publication for `uri` after this call. */
  nextDiagnostics(uri: string): Promise<Diagnostic[]>;
  close(): void;
}

export async function startTestServer(initializationOptions: Record<string, unknown> = {}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient), connectionStrategy));
  const rpc = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: (() => void)[] = [];
  rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, [...(published.get(p.uri) ?? []), p]);
    waiters.splice(0).forEach((w) => w());
  });
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions });
  await rpc.sendNotification('initialized', {});
  const versions = new Map<string, number>();
  return {
    rpc,
    open(uri, languageId, text) {
      versions.set(uri, 1);
      void rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, version, text) {
      versions.set(uri, version);
      void rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async diagnostics(uri, version) {
      const want = version ?? versions.get(uri);
      for (;;) {
        const hit = (published.get(uri) ?? []).find((p) => p.version === want);
        if (hit) return hit.diagnostics;
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    async nextDiagnostics(uri) {
      const seen = (published.get(uri) ?? []).length;
      for (;;) {
        const list = published.get(uri) ?? [];
        if (list.length > seen) return (list[list.length - 1] as PublishDiagnosticsParams).diagnostics;
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    close() { rpc.dispose(); toServer.end(); toClient.end(); },
  };
}
