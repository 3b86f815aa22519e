import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DC013: two services on the same host port and protocol, overlapping interfaces and ranges', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80", "127.0.0.1:9000:9000"]\n  api:\n    image: x:1\n    ports:\n      - "8080:3000"\n      - "8995-9005:8995-9005"\n';
  const found = expectFindings('compose', 'DC013', text, ['8:9-8:20', '9:9-9:30']);
  assert.match(found[0]?.message ?? '', /Host port 8080\/tcp is already published by service "web"/);
  assert.match(found[1]?.message ?? '', /Host port 9000\/tcp/);
});

test('DC013: the same service twice', () => {
  const [f] = expectFindings('compose', 'DC013', 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n      - target: 8080\n        published: 80\n', ['6:9-7:22']);
  assert.match(f?.message ?? '', /publishes host port 80\/tcp twice/);
});

test('DC013: different protocols, different IPs, random ports, profiles that never meet, host network', () => {
  const text = 'services:\n  a:\n    image: x:1\n    ports: ["53:53/udp", "127.0.0.1:8080:80", "80"]\n  b:\n    image: x:1\n    ports: ["53:53/tcp", "192.168.1.10:8080:80", "80"]\n  c:\n    image: x:1\n    profiles: [dev]\n    ports: ["9000:9000"]\n  d:\n    image: x:1\n    profiles: [prod]\n    ports: ["9000:9000"]\n  e:\n    image: x:1\n    network_mode: host\n    ports: ["53:53/udp"]\n';
  expectFindings('compose', 'DC013', text, []);
});
