import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Hover, MarkupContent, TextEdit } from 'vscode-languageserver/node';
import { applyEdits } from '../../server/src/analysis/text';
import { startTestServer } from './lsp';

const uri = 'file:///tmp/docker-coach-test/Dockerfile';

test('diagnostics on open carry code, source, a lesson link and typed fix data', async () => {
  const c = await startTestServer();
  c.open(uri, 'dockerfile', 'FROM node\nCMD node app.js\n');
  const diags = await c.diagnostics(uri);
  const df001 = diags.find((d) => d.code === 'DF001');
  assert.ok(df001);
  assert.equal(df001.source, 'docker-coach');
  assert.equal(df001.codeDescription?.href, `command:dockerCoach.openLesson?${encodeURIComponent('["m3-03-pinning"]')}`);
  assert.deepEqual(df001.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } });
  const df005 = diags.find((d) => d.code === 'DF005');
  assert.deepEqual((df005?.data as { data: unknown }).data, { keyword: 'CMD', exec: ['node', 'app.js'] });
  c.close();
});

test('diagnostics follow changes; the newest version wins', async () => {
  const c = await startTestServer();
  c.open(uri, 'dockerfile', 'FROM node\n');
  assert.ok((await c.diagnostics(uri, 1)).some((d) => d.code === 'DF001'));
  c.change(uri, 2, 'FROM node:22\n');
  c.change(uri, 3, 'FROM node:22\nRUNN x\n');
  const latest = await c.diagnostics(uri, 3);
  assert.deepEqual(latest.map((d) => d.code).filter((c) => c !== 'DF010'), ['DF033']);
  c.close();
});

test('code actions: the quick fix applies and clears the finding; open lesson and ignore are offered', async () => {
  const c = await startTestServer();
  const text = 'FROM node:22\nCMD node app.js\n';
  c.open(uri, 'dockerfile', text);
  const diags = await c.diagnostics(uri);
  const d = diags.find((x) => x.code === 'DF005');
  assert.ok(d);
  const actions = await c.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
  const titles = actions.map((a) => a.title);
  assert.deepEqual(titles.slice(0, 2), ['Convert to exec form (JSON array)', 'Ignore DF005 here']);
  assert.match(titles[2] ?? '', /^Open lesson: /);
  const fix = actions[0];
  const change = fix?.edit?.documentChanges?.[0] as { edits: TextEdit[] };
  const fixed = applyEdits(text, change.edits);
  assert.equal(fixed, 'FROM node:22\nCMD ["node", "app.js"]\n');
  assert.deepEqual(actions[2]?.command, { title: 'Open lesson', command: 'dockerCoach.openLesson', arguments: ['m2-03-cmd-vs-entrypoint'] });
  const ignore = (actions[1]?.edit?.documentChanges?.[0] as { edits: TextEdit[] }).edits;
  assert.equal(applyEdits(text, ignore), 'FROM node:22\n# docker-coach ignore=DF005\nCMD node app.js\n');
  c.change(uri, 2, fixed);
  assert.deepEqual((await c.diagnostics(uri, 2)).filter((x) => x.code === 'DF005'), []);
  c.close();
});

test('hover on an instruction explains it and links its lesson', async () => {
  const c = await startTestServer();
  c.open(uri, 'dockerfile', 'FROM node:22\nRUN npm ci\n');
  await c.diagnostics(uri);
  const h = await c.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }) as Hover;
  const value = (h.contents as MarkupContent).value;
  assert.match(value, /^\*\*RUN\*\*/);
  assert.match(value, /\(command:dockerCoach\.openLesson\?%5B%22m2-07-run-hygiene%22%5D\)/);
  c.close();
});

test('Russian from initializationOptions and from a settings change', async () => {
  const c = await startTestServer({ lang: 'ru' });
  c.open(uri, 'dockerfile', 'FROM node\n');
  assert.match(String((await c.diagnostics(uri)).find((d) => d.code === 'DF001')?.message), /нет тега/);
  c.close();
});

test('settings turn a rule off and change a severity', async () => {
  const c = await startTestServer({ rules: { DF001: 'off', DF010: 'off', DF033: 'hint' } });
  c.open(uri, 'dockerfile', 'FROM node\nRUNN x\n');
  const diags = await c.diagnostics(uri);
  assert.deepEqual(diags.map((d) => [d.code, d.severity]), [['DF033', 4]]);
  c.close();
});

