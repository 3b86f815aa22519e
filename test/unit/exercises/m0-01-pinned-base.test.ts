import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m0-01-pinned-base';
import { filesCheck } from './workspace';

const { run } = filesCheck(check);
const passed = (files: Record<string, string>) => Object.fromEntries(run(files).map((c) => [c.id, c.passed]));

test('m0-01-pinned-base: the lesson example passes every criterion', () => {
  const result = run({ Dockerfile: 'FROM python:3.12-slim\nCMD ["python", "-c", "import sys; print(sys.version)"]\n' });
  assert.ok(result.every((c) => c.passed), JSON.stringify(result));
  assert.ok(result.every((c) => c.text.en.length > 20 && c.text.ru.length > 20));
});

test('m0-01-pinned-base: an empty workspace fails every criterion', () => {
  assert.deepEqual(passed({}), { 'dockerfile-exists': false, 'base-pinned': false, 'says-what-runs': false });
});

test('m0-01-pinned-base: a bare name or latest is not pinned; a digest or an earlier stage is', () => {
  assert.equal(passed({ Dockerfile: 'FROM python\nCMD ["python"]\n' })['base-pinned'], false);
  assert.equal(passed({ Dockerfile: 'FROM python:latest\nCMD ["python"]\n' })['base-pinned'], false);
  assert.equal(passed({ Dockerfile: 'ARG V=3.12\nFROM python:${V}\nCMD ["python"]\n' })['base-pinned'], false);
  assert.equal(passed({ Dockerfile: `FROM alpine@sha256:${'a'.repeat(64)}\nCMD ["sh"]\n` })['base-pinned'], true);
  assert.deepEqual(passed({ Dockerfile: 'FROM node:22-alpine AS build\nRUN echo hi\nFROM build\nCMD ["node"]\n' }),
    { 'dockerfile-exists': true, 'base-pinned': true, 'says-what-runs': true });
});

test('m0-01-pinned-base: a Dockerfile without CMD or ENTRYPOINT fails only that criterion', () => {
  assert.deepEqual(passed({ 'app/Dockerfile': 'FROM python:3.12-slim\nRUN python --version\n' }),
    { 'dockerfile-exists': true, 'base-pinned': true, 'says-what-runs': false });
  assert.equal(passed({ Dockerfile: 'FROM nginx:1.27-alpine\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n' })['says-what-runs'], true);
});

test('m0-01-pinned-base: the best of several Dockerfiles is judged', () => {
  const r = passed({ 'old/Dockerfile': 'FROM ubuntu\n', Dockerfile: 'FROM python:3.12-slim\nCMD ["python"]\n' });
  assert.deepEqual(r, { 'dockerfile-exists': true, 'base-pinned': true, 'says-what-runs': true });
});
