import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m3-02-lean-image';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'FROM python:3.12 AS build',
  'RUN apt-get update \\',
  ' && apt-get install -y --no-install-recommends libpq-dev gcc \\',
  ' && rm -rf /var/lib/apt/lists/*',
  'RUN python -m venv /opt/venv',
  'COPY requirements.txt .',
  'RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt',
  'FROM python:3.12-slim',
  'RUN apt-get update \\',
  ' && apt-get install -y --no-install-recommends libpq5 \\',
  ' && rm -rf /var/lib/apt/lists/*',
  'COPY --from=build /opt/venv /opt/venv',
  'CMD ["/opt/venv/bin/python", "-m", "app"]',
  '',
].join('\n');

test('m3-02: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD }), []);
});

test('m3-02: alpine, distroless, scratch and cache mounts pass', () => {
  assert.deepEqual(failed({ Dockerfile: 'FROM node:22-alpine\nRUN apk add --no-cache tini\n' }), []);
  assert.deepEqual(failed({ Dockerfile: 'FROM golang:1.23 AS b\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=b /x /x\n' }), []);
  assert.deepEqual(failed({ Dockerfile: 'FROM scratch\nCOPY hello /\n' }), []);
  const mount = 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n';
  assert.deepEqual(failed({ Dockerfile: mount }), []);
  assert.deepEqual(failed({ Dockerfile: 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements.txt\n' }), []);
});

test('m3-02: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m3-02: a full base, caches left behind and compilers in the final stage fail', () => {
  const bad = 'FROM python:3.12\nRUN apt-get update && apt-get install -y build-essential\nRUN pip install -r requirements.txt\n';
  assert.deepEqual(failed({ Dockerfile: bad }), ['small-base', 'lean-installs', 'no-build-tools-in-final']);
  assert.deepEqual(failed({ Dockerfile: 'FROM alpine:3.20\nRUN apk add curl\n' }), ['lean-installs']);
  assert.deepEqual(failed({ Dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache build-base\n' }), ['no-build-tools-in-final']);
  assert.deepEqual(failed({ Dockerfile: 'FROM python:3.12-slim\nRUN python -m pip install flask==3.0.3\n' }), ['lean-installs']);
});

test('m3-02: a final stage built on a full stage is not small', () => {
  assert.deepEqual(failed({ Dockerfile: 'FROM debian:bookworm AS base\nFROM base\nCOPY x /x\n' }), ['small-base']);
});
