import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m5-02-command-ready';
import { lessonWorkspace } from './lesson-files';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

// The lesson's worked example.
const GOOD = lessonWorkspace('m5', 'm5-02-compose-commands')['compose.yaml'] as string;

test('m5-02: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD, '.env': 'POSTGRES_PASSWORD=x\n' }), []);
});

test('m5-02: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 6);
  assert.ok(result.every((c) => !c.passed));
});

test('m5-02: a file from an old tutorial fails on name, build tag, pinned image, volume and container_name', () => {
  const old = [
    'version: "3"',
    'services:',
    '  web:',
    '    build: .',
    '    container_name: web',
    '    ports:',
    '      - "8080:8000"',
    '  db:',
    '    image: postgres',
    '    container_name: db',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'docker-compose.yml': old }), ['project-name', 'build-tagged', 'pulled-image', 'named-volume', 'no-container-name']);
});

test('m5-02: docker compose config would refuse an unknown key or a bad type; the name must be a clean project name', () => {
  const typo = GOOD.replace('    environment:\n      GREETING', '    enviroment:\n      GREETING');
  assert.deepEqual(failed({ 'compose.yaml': typo }), ['config-valid']);
  const badType = GOOD.replace('    ports:\n      - "8080:8000"', '    ports: "8080:8000"');
  assert.deepEqual(failed({ 'compose.yaml': badType }), ['config-valid']);
  // Compose lowercases a name from the file (My Shop becomes myshop) instead of refusing it.
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('name: shop', 'name: My Shop') }), ['project-name']);
  const broken = GOOD.replace('  db:\n', '  db:\n\t\n  db:\n');
  assert.ok(failed({ 'compose.yaml': broken }).includes('config-valid'));
});

test('m5-02: variables from the .env beside the file are filled in before the file is validated', () => {
  const withVar = GOOD.replace('    image: postgres:17', '    image: postgres:17\n    cpus: ${DB_CPUS}\n    shm_size: ${SHM:-128m}');
  assert.deepEqual(failed({ 'compose.yaml': withVar, '.env': 'DB_CPUS=0.5\n' }), []);
  assert.deepEqual(failed({ 'compose.yaml': withVar, '.env': 'DB_CPUS=two\n' }), ['config-valid']);
  assert.deepEqual(failed({ 'deploy/compose.yaml': withVar, 'deploy/.env': 'DB_CPUS=two\n', '.env': 'DB_CPUS=1\n' }), ['config-valid']);
});

test('m5-02: the volume must be declared at the top level (docker compose config refuses an undefined one)', () => {
  const undeclared = GOOD.replace('volumes:\n  db-data:\n', '');
  assert.deepEqual(failed({ 'compose.yaml': undeclared }), ['config-valid', 'named-volume']);
  const bind = GOOD.replace('db-data:/var/lib/postgresql/data', './pgdata:/var/lib/postgresql/data');
  assert.deepEqual(failed({ 'compose.yaml': bind }), ['named-volume']);
});

test('m5-02: a built service does not count as the pulled image, even with a pinned image: name', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('postgres:17', 'postgres') }), ['pulled-image']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('postgres:17', 'postgres:latest') }), ['pulled-image']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('postgres:17', 'postgres@sha256:' + 'a'.repeat(64)) }), []);
});
