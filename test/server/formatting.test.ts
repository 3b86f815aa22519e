// Formatting through the real server: document, range and on-type formatting, the settings
// notification changing them, and documents they must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startTestServer, type TestClient } from './lsp';

const uri = 'file:///tmp/docker-coach-format/Dockerfile';
const options = { tabSize: 4, insertSpaces: true };
const messy = 'from alpine:3.20 as build\nrun   apk add --no-cache \\\n  curl \\\n      git\n\n\n\ncmd ["sh"]';

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, text), edits);
}

async function formatting(c: TestClient, docUri = uri, opts: Record<string, unknown> = options): Promise<TextEdit[]> {
  return await c.rpc.sendRequest('textDocument/formatting', { textDocument: { uri: docUri }, options: opts }) as TextEdit[];
}

test('document formatting: keywords, spacing, continuations, blank lines; final newline when the editor asks', async () => {
  const c = await startTestServer();
  c.open(uri, 'dockerfile', messy);
  const edits = await formatting(c, uri, { ...options, insertFinalNewline: true });
  assert.equal(apply(messy, edits), 'FROM alpine:3.20 AS build\nRUN apk add --no-cache \\\n    curl \\\n        git\n\nCMD ["sh"]\n');
  c.change(uri, 2, apply(messy, edits));
  assert.deepEqual(await formatting(c, uri, { ...options, insertFinalNewline: true }), [], 'formatted text stays');
  c.close();
});

test('range formatting: only the instructions in the range', async () => {
  const c = await startTestServer();
  c.open(uri, 'dockerfile', messy);
  const edits = await c.rpc.sendRequest('textDocument/rangeFormatting', { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, options }) as TextEdit[];
  assert.equal(apply(messy, edits), 'from alpine:3.20 as build\nRUN apk add --no-cache \\\n    curl \\\n        git\n\n\n\ncmd ["sh"]');
  c.close();
});

test('on-type formatting: Enter after a continuation indents, after its last line dedents', async () => {
  const c = await startTestServer();
  const typed = 'FROM alpine:3.20\nRUN apk add --no-cache \\\n';
  c.open(uri, 'dockerfile', typed);
  const indent = await c.rpc.sendRequest('textDocument/onTypeFormatting', { textDocument: { uri }, position: { line: 2, character: 0 }, ch: '\n', options }) as TextEdit[];
  assert.equal(apply(typed, indent), 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    ');
  const after = 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n    ';
  c.change(uri, 2, after);
  const dedent = await c.rpc.sendRequest('textDocument/onTypeFormatting', { textDocument: { uri }, position: { line: 3, character: 4 }, ch: '\n', options }) as TextEdit[];
  assert.equal(apply(after, dedent), 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n');
  c.close();
});

test('the settings notification changes formatting: keep case, indent 2, no collapse; then off', async () => {
  const c = await startTestServer();
  c.open(uri, 'dockerfile', messy);
  await c.rpc.sendNotification('dockerCoach/settings', { format: { instructionCase: 'keep', continuationIndent: 2, collapseBlankLines: false } });
  assert.equal(apply(messy, await formatting(c)), 'from alpine:3.20 as build\nrun apk add --no-cache \\\n  curl \\\n      git\n\n\n\ncmd ["sh"]');
  // A bad value falls back to the default (upper case), the others still apply.
  await c.rpc.sendNotification('dockerCoach/settings', { format: { instructionCase: 'LOWER', continuationIndent: 2, collapseBlankLines: false } });
  assert.equal(apply(messy, await formatting(c)), 'FROM alpine:3.20 AS build\nRUN apk add --no-cache \\\n  curl \\\n      git\n\n\n\nCMD ["sh"]');
  await c.rpc.sendNotification('dockerCoach/settings', { format: { enable: false } });
  assert.deepEqual(await formatting(c), []);
  c.close();
});

test('formatting leaves alone: compose files, unknown documents; a byte order mark is accounted for', async () => {
  const c = await startTestServer();
  const compose = 'file:///tmp/docker-coach-format/compose.yaml';
  c.open(compose, 'dockercompose', 'services:\n    web:\n        image:   nginx:1.27   \n');
  assert.deepEqual(await formatting(c, compose), []);
  assert.deepEqual(await formatting(c, 'file:///tmp/docker-coach-format/not-open/Dockerfile'), []);
  const bom = '\ufeffrun  echo hi  \n';
  c.open(uri, 'dockerfile', bom);
  assert.equal(apply(bom, await formatting(c)), '\ufeffRUN echo hi\n');
  c.close();
});
