import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/p2-proxy-stack';
import { filesCheck, withEdit } from './workspace';
import { lessonFiles } from './lesson-files';

const { run, failed } = filesCheck(check);

const LESSON = lessonFiles('en', 'p', 'p2-api-db-redis-nginx');
const COMPOSE = LESSON['compose.yaml'] as string;
const ALL = ['four-services', 'only-proxy-publishes', 'front-and-back-networks', 'data-on-back-only', 'health-and-restart', 'password-from-secret', 'api-waits-for-healthy'];

/** The lesson's workspace with compose.yaml changed by `edit` (which must change it). */
const withCompose = (edit: (text: string) => string) => withEdit(LESSON, 'compose.yaml', edit);

/** The block of one service in the lesson's compose file (from its name to the next service). */
function serviceBlock(name: string): string {
  const m = new RegExp(`^  ${name}:\\n[\\s\\S]*?(?=^  \\w+:\\n|^\\S)`, 'm').exec(COMPOSE);
  assert.ok(m, `no service ${name} in the lesson`);
  return m[0];
}

test('p2: the lesson shows every file of the project, the same in both languages', () => {
  assert.deepEqual(Object.keys(LESSON).sort(), ['.env.example', '.gitignore', 'api/.dockerignore', 'api/Dockerfile', 'api/main.py', 'api/requirements.txt', 'compose.yaml', 'nginx/default.conf']);
  assert.deepEqual(lessonFiles('ru', 'p', 'p2-api-db-redis-nginx'), LESSON);
});

test('p2: the lesson files pass every criterion', () => {
  assert.deepEqual(run(LESSON).map((c) => c.id), ALL);
  assert.deepEqual(failed(LESSON), []);
  assert.deepEqual(failed({ ...LESSON, 'secrets/db_password.txt': 'x\n', '.env': 'PROXY_PORT=8081\n' }), []);
});

test('p2: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.deepEqual(result.map((c) => c.id), ALL);
  assert.ok(result.every((c) => !c.passed));
  assert.ok(result.every((c) => c.text.en.length > 20 && /[а-я]/i.test(c.text.ru)));
});

test('p2: the compose file of "Common mistakes" fails ports, networks and health', () => {
  const bad = [
    'services:',
    '  proxy:',
    '    image: nginx:1.27-alpine',
    '    ports:',
    '      - "8080:80"',
    '    networks: [front]',
    '  api:',
    '    build: ./api',
    '    ports:',
    '      - "8000:8000"',
    '    secrets: [db_pasword]',
    '    networks: [front, backend]',
    '    depends_on:',
    '      db:',
    '        condition: service_healthy',
    '      redis:',
    '        condition: service_healthy',
    '  db:',
    '    image: postgres:17',
    '    environment:',
    '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password',
    '    secrets: [db_password]',
    '    ports:',
    '      - "5432:5432"',
    '    networks: [back]',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "pg_isready -h 127.0.0.1 -U postgres"]',
    '  redis:',
    '    image: redis:7.4-alpine',
    '    networks: [back]',
    '',
    'networks:',
    '  front: {}',
    '  back:',
    '    internal: true',
    '',
    'secrets:',
    '  db_password:',
    '    file: ./secrets/db_password.txt',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['only-proxy-publishes', 'front-and-back-networks', 'health-and-restart']);
});

test('p2: the four roles are found by image, and a missing one fails what depends on it', () => {
  const noRedis = withCompose((t) => t.replace(serviceBlock('redis'), '').replace('      redis:\n        condition: service_healthy\n', ''));
  assert.deepEqual(failed(noRedis), ['four-services', 'data-on-back-only', 'health-and-restart', 'api-waits-for-healthy']);
  // Another proxy image is not this project's nginx.
  assert.deepEqual(failed(withCompose((t) => t.replace('nginx:1.27-alpine', 'caddy:2.8-alpine'))),
    ['four-services', 'only-proxy-publishes', 'front-and-back-networks', 'health-and-restart']);
  // Valkey stands in for Redis, and the API may come from a registry instead of a build.
  assert.deepEqual(failed(withCompose((t) => t.replace('redis:7.4-alpine', 'valkey/valkey:8.0-alpine').replace('build: ./api', 'image: ghcr.io/example/visits:1.4.2'))), []);
});

test('p2: only the proxy may publish ports', () => {
  assert.deepEqual(failed(withCompose((t) => t.replace('    build: ./api\n', '    build: ./api\n    ports:\n      - "8000:8000"\n'))), ['only-proxy-publishes']);
  assert.deepEqual(failed(withCompose((t) => t.replace('    image: postgres:17\n', '    image: postgres:17\n    ports: ["127.0.0.1:5432:5432"]\n'))), ['only-proxy-publishes']);
  assert.deepEqual(failed(withCompose((t) => t.replace('    ports:\n      - "${PROXY_PORT:-8080}:80"\n', ''))), ['only-proxy-publishes']);
});

