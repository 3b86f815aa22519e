// The server as any editor starts it: a separate process over stdio, plain JSON-RPC, no VS Code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

test('node dist/server.js --stdio answers initialize, publishes diagnostics, hovers, navigates and exits on request', async () => {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Promise<{ code: string }[]>((resolve) => rpc.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: { code: string }[] }) => resolve(p.diagnostics)));
  rpc.listen();
  const init = await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  assert.equal(init.serverInfo.name, 'docker-coach');
  assert.ok(init.capabilities.hoverProvider && init.capabilities.codeActionProvider && init.capabilities.completionProvider);
  assert.ok(init.capabilities.documentSymbolProvider && init.capabilities.definitionProvider && init.capabilities.renameProvider && init.capabilities.semanticTokensProvider);
  await rpc.sendNotification('initialized', {});
  const uri = 'file:///tmp/docker-coach-stdio/Dockerfile';
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM node\nCMD node a.js\n' } });
  const codes = (await diagnostics).map((d) => d.code);
  assert.ok(codes.includes('DF001') && codes.includes('DF005'), codes.join());
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }) as { contents: { value: string } };
  assert.match(hover.contents.value, /\*\*CMD\*\*/);
  // Navigation: outline, go to definition and one rename edit on a multi-stage Dockerfile.
  const nav = 'file:///tmp/docker-coach-stdio/nav/Dockerfile';
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: nav, languageId: 'dockerfile', version: 1, text: 'FROM node:22 AS build\nFROM nginx:1.27\nCOPY --from=build /a /b\n' } });
  const symbols = await rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: nav } }) as { name: string }[];
  assert.deepEqual(symbols.map((s) => s.name), ['build', 'stage 1']);
  const stageName = { start: { line: 0, character: 16 }, end: { line: 0, character: 21 } };
  assert.deepEqual(await rpc.sendRequest('textDocument/definition', { textDocument: { uri: nav }, position: { line: 2, character: 14 } }), [{ uri: nav, range: stageName }]);
  const renamed = await rpc.sendRequest('textDocument/rename', { textDocument: { uri: nav }, position: { line: 2, character: 14 }, newName: 'compile' }) as { documentChanges: { textDocument: { uri: string; version: number | null }; edits: { newText: string }[] }[] };
  assert.deepEqual(renamed.documentChanges.map((c) => [c.textDocument.uri, c.textDocument.version, c.edits.map((e) => e.newText)]), [[nav, 1, ['compile', 'compile']]]);
  // Formatting: advertised (on-type on newline) and answered over stdio.
  assert.deepEqual([init.capabilities.documentFormattingProvider, init.capabilities.documentRangeFormattingProvider, init.capabilities.documentOnTypeFormattingProvider], [true, true, { firstTriggerCharacter: '\n' }]);
  const messy = 'file:///tmp/docker-coach-stdio/format/Dockerfile';
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: messy, languageId: 'dockerfile', version: 1, text: 'from node:22\nRUN  npm ci\n' } });
  assert.deepEqual(await rpc.sendRequest('textDocument/formatting', { textDocument: { uri: messy }, options: { tabSize: 4, insertSpaces: true } }), [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, newText: 'FROM' },
    { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, newText: '' },
  ]);
  await rpc.sendRequest('shutdown');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await rpc.sendNotification('exit');
  assert.equal(await exited, 0);
  rpc.dispose();
});
