// The guard every request goes through: a handler that throws (or rejects) answers its empty
// result and logs once, a request cancelled before it ran does no work, and one cancelled while
// it waited in the queue is answered "cancelled" by the connection itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type ResponseMessage } from 'vscode-languageserver/node';
import { connectionStrategy, guarded } from '../../server/src/handlers/guard';

const token = () => new CancellationTokenSource().token;

test('a handler that throws answers its empty result and logs the failure once', async () => {
  const log: string[] = [];
  const handler = guarded<unknown, unknown[]>('documentSymbol', [], (m) => log.push(m), () => { throw new RangeError('Maximum call stack size exceeded'); });
  assert.deepEqual(await handler({}, token()), []);
  assert.equal(log.length, 1);
  assert.match(log[0] ?? '', /^documentSymbol failed: RangeError: Maximum call stack size exceeded/);
});

test('a handler that rejects answers empty too; one that works answers its result', async () => {
  const log: string[] = [];
  const failing = guarded<unknown, null>('hover', null, (m) => log.push(m), () => Promise.reject(new Error('boom')));
  assert.equal(await failing({}, token()), null);
  const working = guarded<number, number>('double', 0, (m) => log.push(m), (n) => n * 2);
  assert.equal(await working(21, token()), 42);
  assert.equal(log.length, 1);
});

test('a request already cancelled is answered RequestCancelled without running the handler', async () => {
  let ran = false;
  const source = new CancellationTokenSource();
  source.cancel();
  const handler = guarded('completion', [], () => undefined, () => { ran = true; return []; });
  const answer = await handler({}, source.token);
  assert.ok(answer instanceof ResponseError);
  assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
  assert.equal(ran, false);
});

test('the connection answers a request cancelled in its queue with RequestCancelled', () => {
  const answer = connectionStrategy.cancelUndispatched?.({ jsonrpc: '2.0', id: 7, method: 'textDocument/hover' } as never, undefined as never) as ResponseMessage | undefined;
  assert.equal(answer?.id, 7);
  assert.equal(answer?.error?.code, LSPErrorCodes.RequestCancelled);
  assert.equal(connectionStrategy.cancelUndispatched?.({ jsonrpc: '2.0', method: 'textDocument/didChange' } as never, undefined as never), undefined, 'notifications have no answer');
});