test('p2: network mistakes fail the network criteria', () => {
  // back without internal: true protects nothing.
  assert.deepEqual(failed(withCompose((t) => t.replace('  back:\n    internal: true\n', '  back: {}\n'))), ['front-and-back-networks', 'data-on-back-only']);
  // The layout of the reverse proxy lesson: the proxy bridges, the api is on back only.
  const bridging = withCompose((t) => t.replace('    networks: [front]\n    depends_on:\n      api:', '    networks: [front, back]\n    depends_on:\n      api:').replace('networks: [front, back]\n    depends_on:\n      db:', 'networks: [back]\n    depends_on:\n      db:'));
  assert.deepEqual(failed(bridging), ['front-and-back-networks']);
  // The proxy on back too: it could reach the database.
  assert.deepEqual(failed(withCompose((t) => t.replace('    networks: [front]\n    depends_on:\n      api:', '    networks: [front, back]\n    depends_on:\n      api:'))), ['front-and-back-networks']);
  // The api only on back: the proxy cannot reach it.
  assert.deepEqual(failed(withCompose((t) => t.replace('networks: [front, back]', 'networks: [back]'))), ['front-and-back-networks']);
  // Redis left on the default network.
  assert.deepEqual(failed(withCompose((t) => t.replace(serviceBlock('redis'), serviceBlock('redis').replace('    networks: [back]\n', '')))), ['data-on-back-only']);
  // The database on both networks.
  assert.deepEqual(failed(withCompose((t) => t.replace(serviceBlock('db'), serviceBlock('db').replace('networks: [back]', 'networks: [front, back]')))), ['data-on-back-only']);
  // The mapping form of networks works too.
  assert.deepEqual(failed(withCompose((t) => t.replace('networks: [front, back]', 'networks:\n      front: {}\n      back:\n        aliases: [visits]'))), []);
});

test('p2: every service needs a healthcheck and a restart policy', () => {
  assert.deepEqual(failed(withCompose((t) => t.replace(serviceBlock('redis'), serviceBlock('redis').replace(/    healthcheck:\n[\s\S]*?retries: 5\n/, '')))), ['health-and-restart']);
  assert.deepEqual(failed(withCompose((t) => t.replace(serviceBlock('proxy'), serviceBlock('proxy').replace('restart: unless-stopped', 'restart: "no"')))), ['health-and-restart']);
  assert.deepEqual(failed(withCompose((t) => t.replace(serviceBlock('api'), serviceBlock('api').replace(/    healthcheck:\n/, '    healthcheck:\n      disable: true\n')))), ['health-and-restart']);
  assert.deepEqual(failed(withCompose((t) => t.replaceAll('restart: unless-stopped', 'restart: on-failure:5'))), []);
});

test('p2: the database password must come from a secret file', () => {
  const envPassword = withCompose((t) => t.replace('      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n'));
  assert.deepEqual(failed(envPassword), ['password-from-secret']);
  const both = withCompose((t) => t.replace('      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n', '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n'));
  assert.deepEqual(failed(both), ['password-from-secret']);
  // The secret is declared but not granted to db.
  assert.deepEqual(failed(withCompose((t) => t.replace(serviceBlock('db'), serviceBlock('db').replace('    secrets:\n      - db_password\n', '')))), ['password-from-secret']);
  // A password written in plain text anywhere in the file.
  assert.deepEqual(failed(withCompose((t) => t.replace('      REDIS_URL: redis://redis:6379/0\n', '      REDIS_URL: redis://default:hunter2@redis:6379/0\n'))), ['password-from-secret']);
  // The long syntax with another file name works when the path matches.
  const long = withCompose((t) => t.replace(serviceBlock('db'), serviceBlock('db')
    .replace('    secrets:\n      - db_password\n', '    secrets:\n      - source: db_password\n        target: pg_password\n')
    .replace('/run/secrets/db_password', '/run/secrets/pg_password')));
  assert.deepEqual(failed(long), []);
  assert.deepEqual(failed({ ...long, 'compose.yaml': (long['compose.yaml'] as string).replace('/run/secrets/pg_password', '/run/secrets/db_password') }), ['password-from-secret']);
});

test('p2: the API must wait for a healthy database and a healthy Redis', () => {
  assert.deepEqual(failed(withCompose((t) => t.replace('      redis:\n        condition: service_healthy\n', '      redis:\n        condition: service_started\n'))), ['api-waits-for-healthy']);
  assert.deepEqual(failed(withCompose((t) => t.replace('    depends_on:\n      db:\n        condition: service_healthy\n      redis:\n        condition: service_healthy\n', '    depends_on: [db, redis]\n'))), ['api-waits-for-healthy']);
});
