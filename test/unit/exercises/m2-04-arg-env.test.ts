import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m2-04-arg-env';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'ARG PYTHON_TAG=3.12-slim',
  'FROM python:${PYTHON_TAG}',
  'ARG PYTHON_TAG',
  'ARG APP_VERSION=dev',
  'LABEL org.opencontainers.image.version=$APP_VERSION',
  'ENV PYTHONUNBUFFERED=1 \\',
  '    APP_PORT=8000 \\',
  '    APP_VERSION=${APP_VERSION}',
  'RUN echo "built on python:$PYTHON_TAG"',
  'WORKDIR /app',
  'COPY app.py .',
  'CMD ["python", "app.py"]',
  '',
].join('\n');

test('m2-04: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD }), []);
});

test('m2-04: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m2-04: a global ARG used after FROM without redeclaring fails', () => {
  const bad = 'ARG PYTHON_TAG=3.12-slim\nFROM python:${PYTHON_TAG}\nENV APP_PORT=8000\nRUN echo "built on $PYTHON_TAG"\n';
  assert.deepEqual(failed({ Dockerfile: bad }), ['global-arg-redeclared']);
});

test('m2-04: legacy ENV, unused ARG and secrets fail', () => {
  const bad = 'FROM python:3.12-slim\nARG DB_PASSWORD=hunter2\nENV APP_PORT 8000\nCMD ["python", "app.py"]\n';
  assert.deepEqual(failed({ Dockerfile: bad }), ['arg-used', 'env-key-value', 'no-secrets']);
  const tokenEnv = 'FROM node:22-alpine\nARG NODE_ENV=production\nENV NODE_ENV=$NODE_ENV NPM_TOKEN=abc\n';
  assert.deepEqual(failed({ Dockerfile: tokenEnv }), ['no-secrets']);
  const fileOk = 'FROM postgres:17\nARG V=1\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db V=$V\n';
  assert.deepEqual(failed({ Dockerfile: fileOk }), []);
});
