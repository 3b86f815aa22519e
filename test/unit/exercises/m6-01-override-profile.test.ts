import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-01-override-profile';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const BASE = [
  'services:',
  '  web:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - "8080:80"',
  '    depends_on:',
  '      - cache',
  '  cache:',
  '    image: redis:7.4-alpine',
  '  redis-monitor:',
  '    image: redis:7.4-alpine',
  '    command: ["redis-cli", "-h", "cache", "monitor"]',
  '    depends_on: [cache]',
  '    profiles: [debug]',
  '',
].join('\n');

const OVERRIDE = [
  'services:',
  '  web:',
  '    volumes:',
  '      - ./site:/usr/share/nginx/html:ro',
  '',
].join('\n');

test('m6-01: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': BASE, 'compose.override.yaml': OVERRIDE }), []);
});

test('m6-01: a compose.prod.yaml used with -f counts as an override too', () => {
  const prod = 'services:\n  web:\n    restart: unless-stopped\n';
  assert.deepEqual(failed({ 'deploy/compose.yaml': BASE, 'deploy/compose.prod.yaml': prod }), []);
});

test('m6-01: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-01: a lone file, an override with a misspelled service, and no profile are reported', () => {
  const plain = 'services:\n  web:\n    image: nginx:1.27-alpine\n';
  assert.deepEqual(failed({ 'compose.yaml': plain }), ['override-merges', 'profile-service']);
  const typo = 'services:\n  wbe:\n    ports: ["8081:80"]\n';
  assert.deepEqual(failed({ 'compose.yaml': plain, 'compose.override.yaml': typo }), ['override-merges', 'profile-service']);
});

test('m6-01: a core service that depends on a profiled one is reported', () => {
  const bad = BASE.replace('  cache:\n    image: redis:7.4-alpine\n', '  cache:\n    image: redis:7.4-alpine\n    profiles: [debug]\n');
  assert.deepEqual(failed({ 'compose.yaml': bad, 'compose.override.yaml': OVERRIDE }), ['core-deps-not-profiled']);
});

test('m6-01: an override in another folder does not merge with the base', () => {
  assert.deepEqual(failed({ 'compose.yaml': BASE, 'other/compose.override.yaml': OVERRIDE }), ['override-merges']);
});
