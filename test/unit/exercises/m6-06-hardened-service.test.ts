import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-06-hardened-service';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  web:',
  '    image: nginxinc/nginx-unprivileged:1.27-alpine',
  '    ports:',
  '      - "8080:8080"',
  '    read_only: true',
  '    tmpfs:',
  '      - /tmp',
  '    cap_drop: [ALL]',
  '    security_opt:',
  '      - "no-new-privileges:true"',
  '    pids_limit: 100',
  '    restart: unless-stopped',
  '',
].join('\n');

test('m6-06: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m6-06: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 6);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-06: a privileged service with the Docker socket and no hardening is reported', () => {
  const bad = [
    'services:',
    '  agent:',
    '    image: portainer/agent:2.21.4',
    '    privileged: true',
    '    volumes:',
    '      - /var/run/docker.sock:/var/run/docker.sock:ro',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['read-only', 'scratch-space', 'cap-drop-all', 'no-new-privileges', 'not-privileged', 'no-docker-socket']);
});

test('m6-06: read_only without scratch space, and the long volume syntax for the socket', () => {
  const noTmp = GOOD.replace('    tmpfs:\n      - /tmp\n', '');
  assert.deepEqual(failed({ 'compose.yaml': noTmp }), ['scratch-space']);
  const sock = GOOD + '  watcher:\n    image: alpine:3.22\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n';
  assert.deepEqual(failed({ 'compose.yaml': sock }), ['no-docker-socket']);
});

test('m6-06: the three settings must be on the same service', () => {
  const spread = [
    'services:',
    '  a:',
    '    image: alpine:3.22',
    '    read_only: true',
    '    tmpfs: /tmp',
    '  b:',
    '    image: alpine:3.22',
    '    cap_drop: [ALL]',
    '    security_opt: [no-new-privileges]',
    '',
  ].join('\n');
  const result = failed({ 'compose.yaml': spread });
  assert.ok(result.length >= 2, result.join(','));
});
