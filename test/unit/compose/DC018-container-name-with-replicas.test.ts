import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DC018: container_name with deploy.replicas > 1 or scale > 1', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    deploy:\n      replicas: 3\n  worker:\n    image: x:1\n    container_name: worker\n    scale: ${WORKERS:-2}\n';
  const found = expectFindings('compose', 'DC018', text, ['4:5-4:24', '9:5-9:27']);
  assert.match(found[0]?.message ?? '', /asks for 3 containers \(deploy\.replicas: 3\)/);
});

test('DC018: one replica, no container_name, or an unknown count are fine', () => {
  expectFindings('compose', 'DC018', 'services:\n  a:\n    image: x:1\n    container_name: a\n    deploy: {replicas: 1}\n  b:\n    image: x:1\n    deploy: {replicas: 4}\n  c:\n    image: x:1\n    container_name: c\n    scale: ${N}\n', []);
});
