import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m2-01-basic-instructions';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

test('m2-01: the lesson example passes every criterion', () => {
  const dockerfile = [
    'FROM python:3.12-slim',
    'WORKDIR /app',
    'RUN pip install --no-cache-dir rich==13.9.4',
    'COPY app.py .',
    'CMD ["python", "app.py"]',
    '',
  ].join('\n');
  assert.deepEqual(failed({ Dockerfile: dockerfile, 'app.py': 'print(1)\n' }), []);
});

test('m2-01: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 6);
  assert.ok(result.every((c) => !c.passed));
});

test('m2-01: untagged base, relative WORKDIR, no RUN and no CMD are reported', () => {
  assert.deepEqual(failed({ Dockerfile: 'FROM python\nWORKDIR app\nCOPY . .\n' }), ['from-tagged', 'workdir-absolute', 'run', 'cmd']);
  assert.deepEqual(failed({ Dockerfile: 'FROM node:latest\nWORKDIR /srv\nCOPY . .\nRUN npm ci\nCMD ["node", "index.js"]\n' }), ['from-tagged']);
});

test('m2-01: ARG before FROM is allowed, an instruction before FROM is not', () => {
  const ok = 'ARG TAG=3.12-slim\nFROM python:${TAG}\nWORKDIR /app\nCOPY . .\nRUN true\nCMD ["python"]\n';
  assert.deepEqual(failed({ 'Dockerfile': ok }), []);
  const bad = 'WORKDIR /app\nFROM python:3.12-slim\nCOPY . .\nRUN true\nCMD ["python"]\n';
  assert.deepEqual(failed({ 'Dockerfile': bad }), ['from-first']);
});

test('m2-01: the best of several Dockerfiles counts, and texts exist in both languages', () => {
  const result = run({ 'a/Dockerfile': 'FROM alpine\n', 'b/Dockerfile': 'FROM alpine:3.21\nWORKDIR /w\nCOPY x .\nRUN true\nCMD ["sh"]\n' });
  assert.ok(result.every((c) => c.passed));
  assert.ok(result.every((c) => c.text.en.length > 10 && c.text.ru.length > 10));
});
