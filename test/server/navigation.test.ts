// Navigation through the real server: outline, folding, definition, references, rename (within a
// file and across a compose file and the Dockerfile it builds), document links and semantic
// tokens. Cross-file cases use real folders in a temp dir.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  TextEdit, DocumentLink, DocumentSymbol, FoldingRange, InitializeResult, Location, Range, ResponseError, SemanticTokens, TextDocumentEdit, WorkspaceEdit,
} from 'vscode-languageserver/node';
import { applyEdits } from '../../server/src/analysis/text';
import { startTestServer, type TestClient } from './lsp';

const uri = 'file:///tmp/docker-coach-nav/Dockerfile';
const curi = 'file:///tmp/docker-coach-nav/compose.yaml';

const r = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const pos = (line: number, character: number) => ({ line, character });

function folder(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'coach-nav-')));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
const fileUri = (dir: string, rel: string) => pathToFileURL(join(dir, rel)).href;

async function openAndWait(c: TestClient, u: string, languageId: string, text: string): Promise<void> {
  c.open(u, languageId, text);
  await c.diagnostics(u);
}

const DOCKERFILE = [
  '# syntax=docker/dockerfile:1', // 0
  'ARG NODE_VERSION=22', // 1
  'FROM node:${NODE_VERSION} AS build', // 2
  'ARG NODE_VERSION', // 3
  'WORKDIR /app', // 4
  'RUN npm ci \\', // 5
  '  && npm run build', // 6
  'FROM nginx:1.27 AS runtime', // 7
  'ARG NODE_VERSION=20', // 8
  'LABEL node=$NODE_VERSION', // 9
  'COPY --from=build /app/dist /usr/share/nginx/html', // 10
  '',
].join('\n');

test('capabilities: navigation providers and a semantic tokens legend are registered', async () => {
  const c = await startTestServer();
  const init = await c.rpc.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }) as InitializeResult;
  const caps = init.capabilities;
  assert.equal(caps.documentSymbolProvider, true);
  assert.equal(caps.foldingRangeProvider, true);
  assert.equal(caps.definitionProvider, true);
  assert.equal(caps.referencesProvider, true);
  assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  assert.ok(caps.documentLinkProvider);
  const tokens = caps.semanticTokensProvider as { legend: { tokenTypes: string[]; tokenModifiers: string[] }; full: boolean; range: boolean };
  assert.deepEqual(tokens.legend.tokenTypes, ['namespace', 'variable']);
  assert.deepEqual(tokens.legend.tokenModifiers, ['declaration', 'readonly', 'defaultLibrary']);
  assert.equal(tokens.full, true);
  c.close();
});

test('document symbols: Dockerfile stages hold their instructions; global ARGs stand before them', async () => {
  const c = await startTestServer();
  await openAndWait(c, uri, 'dockerfile', DOCKERFILE);
  const symbols = await c.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
  assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [['ARG', 'NODE_VERSION=22'], ['build', 'FROM node:${NODE_VERSION}'], ['runtime', 'FROM nginx:1.27']]);
  const build = symbols[1] as DocumentSymbol;
  assert.deepEqual(build.range, r(2, 0, 6, 18));
  assert.deepEqual(build.selectionRange, r(2, 29, 2, 34));
  assert.deepEqual(build.children?.map((s) => s.name), ['ARG', 'WORKDIR', 'RUN']);
  assert.deepEqual(build.children?.[2]?.range, r(5, 0, 6, 18), 'a continued RUN spans both lines');
  c.close();
});

test('document symbols: unnamed stages are "stage N"; Compose sections, services with their keys, resources', async () => {
  const c = await startTestServer();
  await openAndWait(c, uri, 'dockerfile', 'FROM alpine:3.20\nRUN true\nFROM alpine:3.20\n');
  const df = await c.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
  assert.deepEqual(df.map((s) => s.name), ['stage 0', 'stage 1']);
  const text = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n  db:\n    image: postgres:17\nvolumes:\n  data:\nnetworks:\n  back: {}\n';
  await openAndWait(c, curi, 'dockercompose', text);
  const symbols = await c.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: curi } }) as DocumentSymbol[];
  assert.deepEqual(symbols.map((s) => s.name), ['services', 'volumes', 'networks']);
  const services = symbols[0] as DocumentSymbol;
  assert.deepEqual(services.range, r(0, 0, 6, 22));
  assert.deepEqual(services.children?.map((s) => [s.name, s.detail]), [['web', 'nginx:1.27'], ['db', 'postgres:17']]);
  const web = services.children?.[0] as DocumentSymbol;
  assert.deepEqual(web.selectionRange, r(1, 2, 1, 5));
  assert.deepEqual(web.range, r(1, 2, 4, 17));
  assert.deepEqual(web.children?.map((s) => s.name), ['image', 'ports']);
  assert.deepEqual(symbols[1]?.children?.map((s) => s.name), ['data']);
  c.close();
});

