// Isolation through the real server: a request cancelled while it waits is answered "cancelled"
// with no work done, a request on a document the server never saw answers empty, and the server
// keeps answering afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, type ResponseError } from 'vscode-languageserver/node';
import type { Hover } from 'vscode-languageserver/node';
import { startTestServer } from './lsp';

const uri = 'file:///tmp/docker-coach-isolation/Dockerfile';

test('a hover cancelled right after it was sent is answered RequestCancelled; the next one is answered', async () => {
  const c = await startTestServer();
  c.open(uri, 'dockerfile', 'FROM node:22\nRUN npm ci\n');
  await c.diagnostics(uri);
  const source = new CancellationTokenSource();
  const pending = c.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }, source.token);
  source.cancel();
  await assert.rejects(pending, (err: unknown) => (err as ResponseError<void>).code === LSPErrorCodes.RequestCancelled);
  const h = await c.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }) as Hover;
  assert.ok(h, 'the server still answers');
  c.close();
});

test('requests on unknown documents, bad positions and bad params answer empty, never fail', async () => {
  const c = await startTestServer();
  const other = 'file:///tmp/docker-coach-isolation/never-opened/Dockerfile';
  assert.equal(await c.rpc.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } }), null);
  c.open(uri, 'dockerfile', 'FROM node:22\n');
  await c.diagnostics(uri);
  assert.equal(await c.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } }), null);
  const actions = await c.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: -5, character: 0 }, end: { line: 1e9, character: 0 } }, context: { diagnostics: [{ garbage: true }] } });
  assert.ok(Array.isArray(actions));
  const completion = await c.rpc.sendRequest('textDocument/completion', { textDocument: { uri }, position: null });
  assert.ok(completion === null || Array.isArray(completion) || typeof completion === 'object');
  assert.ok(await c.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }));
  c.close();
});
