import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m2-02-cache-order';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

test('m2-02: dependencies first, then the source: every criterion passes', () => {
  const py = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
  assert.deepEqual(failed({ Dockerfile: py }), []);
  const node = 'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY src/ ./src/\nCMD ["node", "src/server.js"]\n';
  assert.deepEqual(failed({ Dockerfile: node }), []);
});

test('m2-02: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m2-02: COPY . . before the install fails', () => {
  const bad = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';
  assert.deepEqual(failed({ Dockerfile: bad }), ['manifest-copied-first', 'install-before-source', 'source-after-install']);
  const half = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nCOPY . .\nRUN pip install -r requirements.txt\n';
  assert.deepEqual(failed({ Dockerfile: half }), ['install-before-source', 'source-after-install']);
});

test('m2-02: COPY --from another stage is not the source of this stage', () => {
  const multi = [
    'FROM golang:1.23 AS build', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .',
    'RUN go build -o /app .', 'FROM gcr.io/distroless/static-debian12', 'COPY --from=build /app /app', 'ENTRYPOINT ["/app"]', '',
  ].join('\n');
  assert.deepEqual(failed({ Dockerfile: multi }), []);
});

test('m2-02: flags are not sources: COPY --chown of the manifests still comes first', () => {
  const chown = 'FROM node:22-alpine\nWORKDIR /app\nCOPY --chown=node:node --chmod=644 package*.json ./\nRUN npm ci\nCOPY --chown=node:node . .\nCMD ["node", "server.js"]\n';
  assert.deepEqual(failed({ Dockerfile: chown }), []);
});
