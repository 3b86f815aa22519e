import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m4-05-env-file';
import { filesCheck, without } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD: Record<string, string> = {
  'app.env': '# local settings, not committed\nGREETING=Hello from app.env\nLOG_LEVEL=debug\nAPI_TOKEN=dev-only-token\n',
  'app.env.example': 'GREETING=Hello\nLOG_LEVEL=info\nAPI_TOKEN=replace-me\n',
  '.gitignore': 'node_modules/\n*.env\n',
  '.dockerignore': '.git\n*.env\n',
  Dockerfile: 'FROM python:3.12-slim\nENV GREETING=Hello LOG_LEVEL=info\nCOPY app.py .\nCMD ["python", "app.py"]\n',
};

test('m4-05: the lesson example passes every criterion', () => {
  assert.deepEqual(failed(GOOD), []);
});

/** An env file and its example in a subfolder, without ignore files. */
const IN_CONFIG = { 'config/prod.env': 'PORT=9000\n', 'config/prod.env.example': 'PORT=8000\n' };

test('m4-05: a .env in a subfolder with anchored patterns passes', () => {
  assert.deepEqual(failed({ ...IN_CONFIG, '.gitignore': '/config/*.env\n', '.dockerignore': 'config/prod.env\n' }), []);
});

test('m4-05: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
});

test('m4-05: export lines, committed files, missing ignores and missing example keys fail', () => {
  assert.deepEqual(failed({ ...GOOD, 'app.env': 'export GREETING=hi\n' }), ['env-file']);
  assert.deepEqual(failed({ ...GOOD, '.gitignore': 'node_modules/\n' }), ['not-in-git']);
  assert.deepEqual(failed({ ...GOOD, '.gitignore': '*.env\n!app.env\n' }), ['not-in-git']);
  assert.deepEqual(failed(without(GOOD, '.dockerignore')), ['not-in-context']);
  assert.deepEqual(failed({ ...GOOD, 'app.env.example': 'GREETING=Hello\n' }), ['example-file']);
});

test('m4-05: a .gitignore or .dockerignore in the env file\'s folder counts, read with the builder\'s and Git\'s rules', () => {
  assert.deepEqual(failed({ ...IN_CONFIG, 'config/.gitignore': 'prod.env\n', 'config/.dockerignore': '*.env\n' }), []);
  // Relative to the context root, `*.env` is only the top folder, so the root .dockerignore misses config/prod.env.
  const rootOnly = { ...IN_CONFIG, 'config/.gitignore': 'prod.env\n' };
  assert.deepEqual(failed({ ...rootOnly, '.dockerignore': '*.env\n' }), ['not-in-context']);
  assert.deepEqual(failed({ ...rootOnly, '.dockerignore': '**/*.env\n' }), []);
});
