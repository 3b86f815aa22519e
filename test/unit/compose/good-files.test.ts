// Realistic, valid Compose files: none of DC002-DC024 may fire on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { memoryProject } from './project';

const FULL = `name: shop
x-logging: &logging
  driver: json-file
  options:
    max-size: "10m"
    max-file: "3"
x-env: &common-env
  TZ: UTC
  LOG_LEVEL: \${LOG_LEVEL:-info}

services:
  proxy:
    image: nginx:1.27-alpine
    ports:
      - "80:80"
      - "443:443"
      - target: 8443
        published: "8443"
        protocol: tcp
        mode: host
    volumes:
      - ./nginx/conf.d:/etc/nginx/conf.d:ro
      - type: bind
        source: ./certs
        target: /etc/nginx/certs
        read_only: true
    networks: [front]
    depends_on:
      api:
        condition: service_healthy
        restart: true
    logging: *logging
    restart: unless-stopped

  api:
    build:
      context: ./api
      target: runtime
      args:
        NODE_VERSION: "22"
    image: shop/api:\${API_TAG:-dev}
    environment:
      <<: *common-env
      DATABASE_URL: postgres://app@db:5432/app
      DB_PASSWORD_FILE: /run/secrets/db_password
      API_KEY: \${API_KEY:?set API_KEY in .env}
    secrets:
      - db_password
      - source: api_token
        target: token
    configs: [app_config]
    expose: ["3000"]
    networks:
      front:
        aliases: [backend]
      back: {}
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started
      migrate:
        condition: service_completed_successfully
    healthcheck:
      test: ["CMD-SHELL", "wget -qO- http://localhost:3000/health || exit 1"]
      interval: 10s
      start_period: 20s
    deploy:
      replicas: 2
      resources:
        limits:
          cpus: "0.50"
          memory: 512M
    command: ["node", "server.js", "--port", "$\${PORT}"]
    develop:
      watch:
        - path: ./api/src
          action: sync
          target: /app/src
    post_start:
      - command: ["sh", "-c", "echo started"]
    logging: *logging

  migrate:
    image: shop/api:\${API_TAG:-dev}
    command: npm run migrate
    depends_on:
      db:
        condition: service_healthy
    networks: [back]

  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
    volumes:
      - db-data:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"
    networks: [back]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U $\${POSTGRES_USER:-postgres}"]
    shm_size: 256m

  redis:
    image: redis:7.4
    command: redis-server --requirepass "$\${REDIS_PASSWORD}"
    volumes:
      - redis-data:/data
      - type: tmpfs
        target: /tmp
    networks: [back]
    healthcheck:
      test: redis-cli ping
    read_only: true
    security_opt: ["no-new-privileges:true"]
    cap_drop: [ALL]

  worker:
    extends: api
    profiles: [jobs]

volumes:
  db-data:
  redis-data:
    driver: local
  shared:
    external: true

networks:
  front:
  back:
    internal: true
  default:
    name: shop_default

secrets:
  db_password:
    file: ./secrets/db_password.txt
  api_token:
    environment: API_TOKEN

configs:
  app_config:
    content: |
      port = 3000

models:
  llm:
    model: ai/smollm2
`;

const MINE = /^DC0(0[2-9]|1\d|2[02-4])$/;

test('a full, valid application: no finding from DC002-DC024 (with and without a project)', () => {
  const bare = analyze('compose', FULL, { onInternalError: (c, e) => { throw new Error(`${c}: ${String(e)}`); } }).findings.filter((f) => MINE.test(f.code));
  assert.deepEqual(bare.map((f) => `${f.code} ${f.range.start.line + 1}: ${f.message}`), []);
  const project = memoryProject('/srv/shop/compose.yaml', { '/srv/shop/compose.yaml': FULL, '/srv/shop/.env': 'API_KEY=abc\n', '/srv/shop/api/Dockerfile': 'FROM node:22 AS runtime\n' });
  const withProject = analyze('compose', FULL, { project, onInternalError: (c, e) => { throw new Error(`${c}: ${String(e)}`); } }).findings.filter((f) => MINE.test(f.code));
  assert.deepEqual(withProject.map((f) => `${f.code} ${f.range.start.line + 1}: ${f.message}`), []);
});

test('the same file with CRLF line ends: still nothing', () => {
  const crlf = FULL.replace(/\n/g, '\r\n');
  assert.deepEqual(analyze('compose', crlf).findings.filter((f) => MINE.test(f.code)).map((f) => f.code), []);
});
