import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m5-05-healthy-deps';
import { lessonWorkspace } from './lesson-files';
import { filesCheck } from './workspace';

const { run, failed: failedIn } = filesCheck(check);
const failed = (yaml: string) => failedIn({ 'compose.yaml': yaml });

// The lesson's worked example.
const GOOD = lessonWorkspace('m5', 'm5-05-depends-on-healthchecks')['compose.yaml'] as string;

test('m5-05: the lesson example passes every criterion', () => {
  assert.deepEqual(failed(GOOD), []);
});

test('m5-05: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m5-05: the lesson\'s common mistake fails on every point', () => {
  const bad = [
    'services:',
    '  web:',
    '    image: adminer:4.8.1',
    '    depends_on:',
    '      db:',
    '        condition: service_healthy',
    '      cache:',
    '        condition: service_healthy',
    '      queue:',
    '        condition: service_started',
    '  db:',
    '    image: postgres:17',
    '    healthcheck:',
    '      test: ["CMD", "pg_isready -U postgres"]',
    '    depends_on:',
    '      - web',
    '  cache:',
    '    image: redis:7.4-alpine',
    '',
  ].join('\n');
  assert.deepEqual(failed(bad), ['healthcheck-test', 'healthcheck-timing', 'targets-exist', 'no-cycle']);
});

test('m5-05: the short form starts db first but does not wait for it', () => {
  const short = GOOD.replace('      db:\n        condition: service_healthy\n        restart: true\n', '      - db\n')
    .replace('      migrate:\n        condition: service_completed_successfully\n', '')
    .replace('    depends_on:\n      db:\n        condition: service_healthy\n\n', '    depends_on:\n      - db\n\n');
  assert.match(short, /- db\n/);
  assert.deepEqual(failed(short), ['depends-healthy']);
});

test('m5-05: test forms that cannot work, and a disabled check', () => {
  const withTest = (t: string) => GOOD.replace('["CMD-SHELL", "pg_isready -h 127.0.0.1 -U $${POSTGRES_USER} -d $${POSTGRES_DB}"]', t);
  assert.deepEqual(failed(withTest('pg_isready -h 127.0.0.1 -U app')), []);
  assert.deepEqual(failed(withTest('["CMD", "pg_isready", "-h", "127.0.0.1"]')), []);
  assert.deepEqual(failed(withTest('CMD pg_isready -U app')), ['healthcheck-test']);
  assert.deepEqual(failed(withTest('["CMD", "pg_isready -U app"]')), ['healthcheck-test']);
  assert.deepEqual(failed(withTest('["CMD-SHELL", "pg_isready", "-U", "app"]')), ['healthcheck-test']);
  assert.deepEqual(failed(withTest('["pg_isready", "-U", "app"]')), ['healthcheck-test']);
  assert.deepEqual(failed(withTest('["NONE"]')), ['healthcheck-test']);
  assert.deepEqual(failed(GOOD.replace('      start_period: 30s\n', '      start_period: 30s\n      disable: true\n')), ['healthcheck-test', 'healthcheck-timing']);
});

test('m5-05: timing, unknown targets and cycles', () => {
  assert.deepEqual(failed(GOOD.replace('      timeout: 3s\n', '')), ['healthcheck-timing']);
  assert.deepEqual(failed(GOOD.replace('      migrate:\n        condition', '      migrations:\n        condition')), ['targets-exist']);
  assert.deepEqual(failed(GOOD.replace('      migrate:\n        condition', '      migrations:\n        required: false\n        condition')), []);
  const loop = GOOD.replace('      start_period: 30s\n', '      start_period: 30s\n    depends_on:\n      - web\n');
  assert.deepEqual(failed(loop), ['no-cycle']);
  const self = GOOD.replace('      start_period: 30s\n', '      start_period: 30s\n    depends_on: [db]\n');
  assert.deepEqual(failed(self), ['no-cycle']);
});

test('m5-05: the best of several compose files counts', () => {
  const result = run({ 'old/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27-alpine\n', 'compose.yaml': GOOD });
  assert.ok(result.every((c) => c.passed));
});
