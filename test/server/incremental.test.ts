// Typing through the server as VS Code sends it (range edits, one character at a time): the
// server parses incrementally, and after every keystroke its diagnostics equal a fresh
// analysis of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { analyze } from '../../server/src/analysis/analyze';
import { lineStartOffsets } from '../../server/src/analysis/text';
import type { FileKind, Finding } from '../../server/src/analysis/types';
import { startTestServer, type TestClient } from './lsp';

function positionOf(text: string, offset: number): { line: number; character: number } {
  const starts = lineStartOffsets(text);
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
  return { line, character: offset - (starts[line] as number) };
}

const brief = (list: readonly (Diagnostic | Finding)[]) => list.map((d) => `${String(d.code)} ${JSON.stringify(d.range)} ${d.message}`);

/** Opens `text`, types `typed` at `offset` one character at a time, then deletes it again the same way. */
async function typeAndCheck(uri: string, kind: FileKind, text: string, offset: number, typed: string): Promise<number> {
  const client = await startTestServer();
  try {
    client.open(uri, kind === 'dockerfile' ? 'dockerfile' : 'dockercompose', text);
    await client.diagnostics(uri, 1);
    return await typeThrough(client, uri, kind, text, offset, typed);
  } finally { client.close(); }
}

async function typeThrough(client: TestClient, uri: string, kind: FileKind, text: string, offset: number, typed: string): Promise<number> {
  let current = text;
  let version = 1;
  const steps: { at: number; insert: string; remove: number }[] = [];
  for (let i = 0; i < typed.length; i++) steps.push({ at: offset + i, insert: typed[i] as string, remove: 0 });
  for (let i = typed.length - 1; i >= 0; i--) steps.push({ at: offset + i, insert: '', remove: 1 });
  for (const step of steps) {
    const range = { start: positionOf(current, step.at), end: positionOf(current, step.at + step.remove) };
    current = current.slice(0, step.at) + step.insert + current.slice(step.at + step.remove);
    version++;
    void client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: step.insert }] });
    const published: Diagnostic[] = await client.diagnostics(uri, version);
    const expected = analyze(kind, current).findings;
    assert.deepEqual(brief(published), brief(expected), `after typing ${JSON.stringify(current.slice(offset, offset + 40))}`);
  }
  assert.equal(current, text);
  return steps.length;
}

const DOCKERFILE = Array.from({ length: 25 }, (_, i) =>
  `FROM python:3.12-slim AS s${i}\nWORKDIR /app\nRUN apt-get update && apt-get install -y --no-install-recommends gcc \\\n    && rm -rf /var/lib/apt/lists/*\nCOPY . .\nUSER nobody\n`).join('');

test('typing a Dockerfile line by line: every keystroke publishes what a fresh analysis finds', async () => {
  const middle = DOCKERFILE.indexOf('COPY . .', DOCKERFILE.length / 2);
  const typed = 'RUN sudo apt-get install curl \\\n  && chmod 777 /app\nFROM build AS x\n';
  assert.ok(await typeAndCheck('file:///tmp/coach-incremental/Dockerfile', 'dockerfile', DOCKERFILE, middle, typed) > 100);
});

const COMPOSE = 'services:\n' + Array.from({ length: 30 }, (_, i) =>
  `  svc${i}:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:${8000 + i}:80"\n    depends_on: [db]\n`).join('') +
  '  db:\n    image: postgres:17\nvolumes:\n  data: {}\n';

test('typing a Compose service line by line: every keystroke publishes what a fresh analysis finds', async () => {
  const middle = COMPOSE.indexOf('  svc15:');
  const typed = '  web:\n    image: nginx\n    ports:\n      - 80:80\n    depends_on: [nope]\n';
  assert.ok(await typeAndCheck('file:///tmp/coach-incremental/compose.yaml', 'compose', COMPOSE, middle, typed) > 100);
});