test('folding: stages, continued instructions, heredocs and comment blocks; compose blocks', async () => {
  const c = await startTestServer();
  const text = '# a\n# b\nFROM alpine:3.20 AS build\nRUN <<EOF\necho hi\nEOF\nRUN a \\\n  && b\nFROM scratch\nCOPY --from=build /a /a\n';
  await openAndWait(c, uri, 'dockerfile', text);
  const folds = await c.rpc.sendRequest('textDocument/foldingRange', { textDocument: { uri } }) as FoldingRange[];
  assert.deepEqual(folds, [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 2, endLine: 7 },
    { startLine: 3, endLine: 5 },
    { startLine: 6, endLine: 7 },
    { startLine: 8, endLine: 9 },
  ]);
  await openAndWait(c, curi, 'dockercompose', 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      A: "1"\n      B: "2"\n    command: [a,\n      b]\n');
  const cf = await c.rpc.sendRequest('textDocument/foldingRange', { textDocument: { uri: curi } }) as FoldingRange[];
  assert.deepEqual(cf.map((f) => [f.startLine, f.endLine]), [[0, 7], [1, 7], [3, 5], [6, 7]]);
  c.close();
});

test('definition: stage references, variables by stage scope, global ARGs in FROM', async () => {
  const c = await startTestServer();
  await openAndWait(c, uri, 'dockerfile', DOCKERFILE);
  const def = async (line: number, character: number) => (await c.rpc.sendRequest('textDocument/definition', { textDocument: { uri }, position: pos(line, character) }) as Location[]).map((l) => l.range);
  assert.deepEqual(await def(10, 14), [r(2, 29, 2, 34)], 'COPY --from=build -> FROM ... AS build');
  assert.deepEqual(await def(2, 15), [r(1, 4, 1, 16)], '${NODE_VERSION} in FROM -> the global ARG');
  assert.deepEqual(await def(9, 14), [r(8, 4, 8, 16)], '$NODE_VERSION in the runtime stage -> its own ARG, not the build stage\'s');
  assert.deepEqual(await def(4, 1), [], 'a keyword defines nothing');
  c.close();
});

test('definition and references in Compose: depends_on (both forms), links, extends, network_mode, volumes, networks, secrets', async () => {
  const c = await startTestServer();
  const text = [
    'services:', // 0
    '  web:', // 1
    '    image: nginx:1.27', // 2
    '    depends_on:', // 3
    '      db:', // 4
    '        condition: service_healthy', // 5
    '    links: ["db:database"]', // 6
    '    network_mode: "service:db"', // 7
    '    volumes: [data:/data]', // 8
    '    secrets: [pw]', // 9
    '  worker:', // 10
    '    extends:', // 11
    '      service: web', // 12
    '    depends_on: [db]', // 13
    '    networks: [back]', // 14
    '  db:', // 15
    '    image: postgres:17', // 16
    'volumes:', // 17
    '  data:', // 18
    'networks:', // 19
    '  back:', // 20
    'secrets:', // 21
    '  pw:', // 22
    '    file: ./pw.txt', // 23
    '',
  ].join('\n');
  await openAndWait(c, curi, 'dockercompose', text);
  const def = async (line: number, character: number) => (await c.rpc.sendRequest('textDocument/definition', { textDocument: { uri: curi }, position: pos(line, character) }) as Location[]).map((l) => l.range);
  const db = r(15, 2, 15, 4);
  assert.deepEqual(await def(4, 7), [db], 'depends_on long form');
  assert.deepEqual(await def(13, 19), [db], 'depends_on short form');
  assert.deepEqual(await def(6, 14), [db], 'links');
  assert.deepEqual(await def(7, 28), [db], 'network_mode: service:db');
  assert.deepEqual(await def(7, 22), [], 'the "service:" prefix names nothing');
  assert.deepEqual(await def(12, 16), [r(1, 2, 1, 5)], 'extends.service');
  assert.deepEqual(await def(8, 15), [r(18, 2, 18, 6)], 'named volume');
  assert.deepEqual(await def(14, 16), [r(20, 2, 20, 6)], 'network');
  assert.deepEqual(await def(9, 15), [r(22, 2, 22, 4)], 'secret');
  const refs = async (includeDeclaration: boolean) => (await c.rpc.sendRequest('textDocument/references', { textDocument: { uri: curi }, position: pos(15, 3), context: { includeDeclaration } }) as Location[]).map((l) => l.range);
  assert.deepEqual(await refs(true), [r(4, 6, 4, 8), r(6, 13, 6, 15), r(7, 27, 7, 29), r(13, 17, 13, 19), db]);
  assert.deepEqual(await refs(false), [r(4, 6, 4, 8), r(6, 13, 6, 15), r(7, 27, 7, 29), r(13, 17, 13, 19)]);
  c.close();
});

