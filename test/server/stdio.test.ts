// The server as any editor starts it: a separate process over stdio, plain JSON-RPC, no VS Code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

test('node dist/server.js --stdio answers initialize, publishes diagnostics, hovers and exits on request', async () => {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Promise<{ code: string }[]>((resolve) => rpc.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: { code: string }[] }) => resolve(p.diagnostics)));
  rpc.listen();
  const init = await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  assert.equal(init.serverInfo.name, 'docker-coach');
  assert.ok(init.capabilities.hoverProvider && init.capabilities.codeActionProvider && init.capabilities.completionProvider);
  await rpc.sendNotification('initialized', {});
  const uri = 'file:///tmp/docker-coach-stdio/Dockerfile';
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM node\nCMD node a.js\n' } });
  const codes = (await diagnostics).map((d) => d.code);
  assert.ok(codes.includes('DF001') && codes.includes('DF005'), codes.join());
  const hover = await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }) as { contents: { value: string } };
  assert.match(hover.contents.value, /\*\*CMD\*\*/);
  await rpc.sendRequest('shutdown');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await rpc.sendNotification('exit');
  assert.equal(await exited, 0);
  rpc.dispose();
});
