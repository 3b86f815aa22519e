import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-05-log-rotation';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'x-logging: &default-logging',
  '  driver: json-file',
  '  options:',
  '    max-size: "10m"',
  '    max-file: "3"',
  '',
  'services:',
  '  web:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - "8080:80"',
  '    logging: *default-logging',
  '  cache:',
  '    image: redis:7.4-alpine',
  '    logging: *default-logging',
  '',
].join('\n');

test('m6-05: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m6-05: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-05: services with no logging section, or max-size at the wrong level, are reported', () => {
  const none = 'services:\n  web:\n    image: nginx:1.27-alpine\n';
  assert.deepEqual(failed({ 'compose.yaml': none }), ['logging-every-service', 'rotation-size', 'rotation-files']);
  const misplaced = 'services:\n  web:\n    image: nginx:1.27-alpine\n    logging:\n      driver: json-file\n      max-size: 10m\n';
  assert.deepEqual(failed({ 'compose.yaml': misplaced }), ['rotation-size', 'rotation-files']);
});

test('m6-05: max-file 1 keeps no history; the local driver needs no options', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('max-file: "3"', 'max-file: "1"') }), ['rotation-files']);
  const local = 'services:\n  web:\n    image: nginx:1.27-alpine\n    logging:\n      driver: local\n';
  assert.deepEqual(failed({ 'compose.yaml': local }), []);
});

test('m6-05: a merge key with a per-service override is followed', () => {
  const merged = GOOD.replace('  cache:\n    image: redis:7.4-alpine\n    logging: *default-logging\n',
    '  cache:\n    image: redis:7.4-alpine\n    logging:\n      <<: *default-logging\n      driver: syslog\n');
  assert.deepEqual(failed({ 'compose.yaml': merged }), ['rotation-size', 'rotation-files']);
});
