import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-04-proxy-only';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  proxy:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - "8080:80"',
  '    volumes:',
  '      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro',
  '    networks: [edge, backend]',
  '    depends_on: [app]',
  '  app:',
  '    image: traefik/whoami:v1.11',
  '    networks: [backend]',
  '',
  'networks:',
  '  edge: {}',
  '  backend:',
  '    internal: true',
  '',
].join('\n');

test('m6-04: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m6-04: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-04: an app that publishes its own port, on the default network, is reported', () => {
  const bad = [
    'services:',
    '  proxy:',
    '    image: nginx:1.27-alpine',
    '    ports: ["80:80"]',
    '  app:',
    '    image: traefik/whoami:v1.11',
    '    ports: ["8000:80"]',
    '  db:',
    '    image: postgres:17',
    '    ports: ["5432:5432"]',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['only-proxy-publishes', 'apps-on-internal-network', 'proxy-bridges-networks']);
});

test('m6-04: a proxy only on the internal network cannot publish', () => {
  const bad = GOOD.replace('networks: [edge, backend]', 'networks: [backend]');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['proxy-bridges-networks']);
});

test('m6-04: a fully qualified Caddy image and mapping-form networks are understood', () => {
  const ok = GOOD.replace('nginx:1.27-alpine', 'docker.io/library/caddy:2.8-alpine')
    .replace('    networks: [backend]\n', '    networks:\n      backend:\n        aliases: [whoami]\n');
  assert.deepEqual(failed({ 'compose.yaml': ok }), []);
});
