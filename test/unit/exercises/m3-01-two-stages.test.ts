import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m3-01-two-stages';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GO = [
  '# syntax=docker/dockerfile:1',
  'FROM golang:1.23 AS build',
  'WORKDIR /src',
  'COPY go.mod ./',
  'RUN go mod download',
  'COPY . .',
  'RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/hello .',
  '',
  'FROM gcr.io/distroless/static-debian12:nonroot',
  'COPY --from=build /out/hello /hello',
  'ENTRYPOINT ["/hello"]',
  '',
].join('\n');

const PYTHON = [
  'FROM python:3.12 AS build',
  'RUN python -m venv /opt/venv',
  'COPY requirements.txt .',
  'RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt',
  'FROM python:3.12-slim AS runtime',
  'COPY --from=BUILD /opt/venv /opt/venv',
  'COPY app.py /app/',
  'CMD ["/opt/venv/bin/python", "/app/app.py"]',
  '',
].join('\n');

test('m3-01: the lesson examples pass every criterion', () => {
  assert.deepEqual(failed({ Dockerfile: GO }), []);
  assert.deepEqual(failed({ 'api/Dockerfile': PYTHON }), []);
});

test('m3-01: a shared base stage is a fine start for the final stage', () => {
  const shared = 'FROM python:3.12-slim AS base\nFROM base AS build\nRUN pip wheel -w /w flask==3.0.3\nFROM base\nCOPY --from=build /w /w\n';
  assert.deepEqual(failed({ Dockerfile: shared }), []);
});

test('m3-01: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m3-01: one stage, an index instead of a name, or FROM the build stage fail', () => {
  assert.deepEqual(failed({ Dockerfile: 'FROM python:3.12-slim\nCOPY . .\n' }), ['two-stages', 'copy-from-stage', 'final-from-runtime-base']);
  assert.deepEqual(failed({ Dockerfile: GO.replace('--from=build', '--from=0') }), ['copy-from-stage', 'final-from-runtime-base']);
  assert.deepEqual(failed({ Dockerfile: GO.replace('gcr.io/distroless/static-debian12:nonroot', 'build') }), ['final-from-runtime-base']);
  assert.deepEqual(failed({ Dockerfile: GO.replace('--from=build', '--from=builder') }), ['copy-from-stage', 'final-from-runtime-base']);
});

test('m3-01: duplicate or reserved stage names fail the first criterion', () => {
  const dup = 'FROM golang:1.23 AS build\nFROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /x /x\n';
  assert.deepEqual(failed({ Dockerfile: dup }), ['two-stages']);
  const reserved = 'FROM golang:1.23 AS scratch\nFROM alpine:3.20\nCOPY --from=scratch /x /x\n';
  assert.ok(failed({ Dockerfile: reserved }).includes('two-stages'));
});