test('references of an ARG: every stage that declares it, its uses, with or without the declarations', async () => {
  const c = await startTestServer();
  await openAndWait(c, uri, 'dockerfile', DOCKERFILE);
  const refs = async (line: number, character: number, includeDeclaration: boolean) => (await c.rpc.sendRequest('textDocument/references', { textDocument: { uri }, position: pos(line, character), context: { includeDeclaration } }) as Location[]).map((l) => l.range.start.line);
  assert.deepEqual(await refs(1, 6, true), [1, 2, 3, 8, 9]);
  assert.deepEqual(await refs(1, 6, false), [2, 9]);
  assert.deepEqual(await refs(10, 14, true), [2, 10], 'a stage: its name and COPY --from');
  c.close();
});

function editsByUri(edit: WorkspaceEdit): Map<string, { version: number | null; edits: TextEdit[] }> {
  const out = new Map<string, { version: number | null; edits: TextEdit[] }>();
  for (const change of edit.documentChanges ?? []) {
    const e = change as TextDocumentEdit;
    assert.ok(!out.has(e.textDocument.uri), 'one TextDocumentEdit per file');
    out.set(e.textDocument.uri, { version: e.textDocument.version, edits: e.edits as TextEdit[] });
  }
  return out;
}

test('rename in a Dockerfile: a stage everywhere it is named; COPY --from=0 stays', async () => {
  const c = await startTestServer();
  const text = 'FROM node:22 AS build\nRUN make\nFROM build AS test\nFROM scratch\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nRUN --mount=type=bind,from=build,target=/x true\n';
  await openAndWait(c, uri, 'dockerfile', text);
  const prepared = await c.rpc.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: pos(4, 13) });
  assert.deepEqual(prepared, { range: r(4, 12, 4, 17), placeholder: 'build' });
  const edit = await c.rpc.sendRequest('textDocument/rename', { textDocument: { uri }, position: pos(4, 13), newName: 'compile' }) as WorkspaceEdit;
  const mine = editsByUri(edit).get(uri);
  assert.equal(mine?.version, 1);
  assert.equal(applyEdits(text, mine?.edits ?? []), 'FROM node:22 AS compile\nRUN make\nFROM compile AS test\nFROM scratch\nCOPY --from=compile /a /a\nCOPY --from=0 /b /b\nRUN --mount=type=bind,from=compile,target=/x true\n');
  c.close();
});

test('rename refuses keywords, image names and stages named by number, and rejects invalid or taken names', async () => {
  const c = await startTestServer();
  const text = 'FROM node:22 AS build\nFROM build AS test\nCOPY --from=0 /a /a\nCOPY --from=nginx:1.27 /b /b\nARG V=1\n';
  await openAndWait(c, uri, 'dockerfile', text);
  const refuse = async (line: number, character: number, message: RegExp) => {
    await assert.rejects(c.rpc.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: pos(line, character) }), (e: ResponseError<void>) => message.test(e.message));
  };
  await refuse(0, 1, /FROM is an instruction keyword/);
  await refuse(0, 7, /"node:22" is an image name/);
  await refuse(3, 15, /"nginx:1\.27" is an image name/);
  await refuse(2, 12, /refers to a stage by its number/);
  assert.equal(await c.rpc.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: pos(4, 7) }), null, 'a value names nothing');
  const renameTo = (line: number, character: number, newName: string) => c.rpc.sendRequest('textDocument/rename', { textDocument: { uri }, position: pos(line, character), newName });
  await assert.rejects(renameTo(0, 17, 'Build'), (e: ResponseError<void>) => /"Build" is not a valid stage name/.test(e.message));
  await assert.rejects(renameTo(0, 17, 'test'), (e: ResponseError<void>) => /already named "test"/.test(e.message));
  await assert.rejects(renameTo(0, 17, 'scratch'), (e: ResponseError<void>) => /reserved/.test(e.message));
  await assert.rejects(renameTo(4, 4, '1V'), (e: ResponseError<void>) => /not a valid variable name/.test(e.message));
  c.close();
});

