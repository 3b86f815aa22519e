import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';
import { expectProjectFindings, memoryProject } from './project';

const BAD = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pw\n';

test('DC005: service_healthy on a service with no healthcheck, and the fix adds one for its image', () => {
  const [f] = expectFindings('compose', 'DC005', BAD, ['6:20-6:35']);
  assert.match(f?.message ?? '', /"db" has no healthcheck/);
  const fixed = applyFix('compose', 'DC005', BAD);
  assert.equal(fixed, `${BAD}    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $\${POSTGRES_USER:-postgres}"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n      start_period: 30s\n`);
  assert.deepEqual(findings('compose', fixed, 'DC005'), []);
  assert.deepEqual(findings('compose', fixed).filter((x) => x.severity === 'error'), []);
});

test('DC005: the fix uses the file\'s indentation, line ends and a generic template for unknown images', () => {
  const text = 'services:\r\n    app:\r\n        image: acme/app:2\r\n        depends_on:\r\n            api: {condition: service_healthy}\r\n    api:\r\n        image: acme/api:2\r\n        command: ["serve"]';
  const fixed = applyFix('compose', 'DC005', text);
  assert.equal(fixed, `${text}\r\n        healthcheck:\r\n            # Replace with a command that succeeds only when the service is ready:\r\n            test: ["CMD-SHELL", "curl -fsS http://localhost/ || exit 1"]\r\n            interval: 10s\r\n            timeout: 5s\r\n            retries: 5\r\n            start_period: 30s\r\n`);
  assert.deepEqual(findings('compose', fixed, 'DC005'), []);
});

test('DC005: a disabled healthcheck is reported, and the fix replaces it', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache: {condition: service_healthy}\n  cache:\n    image: redis:7.4\n    healthcheck:\n      disable: true\n    restart: always\n';
  const [f] = expectFindings('compose', 'DC005', text, ['5:26-5:41']);
  assert.match(f?.message ?? '', /is disabled/);
  const fixed = applyFix('compose', 'DC005', text);
  assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache: {condition: service_healthy}\n  cache:\n    image: redis:7.4\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n      start_period: 30s\n    restart: always\n');
  assert.deepEqual(findings('compose', fixed, 'DC005'), []);
});

test('DC005: quiet with a healthcheck (own, merged or extended), other conditions, optional deps', () => {
  const text = 'x-hc: &hc\n  healthcheck:\n    test: ["CMD", "true"]\nservices:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db: {condition: service_healthy}\n      cache: {condition: service_healthy}\n      job: {condition: service_completed_successfully}\n      opt: {condition: service_healthy, required: false}\n  db:\n    <<: *hc\n    image: postgres:17\n  cache:\n    extends: db\n  job:\n    image: busybox:1.36\n  opt:\n    image: busybox:1.36\n';
  expectFindings('compose', 'DC005', text, []);
});

test('DC005: a built image: quiet without the files, reported when its Dockerfile has no HEALTHCHECK', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      api: {condition: service_healthy}\n  api:\n    build: ./api\n';
  expectFindings('compose', 'DC005', text, []);
  const withCheck = memoryProject('/p/compose.yaml', { '/p/compose.yaml': text, '/p/api/Dockerfile': 'FROM node:22\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' });
  expectProjectFindings('DC005', text, withCheck, []);
  const without = memoryProject('/p/compose.yaml', { '/p/compose.yaml': text, '/p/api/Dockerfile': 'FROM node:22\nCMD ["node", "server.js"]\n' });
  expectProjectFindings('DC005', text, without, ['5:24-5:39']);
});
