import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m4-01-local-port';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  web:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - "127.0.0.1:8080:80"',
  '  cache:',
  '    image: redis:7.4-alpine',
  '  admin:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - target: 80',
  '        published: "8081"',
  '        host_ip: 127.0.0.1',
  '        protocol: tcp',
  '',
].join('\n');

test('m4-01: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m4-01: an empty workspace, or a compose file without ports, fails every criterion', () => {
  const cases: Record<string, string>[] = [{}, { 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27-alpine\n' }];
  for (const files of cases) {
    const result = run(files);
    assert.equal(result.length, 4);
    assert.ok(result.every((c) => !c.passed), JSON.stringify(result));
  }
});

test('m4-01: all interfaces, unquoted ports, collisions and public databases fail', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('"127.0.0.1:8080:80"', '"8080:80"').replace('host_ip: 127.0.0.1', 'host_ip: 0.0.0.0') }), ['loopback-port']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('"127.0.0.1:8080:80"', '127.0.0.1:8080:80') }), ['quoted-ports']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('"8081"', '"8080"') }), ['valid-unique-ports']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('"127.0.0.1:8080:80"', '"127.0.0.1:80800:80"') }), ['valid-unique-ports']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('protocol: tcp', 'protocol: tpc') }), ['valid-unique-ports']);
  const publicDb = GOOD.replace('    image: redis:7.4-alpine\n', '    image: redis:7.4-alpine\n    ports:\n      - "6379:6379"\n');
  assert.deepEqual(failed({ 'compose.yaml': publicDb }), ['database-not-public']);
  const localDb = GOOD.replace('    image: redis:7.4-alpine\n', '    image: redis:7.4-alpine\n    ports:\n      - "127.0.0.1:6379:6379"\n');
  assert.deepEqual(failed({ 'compose.yaml': localDb }), []);
});

test('m4-01: the same host port on different protocols or addresses does not collide', () => {
  const dns = 'services:\n  a:\n    image: nginx:1.27-alpine\n    ports:\n      - "127.0.0.1:5353:53/udp"\n      - "127.0.0.1:5353:53/tcp"\n      - "[::1]:8080:80"\n';
  assert.deepEqual(failed({ 'compose.yaml': dns }), []);
});