test('rename in Compose: a service through depends_on, links and network_mode; undeclared names are refused', async () => {
  const c = await startTestServer();
  const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db, cache]\n    links: ["db:database"]\n    network_mode: "service:db"\n  db:\n    image: postgres:17\n';
  await openAndWait(c, curi, 'dockercompose', text);
  const edit = await c.rpc.sendRequest('textDocument/rename', { textDocument: { uri: curi }, position: pos(6, 3), newName: 'postgres' }) as WorkspaceEdit;
  assert.equal(applyEdits(text, editsByUri(edit).get(curi)?.edits ?? []),
    'services:\n  web:\n    image: nginx:1.27\n    depends_on: [postgres, cache]\n    links: ["postgres:database"]\n    network_mode: "service:postgres"\n  postgres:\n    image: postgres:17\n');
  await assert.rejects(c.rpc.sendRequest('textDocument/prepareRename', { textDocument: { uri: curi }, position: pos(3, 23) }), (e: ResponseError<void>) => /"cache" is not declared/.test(e.message));
  await assert.rejects(c.rpc.sendRequest('textDocument/rename', { textDocument: { uri: curi }, position: pos(6, 3), newName: '-db' }), (e: ResponseError<void>) => /not a valid service name/.test(e.message));
  c.close();
});

const PROJECT = {
  'compose.yaml': 'services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile\n      target: runtime\n      args:\n        - PY_VERSION=3.12\n    env_file:\n      - .env\n      - path: ./missing.env\n        required: false\n',
  '.env': 'DEBUG=0\n',
  'api/Dockerfile': 'ARG PY_VERSION=3.12\nFROM python:${PY_VERSION}-slim AS build\nARG PY_VERSION\nRUN echo $PY_VERSION\nFROM python:3.12-slim AS runtime\nCOPY --from=build /app /app\n',
};

test('cross-file definition: build.target -> the Dockerfile stage, build.args -> its ARGs, dockerfile and env_file -> the files', async () => {
  const dir = folder(PROJECT);
  const compose = fileUri(dir, 'compose.yaml');
  const dockerfile = fileUri(dir, 'api/Dockerfile');
  const c = await startTestServer();
  await openAndWait(c, compose, 'dockercompose', PROJECT['compose.yaml']);
  const def = async (line: number, character: number) => await c.rpc.sendRequest('textDocument/definition', { textDocument: { uri: compose }, position: pos(line, character) }) as Location[];
  assert.deepEqual(await def(5, 16), [{ uri: dockerfile, range: r(4, 25, 4, 32) }], 'target: runtime');
  assert.deepEqual(await def(7, 12), [{ uri: dockerfile, range: r(0, 4, 0, 14) }, { uri: dockerfile, range: r(2, 4, 2, 14) }], 'args: PY_VERSION');
  assert.deepEqual(await def(4, 20), [{ uri: dockerfile, range: r(0, 0, 0, 0) }], 'dockerfile:');
  assert.deepEqual(await def(9, 9), [{ uri: fileUri(dir, '.env'), range: r(0, 0, 0, 0) }], 'env_file');
  const refs = await c.rpc.sendRequest('textDocument/references', { textDocument: { uri: compose }, position: pos(5, 16), context: { includeDeclaration: true } }) as Location[];
  assert.deepEqual(refs.map((l) => [l.uri === compose ? 'compose' : 'Dockerfile', l.range.start.line]), [['compose', 5], ['Dockerfile', 4]]);
  c.close();
});

