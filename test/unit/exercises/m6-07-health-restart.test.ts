import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-07-health-restart';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  web:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - "8080:80"',
  '    healthcheck:',
  '      test: ["CMD", "wget", "-q", "--spider", "http://127.0.0.1/"]',
  '      interval: 10s',
  '      timeout: 3s',
  '      retries: 3',
  '      start_period: 10s',
  '    restart: unless-stopped',
  '',
].join('\n');

test('m6-07: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m6-07: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-07: a test list without CMD, and no restart policy, are reported', () => {
  const bad = GOOD.replace('["CMD", "wget"', '["wget"').replace('    restart: unless-stopped\n', '');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['healthcheck-test', 'healthcheck-timing', 'start-period', 'restart-policy']);
});

test('m6-07: a string test with no timing, and a disabled healthcheck', () => {
  const short = 'services:\n  web:\n    image: nginx:1.27-alpine\n    restart: always\n    healthcheck:\n      test: wget -q --spider http://127.0.0.1/ || exit 1\n';
  assert.deepEqual(failed({ 'compose.yaml': short }), ['healthcheck-timing', 'start-period']);
  const off = 'services:\n  web:\n    image: nginx:1.27-alpine\n    restart: always\n    healthcheck:\n      disable: true\n';
  assert.deepEqual(failed({ 'compose.yaml': off }), ['healthcheck-test', 'healthcheck-timing', 'start-period', 'restart-policy']);
});
