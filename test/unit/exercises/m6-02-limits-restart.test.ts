import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-02-limits-restart';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  web:',
  '    image: traefik/whoami:v1.11',
  '    ports:',
  '      - "80"',
  '    deploy:',
  '      replicas: 3',
  '      resources:',
  '        limits:',
  '          cpus: "0.50"',
  '          memory: 64M',
  '        reservations:',
  '          memory: 32M',
  '    restart: unless-stopped',
  '  cache:',
  '    image: redis:7.4-alpine',
  '    command: ["redis-server", "--maxmemory", "100mb", "--maxmemory-policy", "allkeys-lru"]',
  '    deploy:',
  '      resources:',
  '        limits:',
  '          cpus: "1.0"',
  '          memory: 128M',
  '    restart: unless-stopped',
  '',
].join('\n');

test('m6-02: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m6-02: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-02: a service without limits or restart, and replicas with a fixed name and port, are reported', () => {
  const bad = [
    'services:',
    '  web:',
    '    image: traefik/whoami:v1.11',
    '    container_name: web',
    '    ports:',
    '      - "8080:80"',
    '    deploy:',
    '      replicas: 3',
    '  cache:',
    '    image: redis:7.4-alpine',
    '    restart: "no"',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['memory-limit', 'cpu-limit', 'restart-policy', 'replicas-safe']);
});

test('m6-02: mem_limit and cpus, a port range, an IP-bound random port and ${VAR:-n} replicas are accepted', () => {
  const ok = [
    'services:',
    '  web:',
    '    image: traefik/whoami:v1.11',
    '    mem_limit: 64m',
    '    cpus: 0.5',
    '    restart: on-failure:5',
    '    ports:',
    '      - "8081-8083:80"',
    '      - "127.0.0.1::80"',
    '    deploy:',
    '      replicas: ${WEB_REPLICAS:-3}',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': ok }), []);
});

test('m6-02: one replica is not scaling', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('replicas: 3', 'replicas: 1') }), ['replicas', 'replicas-safe']);
});

test('m6-02: a long-syntax published port is fixed', () => {
  const bad = GOOD.replace('      - "80"\n', '      - target: 80\n        published: "8080"\n');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['replicas-safe']);
});
