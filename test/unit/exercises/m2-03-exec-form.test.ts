import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m2-03-exec-form';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

test('m2-03: ENTRYPOINT and CMD in exec form pass', () => {
  assert.deepEqual(failed({ Dockerfile: 'FROM alpine:3.21\nENTRYPOINT ["ping"]\nCMD ["-c", "3", "localhost"]\n' }), []);
  assert.deepEqual(failed({ Dockerfile: 'FROM python:3.12-slim\nCMD ["python", "app.py"]\n' }), []);
});

test('m2-03: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m2-03: shell form and single quotes fail exec-form', () => {
  assert.deepEqual(failed({ Dockerfile: 'FROM python:3.12-slim\nCMD python app.py\n' }), ['exec-form']);
  assert.deepEqual(failed({ Dockerfile: "FROM python:3.12-slim\nCMD ['python', 'app.py']\n" }), ['exec-form']);
  assert.deepEqual(failed({ Dockerfile: 'FROM alpine:3.21\nENTRYPOINT ping\nCMD ["localhost"]\n' }), ['exec-form']);
});

test('m2-03: two CMDs in the last stage fail one-each; an earlier stage does not count', () => {
  assert.deepEqual(failed({ Dockerfile: 'FROM python:3.12-slim\nCMD ["python", "a.py"]\nCMD ["python", "b.py"]\n' }), ['one-each']);
  assert.deepEqual(failed({ Dockerfile: 'FROM alpine:3.21 AS a\nCMD ["x"]\nFROM alpine:3.21\nRUN true\n' }), ['start-command', 'exec-form', 'one-each']);
});