test('cross-file rename from compose: build.target renames the Dockerfile stage (not open: version null)', async () => {
  const dir = folder(PROJECT);
  const compose = fileUri(dir, 'compose.yaml');
  const dockerfile = fileUri(dir, 'api/Dockerfile');
  const c = await startTestServer();
  await openAndWait(c, compose, 'dockercompose', PROJECT['compose.yaml']);
  assert.deepEqual(await c.rpc.sendRequest('textDocument/prepareRename', { textDocument: { uri: compose }, position: pos(5, 16) }), { range: r(5, 14, 5, 21), placeholder: 'runtime' });
  const edit = await c.rpc.sendRequest('textDocument/rename', { textDocument: { uri: compose }, position: pos(5, 16), newName: 'serve' }) as WorkspaceEdit;
  const byUri = editsByUri(edit);
  assert.deepEqual([...byUri.keys()].sort(), [compose, dockerfile].sort());
  assert.equal(byUri.get(compose)?.version, 1);
  assert.equal(byUri.get(dockerfile)?.version, null);
  assert.match(applyEdits(PROJECT['compose.yaml'], byUri.get(compose)?.edits ?? []), /target: serve\n/);
  assert.match(applyEdits(PROJECT['api/Dockerfile'], byUri.get(dockerfile)?.edits ?? []), /FROM python:3\.12-slim AS serve\n/);
  c.close();
});

test('cross-file rename from the Dockerfile: a stage and an ARG reach the compose file on disk that builds it', async () => {
  const dir = folder(PROJECT);
  const compose = fileUri(dir, 'compose.yaml');
  const dockerfile = fileUri(dir, 'api/Dockerfile');
  const c = await startTestServer();
  await openAndWait(c, dockerfile, 'dockerfile', PROJECT['api/Dockerfile']);
  const stage = editsByUri(await c.rpc.sendRequest('textDocument/rename', { textDocument: { uri: dockerfile }, position: pos(4, 27), newName: 'serve' }) as WorkspaceEdit);
  assert.equal(stage.get(dockerfile)?.version, 1);
  assert.equal(stage.get(compose)?.version, null);
  assert.match(applyEdits(PROJECT['compose.yaml'], stage.get(compose)?.edits ?? []), /target: serve\n/);
  const arg = editsByUri(await c.rpc.sendRequest('textDocument/rename', { textDocument: { uri: dockerfile }, position: pos(3, 12), newName: 'PYTHON_VERSION' }) as WorkspaceEdit);
  assert.equal(applyEdits(PROJECT['api/Dockerfile'], arg.get(dockerfile)?.edits ?? []),
    'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim AS build\nARG PYTHON_VERSION\nRUN echo $PYTHON_VERSION\nFROM python:3.12-slim AS runtime\nCOPY --from=build /app /app\n');
  assert.match(applyEdits(PROJECT['compose.yaml'], arg.get(compose)?.edits ?? []), / {8}- PYTHON_VERSION=3\.12\n/);
  const refs = await c.rpc.sendRequest('textDocument/references', { textDocument: { uri: dockerfile }, position: pos(4, 27), context: { includeDeclaration: false } }) as Location[];
  assert.deepEqual(refs, [{ uri: compose, range: r(5, 14, 5, 21) }], 'the compose target is a reference of the stage');
  c.close();
});

test('document links: build context, dockerfile, env_file (list and long form), secret files; only what exists and is local', async () => {
  const dir = folder({
    'compose.yaml': '',
    'api/Dockerfile.dev': 'FROM alpine:3.20\n',
    '.env': 'A=1\n',
    'prod.env': 'B=2\n',
    'secrets/pw.txt': 'x\n',
  });
  const compose = fileUri(dir, 'compose.yaml');
  const text = [
    'services:',
    '  api:',
    '    build:',
    '      context: "./api"',
    '      dockerfile: Dockerfile.dev',
    '    env_file:',
    '      - .env',
    '      - path: ./prod.env',
    '      - ./nope.env',
    '  web:',
    '    build: https://github.com/x/y.git',
    '    env_file: ${ENV_FILE}',
    'secrets:',
    '  pw:',
    '    file: ./secrets/pw.txt',
    '',
  ].join('\n');
  const c = await startTestServer();
  await openAndWait(c, compose, 'dockercompose', text);
  const links = await c.rpc.sendRequest('textDocument/documentLink', { textDocument: { uri: compose } }) as DocumentLink[];
  assert.deepEqual(links.map((l) => [l.range, l.target]), [
    [r(3, 16, 3, 21), fileUri(dir, 'api')],
    [r(4, 18, 4, 32), fileUri(dir, 'api/Dockerfile.dev')],
    [r(6, 8, 6, 12), fileUri(dir, '.env')],
    [r(7, 14, 7, 24), fileUri(dir, 'prod.env')],
    [r(14, 10, 14, 26), fileUri(dir, 'secrets/pw.txt')],
  ]);
  c.close();
});