test('compose files by language id get compose diagnostics', async () => {
  const c = await startTestServer();
  const curi = 'file:///tmp/docker-coach-test/compose.yaml';
  c.open(curi, 'dockercompose', 'version: "3.9"\nservices:\n  web:\n    image: nginx\n');
  assert.deepEqual((await c.diagnostics(curi)).map((d) => d.code), ['DC003', 'DC021']);
  c.close();
});

test('completion: instruction snippets, stage names after --from=, declared variables after $', async () => {
  const c = await startTestServer();
  const text = 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION} AS build\nENV APP_HOME=/app\nRUN echo $\nFROM nginx:1.27-alpine\nCOPY --from=\n\n';
  c.open(uri, 'dockerfile', text);
  await c.diagnostics(uri);
  type Item = { label: string; insertText?: string; insertTextFormat?: number };
  const at = async (line: number, character: number) => await c.rpc.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as Item[];
  const atStart = await at(6, 0);
  const from = atStart.find((i) => i.label === 'FROM');
  assert.equal(from?.insertTextFormat, 2, 'a snippet');
  assert.match(from?.insertText ?? '', /^FROM \$\{1:image\}/);
  assert.deepEqual((await at(5, 12)).map((i) => i.label), ['build']);
  assert.deepEqual((await at(3, 10)).map((i) => i.label).sort(), ['APP_HOME', 'NODE_VERSION']);
  assert.ok((await at(5, 7)).some((i) => i.label === '--from='));
  c.close();
});

test('cross-file: a compose file sees the unsaved Dockerfile it builds, and its fix edits the Dockerfile', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(join(tmpdir(), 'coach-lsp-xp-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM node:22\n');
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    build:\n      context: .\n      args: [GIT_SHA=abc]\n');
  const c = await startTestServer();
  const composeUri = pathToFileURL(join(dir, 'compose.yaml')).toString();
  const dockerfileUri = pathToFileURL(join(dir, 'Dockerfile')).toString();
  c.open(composeUri, 'dockercompose', 'services:\n  web:\n    build:\n      context: .\n      args: [GIT_SHA=abc]\n');
  const first = await c.diagnostics(composeUri);
  const xp = first.find((d) => d.code === 'XP003');
  assert.ok(xp, first.map((d) => d.code).join());
  const actions = await c.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: composeUri }, range: xp.range, context: { diagnostics: [xp] } }) as CodeAction[];
  const fix = actions.find((a) => a.title === 'Add "ARG GIT_SHA" to the Dockerfile');
  const change = fix?.edit?.documentChanges?.find((d) => 'textDocument' in d && d.textDocument.uri === dockerfileUri) as { edits: TextEdit[] } | undefined;
  assert.ok(change, 'the fix edits the Dockerfile');
  const republished = c.nextDiagnostics(composeUri);
  c.open(dockerfileUri, 'dockerfile', applyEdits('FROM node:22\n', change.edits));
  assert.deepEqual((await republished).filter((d) => d.code === 'XP003'), [], 'the compose file is re-checked against the edited Dockerfile');
  c.close();
});

test('compose completion: keys from the schema, services in depends_on, declared networks and volumes', async () => {
  const c = await startTestServer();
  const curi = 'file:///tmp/docker-coach-test/complete/compose.yaml';
  const text = 'services:\n  web:\n    image: nginx:1.27\n    \n    depends_on:\n      - \n    networks:\n      - \n    volumes:\n      - \n  db:\n    image: postgres:17\n\nnetworks:\n  back: {}\nvolumes:\n  dbdata: {}\n';
  c.open(curi, 'dockercompose', text);
  await c.diagnostics(curi);
  type Item = { label: string };
  const at = async (line: number, character: number) => (await c.rpc.sendRequest('textDocument/completion', { textDocument: { uri: curi }, position: { line, character } }) as Item[]).map((i) => i.label);
  const serviceKeys = await at(3, 4);
  for (const k of ['healthcheck', 'environment', 'restart', 'develop', 'post_start']) assert.ok(serviceKeys.includes(k), k);
  assert.ok(!serviceKeys.includes('image'), 'keys already there are not offered again');
  assert.deepEqual(await at(5, 8), ['db']);
  assert.deepEqual(await at(7, 8), ['back']);
  assert.deepEqual(await at(9, 8), ['dbdata']);
  const top = await at(12, 0);
  for (const k of ['include', 'name', 'secrets', 'configs', 'models']) assert.ok(top.includes(k), k);
  c.close();
});
