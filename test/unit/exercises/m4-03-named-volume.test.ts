import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m4-03-named-volume';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  db:',
  '    image: postgres:17',
  '    environment:',
  '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}',
  '    volumes:',
  '      - db-data:/var/lib/postgresql/data',
  '      - ./initdb:/docker-entrypoint-initdb.d:ro',
  '    tmpfs:',
  '      - /tmp',
  'volumes:',
  '  db-data:',
  '',
].join('\n');

test('m4-03: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m4-03: the long syntax passes too', () => {
  const long = GOOD.replace('      - db-data:/var/lib/postgresql/data\n', '      - type: volume\n        source: db-data\n        target: /var/lib/postgresql/data/\n');
  assert.deepEqual(failed({ 'compose.yaml': long }), []);
});

test('m4-03: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
});

test('m4-03: bind mounts only, undeclared names and wrong data folders fail', () => {
  const bind = 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - ./pgdata:/var/lib/postgresql/data\n';
  assert.deepEqual(failed({ 'compose.yaml': bind }), ['volume-declared', 'volume-mounted', 'volumes-defined', 'database-data-dir']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('- db-data:/var', '- dbdata:/var') }), ['volume-mounted', 'volumes-defined', 'database-data-dir']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('/var/lib/postgresql/data', '/data') }), ['database-data-dir']);
  const extra = GOOD.replace('    tmpfs:', '  cache:\n    image: redis:7.4-alpine\n    volumes:\n      - cache-data:/data\n    tmpfs:');
  assert.deepEqual(failed({ 'compose.yaml': extra }), ['volumes-defined', 'database-data-dir']);
});
