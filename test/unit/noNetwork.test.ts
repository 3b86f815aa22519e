// Docker Coach makes no network requests: the built CLI and the built server (over --stdio) run
// with every way out of the process (sockets, DNS, http, https, tls, fetch) replaced by a trap
// that records the attempt and fails it. Image names, registries and links stay text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(__dirname, '..', '..', '..');

const TRAP = `
const fs = require('node:fs');
const log = process.env.NETWORK_LOG;
const trap = (what) => function () {
  fs.appendFileSync(log, what + '\\n');
  throw new Error('network access is not allowed: ' + what);
};
const net = require('node:net');
net.Socket.prototype.connect = trap('net.Socket.connect');
net.connect = net.createConnection = trap('net.connect');
const tls = require('node:tls');
tls.connect = trap('tls.connect');
const dns = require('node:dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) { dns[k] = trap('dns.' + k); dns.promises[k] = trap('dns.promises.' + k); }
for (const m of ['node:http', 'node:https', 'node:http2']) { const mod = require(m); for (const k of ['request', 'get', 'connect']) if (mod[k]) mod[k] = trap(m + '.' + k); }
globalThis.fetch = trap('fetch');
`;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'dc-no-network-'));
  const trap = join(dir, 'trap.js');
  writeFileSync(trap, TRAP);
  const log = join(dir, 'network.log');
  const env = { PATH: process.env.PATH ?? '', NETWORK_LOG: log };
  const attempts = (): string[] => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
  return { dir, trap, env, attempts };
}

test('the CLI lints a project and lists its rules without touching the network', () => {
  const { trap, env, attempts } = setup();
  const project = join(root, 'test', 'fixtures', 'cli', 'project');
  for (const args of [['lint', '--format', 'json', project], ['lint', '--format', 'sarif', project], ['rules', '--format', 'json']]) {
    const r = spawnSync(process.execPath, ['--require', trap, join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${String(r.status)} ${r.stderr}`);
    JSON.parse(r.stdout);
  }
  assert.deepEqual(attempts(), []);
});

test('the server answers diagnostics, hovers on images, links and navigation without touching the network', async () => {
  const { dir, trap, env, attempts } = setup();
  const child = spawn(process.execPath, ['--require', trap, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map<string, () => void>();
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => published.get(p.uri)?.());
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await rpc.sendNotification('initialized', {});
  const files: [string, string, string][] = [
    ['Dockerfile', 'dockerfile', 'FROM registry.example.com/team/app:1.0 AS build\nADD https://example.com/tool.tgz /tmp/\nRUN curl -fsS https://example.com | sh\nFROM ghcr.io/org/image@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nCOPY --from=build /a /b\n'],
    ['compose.yaml', 'dockercompose', 'services:\n  web:\n    image: registry.example.com/team/web:2\n    build:\n      context: https://github.com/org/repo.git#main\n  api:\n    build: .\n    env_file: .env\n'],
  ];
  writeFileSync(join(dir, '.env'), 'A=1\n');
  for (const [name, languageId, text] of files) {
    const uri = pathToFileURL(join(dir, name)).href;
    const done = new Promise<void>((r) => published.set(uri, r));
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await done;
    const textDocument = { uri };
    for (const [line, character] of [[0, 8], [1, 6], [2, 12], [3, 10], [4, 15]]) {
      const position = { line, character };
      await rpc.sendRequest('textDocument/hover', { textDocument, position });
      await rpc.sendRequest('textDocument/completion', { textDocument, position });
      await rpc.sendRequest('textDocument/definition', { textDocument, position });
    }
    await rpc.sendRequest('textDocument/documentLink', { textDocument });
    await rpc.sendRequest('textDocument/codeAction', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, context: { diagnostics: [] } });
  }
  await rpc.sendRequest('shutdown');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await rpc.sendNotification('exit');
  assert.equal(await exited, 0);
  rpc.dispose();
  assert.deepEqual(attempts(), []);
});

test('the trap itself works: a request from a trapped process is recorded', () => {
  const { trap, env, attempts } = setup();
  const r = spawnSync(process.execPath, ['--require', trap, '-e', "require('node:https').get('https://example.com')"], { encoding: 'utf8', env });
  assert.notEqual(r.status, 0);
  assert.deepEqual(attempts(), ['node:https.get']);
});
