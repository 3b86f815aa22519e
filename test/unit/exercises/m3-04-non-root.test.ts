import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m3-04-non-root';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  '# syntax=docker/dockerfile:1',
  'FROM python:3.12-slim',
  'RUN useradd --system --uid 10001 --no-create-home app',
  'WORKDIR /app',
  'COPY requirements.txt .',
  'RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\',
  '    pip install --no-cache-dir -r requirements.txt',
  'COPY . .',
  'RUN mkdir /app/uploads && chown app:app /app/uploads',
  'USER 10001',
  'CMD ["python", "app.py"]',
  '',
].join('\n');

test('m3-04: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD }), []);
});

test('m3-04: a distroless nonroot base counts as a non-root user', () => {
  const go = 'FROM golang:1.23 AS build\nRUN go build -o /hello .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /hello /hello\n';
  assert.deepEqual(failed({ Dockerfile: go }), []);
  assert.deepEqual(failed({ Dockerfile: go.replace(':nonroot', ':latest') }), ['final-user-not-root']);
});

test('m3-04: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m3-04: root, sudo, chmod 777 and secrets fail', () => {
  const bad = 'FROM ubuntu:24.04\nENV DB_PASSWORD=hunter2\nRUN sudo apt-get update\nRUN chmod -R 777 /app\nUSER root\n';
  assert.deepEqual(failed({ Dockerfile: bad }), ['final-user-not-root', 'no-sudo-or-777', 'no-secrets-in-image']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('USER 10001', 'USER 0:0') }), ['final-user-not-root']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('USER 10001\n', '') }), ['final-user-not-root']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('COPY . .', 'COPY .env .') }), ['no-secrets-in-image']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('WORKDIR /app', 'ARG NPM_TOKEN\nWORKDIR /app') }), ['no-secrets-in-image']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('chown app:app', 'chmod a+rwx') }), ['no-sudo-or-777']);
});

test('m3-04: a *_FILE variable that points at a secret is fine', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('WORKDIR /app', 'ENV DB_PASSWORD_FILE=/run/secrets/db_password\nWORKDIR /app') }), []);
});
