import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DC017: the Docker socket mounted (short and long syntax, read-only too)', () => {
  const text = 'services:\n  traefik:\n    image: traefik:3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n  agent:\n    image: portainer/agent:2.21\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n';
  const found = expectFindings('compose', 'DC017', text, ['5:9-5:29', '10:17-10:33']);
  assert.match(found[0]?.message ?? '', /":ro" does not help/);
  assert.doesNotMatch(found[1]?.message ?? '', /":ro"/);
});

test('DC017: other mounts are fine', () => {
  expectFindings('compose', 'DC017', 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./docker.sock.md:/docs/a.md\n      - /var/run/app.sock:/var/run/app.sock\n', []);
});
