import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m5-01-first-stack';
import { lessonWorkspace } from './lesson-files';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

// The lesson's worked example.
const WORKSPACE = lessonWorkspace('m5', 'm5-01-first-compose');
const COMPOSE = WORKSPACE['compose.yaml'] as string;
const DOCKERFILE = WORKSPACE['web/Dockerfile'] as string;

test('m5-01: the lesson example passes every criterion', () => {
  assert.deepEqual(failed(WORKSPACE), []);
});

test('m5-01: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 6);
  assert.ok(result.every((c) => !c.passed));
});

test('m5-01: the common mistake of the lesson fails on version, build context and port quotes', () => {
  const bad = [
    'version: "3.8"',
    '',
    'services:',
    '  web:',
    '    build: ./webapp',
    '    ports:',
    '      - 8080:8000',
    '  db:',
    '    image: postgres:17',
    '',
  ].join('\n');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': bad }), ['no-version-key', 'local-build', 'quoted-port']);
});

test('m5-01: a key written twice or a tab is a YAML error', () => {
  const dup = COMPOSE.replace('    environment:\n      GREETING', '    environment:\n      APP_MODE: "dev"\n    environment:\n      GREETING');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': dup }), ['compose-parses']);
  const tab = COMPOSE.replace('    image: postgres:17', '\timage: postgres:17');
  assert.ok(failed({ ...WORKSPACE, 'compose.yaml': tab }).includes('compose-parses'));
});

test('m5-01: the Dockerfile must exist in the context, relative to the compose file', () => {
  assert.deepEqual(failed({ 'compose.yaml': COMPOSE, 'web/app.py': 'x' }), ['local-build']);
  const long = COMPOSE.replace('    build: ./web', '    build:\n      context: .\n      dockerfile: web/Dockerfile');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': long }), []);
  const wrongBase = COMPOSE.replace('    build: ./web', '    build:\n      context: ./web\n      dockerfile: web/Dockerfile');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': wrongBase }), ['local-build']);
  assert.deepEqual(failed({ 'deploy/compose.yaml': COMPOSE.replace('./web', '../web'), 'web/Dockerfile': DOCKERFILE }), []);
  const remote = COMPOSE.replace('./web', 'https://github.com/example/web.git');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': remote }), ['local-build']);
});

test('m5-01: the image needs a version tag and must not be a built service', () => {
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': COMPOSE.replace('postgres:17', 'postgres') }), ['pinned-image']);
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': COMPOSE.replace('postgres:17', 'postgres:latest') }), ['pinned-image']);
  const oneService = COMPOSE.replace('    build: ./web', '    build: ./web\n    image: shop-web:1.0').replace(/\n {2}db:[\s\S]*?\n\n/, '\n\n');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': oneService }), ['two-services', 'pinned-image']);
});

test('m5-01: every short port must be quoted; the long syntax counts as quoted', () => {
  const mixed = COMPOSE.replace('      - "8080:8000"', '      - "8080:8000"\n      - 9000');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': mixed }), ['quoted-port']);
  const long = COMPOSE.replace('      - "8080:8000"', '      - target: 8000\n        published: 8080');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': long }), []);
  const none = COMPOSE.replace('    ports:\n      - "8080:8000"\n', '');
  assert.deepEqual(failed({ ...WORKSPACE, 'compose.yaml': none }), ['quoted-port']);
});

test('m5-01: the best of several compose files is reported', () => {
  assert.deepEqual(failed({ ...WORKSPACE, 'old/docker-compose.yml': 'version: "2"\nservices:\n  a:\n    image: nginx\n' }), []);
});
