import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-03-secret-file';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  db:',
  '    image: postgres:17',
  '    environment:',
  '      POSTGRES_USER: app',
  '      POSTGRES_DB: app',
  '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password',
  '    secrets:',
  '      - db_password',
  '    volumes:',
  '      - db-data:/var/lib/postgresql/data',
  '',
  'secrets:',
  '  db_password:',
  '    file: ./secrets/db_password.txt',
  '',
  'volumes:',
  '  db-data:',
  '',
].join('\n');

test('m6-03: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD, '.gitignore': 'node_modules/\nsecrets/\n', 'secrets/db_password.txt': 'x' }), []);
});

test('m6-03: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-03: a password in environment and an undeclared secret are reported', () => {
  const bad = [
    'services:',
    '  db:',
    '    image: postgres:17',
    '    environment:',
    '      - POSTGRES_PASSWORD=hunter2',
    '    secrets:',
    '      - db_pasword',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['secret-declared', 'service-uses-secret', 'all-declared', 'no-literal-secret', 'secret-file-ignored']);
});

test('m6-03: the secret file must be ignored by git', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), ['secret-file-ignored']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD, '.gitignore': '*.txt\n' }), []);
  assert.deepEqual(failed({ 'compose.yaml': GOOD, '.gitignore': '/secrets/db_password.txt\n' }), []);
  assert.deepEqual(failed({ 'compose.yaml': GOOD, '.gitignore': '*.txt\n!db_password.txt\n' }), ['secret-file-ignored']);
  assert.deepEqual(failed({ 'app/compose.yaml': GOOD, 'app/.gitignore': 'db_password.txt\n' }), []);
});

test('m6-03: the long syntax, an environment source and an undeclared config', () => {
  const ok = [
    'services:',
    '  api:',
    '    image: python:3.12-slim',
    '    secrets:',
    '      - source: api_token',
    '        target: token',
    '    environment:',
    '      API_TOKEN_FILE: /run/secrets/token',
    '      DB_PASSWORD: ${DB_PASSWORD}',
    'secrets:',
    '  api_token:',
    '    environment: API_TOKEN',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': ok }), []);
  const withConfig = ok.replace('    environment:\n      API_TOKEN_FILE', '    configs: [app_conf]\n    environment:\n      API_TOKEN_FILE');
  assert.deepEqual(failed({ 'compose.yaml': withConfig }), ['all-declared']);
});
