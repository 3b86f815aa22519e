// A document over the server's size limit gets one finding saying so, every request answers
// at once, and the document is checked normally as soon as it is small enough again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DOCUMENT_CHARS } from '../../server/src/analysis/limits';
import { startTestServer } from './lsp';

test('a document over the size limit: one finding, instant answers, checked again once smaller', { timeout: 60_000 }, async () => {
  const client = await startTestServer();
  try {
    const uri = 'file:///tmp/coach-limits/Dockerfile';
    const line = 'RUN echo "a line of a generated Dockerfile"\n';
    const huge = 'FROM alpine:3.20\n' + line.repeat(Math.ceil(MAX_DOCUMENT_CHARS / line.length) + 10);
    assert.ok(huge.length > MAX_DOCUMENT_CHARS);
    const start = performance.now();
    client.open(uri, 'dockerfile', huge);
    const found = await client.diagnostics(uri, 1);
    assert.deepEqual(found.map((d) => d.code), ['DF034']);
    assert.match(String(found[0]?.message ?? ''), /too large to check \(4\.\d MB; the limit is 4 MB\)/);
    const hover = await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 50_000, character: 2 } });
    const symbols = await client.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as unknown[];
    assert.equal(hover, null);
    assert.deepEqual(symbols, []);
    assert.ok(performance.now() - start < 10_000, `answered in ${Math.round(performance.now() - start)} ms`);

    client.change(uri, 2, 'FROM alpine\nRUN echo hi\n');
    const small = await client.diagnostics(uri, 2);
    assert.ok(small.some((d) => d.code === 'DF001'), `checked normally again: ${small.map((d) => d.code).join()}`);
  } finally { client.close(); }
});