test('semantic tokens: variables and stage names, full and by range', async () => {
  const c = await startTestServer();
  const text = 'ARG V=1\nFROM alpine:$V AS base\nENV HOME_DIR=/srv\nRUN echo ${HOME_DIR:-x} $TARGETARCH\nFROM base\nCOPY --from=base /a /a\n';
  await openAndWait(c, uri, 'dockerfile', text);
  const full = await c.rpc.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as SemanticTokens;
  // Decode the relative encoding back to absolute [line, char, length, type, modifiers].
  const decoded: number[][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < full.data.length; i += 5) {
    const [dl, dc, len, type, mods] = full.data.slice(i, i + 5) as [number, number, number, number, number];
    line += dl;
    char = dl === 0 ? char + dc : dc;
    decoded.push([line, char, len, type, mods]);
  }
  // types: 0 namespace, 1 variable; modifiers: 1 declaration, 2 readonly, 4 defaultLibrary
  assert.deepEqual(decoded, [
    [0, 4, 1, 1, 1 | 2],
    [1, 13, 1, 1, 2],
    [1, 18, 4, 0, 1],
    [2, 4, 8, 1, 1],
    [3, 11, 8, 1, 0],
    [3, 25, 10, 1, 4],
    [4, 5, 4, 0, 0],
    [5, 12, 4, 0, 0],
  ]);
  const ranged = await c.rpc.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri }, range: r(4, 0, 5, 30) }) as SemanticTokens;
  assert.deepEqual(ranged.data, [4, 5, 4, 0, 0, 1, 12, 4, 0, 0]);
  await openAndWait(c, curi, 'dockercompose', 'services: {}\n');
  assert.deepEqual((await c.rpc.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: curi } }) as SemanticTokens).data, []);
  c.close();
});

test('half-typed and hostile documents: every navigation request answers, none fails', async () => {
  const c = await startTestServer();
  // A handler that throws answers empty and logs: collect the log to see that none did.
  const logged: string[] = [];
  c.rpc.onNotification('window/logMessage', (m: { message: string }) => { logged.push(m.message); });
  const texts: [string, string, string][] = [
    [uri, 'dockerfile', 'FROM \nCOPY --from= \nRUN echo ${\nARG =\nENV \nFROM x AS\n'],
    [uri, 'dockerfile', 'RUN <<EOF\n$A ${B\n'],
    [curi, 'dockercompose', 'services:\n  web:\n    depends_on:\n      - \n    build:\n      target:\n      args: [=, "$"]\n  : x\n'],
    [curi, 'dockercompose', 'a: &a [*a]\nservices: *a\n<<: *a\n'],
    [curi, 'dockercompose', `x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
  ];
  for (const [i, [base, languageId, text]] of texts.entries()) {
    const u = base.replace('/docker-coach-nav/', `/docker-coach-nav/hostile-${i}/`);
    c.open(u, languageId, text);
    const textDocument = { uri: u };
    const lines = text.split('\n');
    await c.rpc.sendRequest('textDocument/documentSymbol', { textDocument });
    await c.rpc.sendRequest('textDocument/foldingRange', { textDocument });
    await c.rpc.sendRequest('textDocument/documentLink', { textDocument });
    await c.rpc.sendRequest('textDocument/semanticTokens/full', { textDocument });
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character <= Math.min((lines[line] ?? '').length, 40); character += 3) {
        const position = pos(line, character);
        await c.rpc.sendRequest('textDocument/definition', { textDocument, position });
        await c.rpc.sendRequest('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
        await c.rpc.sendRequest('textDocument/prepareRename', { textDocument, position }).catch((e: ResponseError<void>) => assert.ok(e.message.length > 10));
        await c.rpc.sendRequest('textDocument/rename', { textDocument, position, newName: 'x' }).catch((e: ResponseError<void>) => assert.ok(e.message.length > 10));
      }
    }
  }
  assert.ok(await c.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
  assert.deepEqual(logged.filter((m) => / failed: /.test(m)), []);
  c.close();
});
