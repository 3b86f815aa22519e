import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m3-03-pinned-versions';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const GOOD = [
  `FROM node:22-alpine@${DIGEST} AS build`,
  'WORKDIR /app',
  'COPY package.json package-lock.json ./',
  'RUN npm ci',
  'COPY . .',
  'RUN npm run build',
  'FROM nginx:1.27-alpine',
  'COPY --from=build /app/dist /usr/share/nginx/html',
  '',
].join('\n');
const COMPOSE = 'services:\n  web:\n    build: .\n  cache:\n    image: redis:7.4-alpine\n';

test('m3-03: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD, 'compose.yaml': COMPOSE }), []);
});

test('m3-03: pinned pip installs pass', () => {
  const py = `FROM python:3.12-slim@${DIGEST}\nRUN pip install --no-cache-dir -r requirements.txt\nRUN pip install gunicorn==23.0.0\n`;
  assert.deepEqual(failed({ Dockerfile: py }), []);
});

test('m3-03: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
});

test('m3-03: latest, missing tags, upgrades and floating installs fail', () => {
  const bad = 'FROM node\nRUN apt-get update && apt-get upgrade -y\nRUN npm install\n';
  assert.deepEqual(failed({ Dockerfile: bad }), ['versions-pinned', 'one-digest', 'no-upgrade', 'locked-dependencies']);
  assert.deepEqual(failed({ Dockerfile: GOOD, 'compose.yaml': COMPOSE.replace('redis:7.4-alpine', 'redis:latest') }), ['versions-pinned']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('RUN npm ci', 'RUN pip install flask') }), ['locked-dependencies']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('RUN npm ci', 'RUN yarn install') }), ['locked-dependencies']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace(`@${DIGEST}`, '') }), ['one-digest']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace(`@${DIGEST}`, '@sha256:abc') }), ['versions-pinned', 'one-digest']);
});

test('m3-03: npm install of a named tool is not a floating install', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('RUN npm ci', 'RUN npm install -g pnpm@9.12.0 && pnpm install --frozen-lockfile') }), []);
});
