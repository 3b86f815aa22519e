import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m4-02-shared-network';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'services:',
  '  proxy:',
  '    image: nginx:1.27-alpine',
  '    ports:',
  '      - "127.0.0.1:8080:80"',
  '    networks: [front]',
  '  api:',
  '    image: python:3.12-slim',
  '    command: ["python", "-m", "http.server", "8000"]',
  '    networks:',
  '      front:',
  '      back:',
  '        aliases: [web-api]',
  '  cache:',
  '    image: redis:7.4-alpine',
  '    networks: [back]',
  'networks:',
  '  front:',
  '  back:',
  '    internal: true',
  '',
].join('\n');

test('m4-02: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD }), []);
});

test('m4-02: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
});

test('m4-02: only the default network, typos, links and host networking with ports fail', () => {
  const plain = 'services:\n  a:\n    image: nginx:1.27-alpine\n  b:\n    image: redis:7.4-alpine\n';
  assert.deepEqual(failed({ 'compose.yaml': plain }), ['network-declared', 'network-shared', 'networks-defined']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('networks: [back]', 'networks: [backend]') }), ['networks-defined']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('    networks: [back]\n', '    networks: [back]\n    links: [api]\n') }), ['no-links-or-host-ports']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('    networks: [front]\n', '    network_mode: host\n') }), ['no-links-or-host-ports']);
});

test('m4-02: one service per network is not sharing', () => {
  const alone = GOOD.replace('      front:\n      back:\n        aliases: [web-api]\n', '      front:\n').replace('networks: [back]', 'networks: [back]');
  assert.deepEqual(failed({ 'compose.yaml': alone }), []);
  const split = 'services:\n  a:\n    image: nginx:1.27-alpine\n    networks: [one]\n  b:\n    image: redis:7.4-alpine\n    networks: [two]\nnetworks:\n  one:\n  two:\n';
  assert.deepEqual(failed({ 'compose.yaml': split }), ['network-shared']);
});
