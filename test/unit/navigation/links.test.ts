// Document links and semantic tokens as pure functions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCompose } from '../../../server/src/analysis/compose/model';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { composeLinks } from '../../../server/src/analysis/navigation/links';
import { dockerfileTokens } from '../../../server/src/analysis/navigation/semanticTokens';
import { memoryProject } from '../compose/project';
import { rangeText } from '../helpers';

test('compose links: only local paths that exist, of the right kind, resolved like Compose does', () => {
  const files = {
    '/p/compose.yaml': '',
    '/p/api/Dockerfile': 'FROM alpine:3.20\n',
    '/p/api/docker/Dockerfile.dev': 'FROM alpine:3.20\n',
    '/p/.env': 'A=1\n',
    '/abs/secret.txt': 's\n',
    '/p/cfg/app.conf': 'x\n',
  };
  const text = [
    'services:', // 1
    '  a:', // 2
    '    build: api', // 3
    '  b:', // 4
    "    build: {context: 'api', dockerfile: docker/Dockerfile.dev}", // 5
    '  c:', // 6
    '    build: {context: git@github.com:x/y.git, dockerfile: Dockerfile}', // 7
    '  d:', // 8
    '    build: {dockerfile: api}', // 9
    '    env_file: .env', // 10
    '  e:', // 11
    '    build: ./api/Dockerfile', // 12
    '    env_file: [{path: "${X}.env"}, /p/.env, https://x/.env]', // 13
    'secrets:', // 14
    '  s: {file: /abs/secret.txt}', // 15
    '  t: {environment: X}', // 16
    'configs:', // 17
    '  app: {file: cfg/app.conf}', // 18
    '  gone: {file: cfg/gone.conf}', // 19
  ].join('\n');
  const links = composeLinks(parseCompose(text), memoryProject('/p/compose.yaml', files));
  assert.deepEqual(links.map((l) => `${rangeText(l.range)} ${l.target}${l.folder ? '/' : ''}`), [
    '3:12-3:15 /p/api/',
    '5:23-5:26 /p/api/',
    '5:41-5:62 /p/api/docker/Dockerfile.dev',
    '10:15-10:19 /p/.env',
    '13:36-13:43 /p/.env',
    '15:13-15:28 /abs/secret.txt',
    '18:15-18:27 /p/cfg/app.conf',
  ]);
});

test('semantic tokens: sorted, never overlapping, only names; a range keeps the tokens on its lines', () => {
  const model = parseDockerfile('ARG TARGETARCH\nFROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETARCH\nENV GOARCH=$TARGETARCH X=${Y:-$Z}\nFROM scratch\nCOPY --from=0 /a /a\nCOPY --from=build /b /b\n');
  const tokens = dockerfileTokens(model).map((t) => `${t.line + 1}:${t.character + 1}+${t.length} ${t.type} ${t.modifiers.join(',')}`);
  assert.deepEqual(tokens, [
    '1:5+10 variable declaration,readonly,defaultLibrary',
    '2:18+13 variable defaultLibrary',
    '2:47+5 namespace declaration',
    '3:5+10 variable declaration,readonly,defaultLibrary',
    '4:5+6 variable declaration',
    '4:13+10 variable readonly,defaultLibrary',
    '4:24+1 variable declaration',
    '4:28+1 variable ',
    '4:32+1 variable ',
    '7:13+5 namespace ',
  ]);
  assert.deepEqual(dockerfileTokens(model, { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } }).map((t) => t.line), [6]);
});
