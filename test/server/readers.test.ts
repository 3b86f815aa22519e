// A change to a file refreshes exactly the open documents whose analysis read it: the compose
// file that builds an edited Dockerfile is re-checked, one that does not is left alone (so
// opening hundreds of files costs linear work), and closing or changing a file on disk
// refreshes its readers too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startTestServer } from './lsp';

const COMPOSE = 'services:\n  web:\n    build:\n      context: .\n      args: [GIT_SHA=abc]\n';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function project(): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'coach-readers-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM node:22\n');
  writeFileSync(join(dir, 'compose.yaml'), COMPOSE);
  mkdirSync(join(dir, 'other'));
  writeFileSync(join(dir, 'other', 'Dockerfile'), 'FROM node:22\n');
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).toString() };
}

test('editing the Dockerfile a compose file builds re-checks it; another Dockerfile does not', async () => {
  const { uri } = project();
  const c = await startTestServer();
  try {
    c.open(uri('compose.yaml'), 'dockercompose', COMPOSE);
    assert.ok((await c.diagnostics(uri('compose.yaml'))).some((d) => d.code === 'XP003'));
    c.open(uri('other/Dockerfile'), 'dockerfile', 'FROM node:22\n');
    await c.diagnostics(uri('other/Dockerfile'));
    let republished = false;
    void c.nextDiagnostics(uri('compose.yaml')).then(() => { republished = true; });
    c.change(uri('other/Dockerfile'), 2, 'FROM node:22\nARG GIT_SHA\n');
    await c.diagnostics(uri('other/Dockerfile'), 2);
    await sleep(100);
    assert.equal(republished, false, 'a Dockerfile the compose file does not build leaves it alone');

    const opened = c.nextDiagnostics(uri('compose.yaml'));
    c.open(uri('Dockerfile'), 'dockerfile', 'FROM node:22\n');
    await opened; // opening it refreshes its reader too (the editor's text may differ from the disk's)
    const after = c.nextDiagnostics(uri('compose.yaml'));
    c.change(uri('Dockerfile'), 2, 'FROM node:22\nARG GIT_SHA\n');
    assert.deepEqual((await after).filter((d) => d.code === 'XP003'), [], 're-checked against the edited Dockerfile');

    // Closed without saving: the compose file reads the disk's Dockerfile again.
    const reverted = c.nextDiagnostics(uri('compose.yaml'));
    void c.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: uri('Dockerfile') } });
    assert.ok((await reverted).some((d) => d.code === 'XP003'), 'back to the file on disk');
  } finally { c.close(); }
});

test('a file changed on disk (watched) refreshes the documents that read it', async () => {
  const { dir, uri } = project();
  const c = await startTestServer();
  try {
    c.open(uri('compose.yaml'), 'dockercompose', COMPOSE);
    assert.ok((await c.diagnostics(uri('compose.yaml'))).some((d) => d.code === 'XP003'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node:22\nARG GIT_SHA\n');
    const after = c.nextDiagnostics(uri('compose.yaml'));
    void c.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('Dockerfile'), type: 2 }] });
    assert.deepEqual((await after).filter((d) => d.code === 'XP003'), []);
  } finally { c.close(); }
});
