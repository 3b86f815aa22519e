import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m5-03-web-and-db';
import { lessonWorkspace } from './lesson-files';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

// The lesson's worked example.
const GOOD = lessonWorkspace('m5', 'm5-03-app-with-database')['compose.yaml'] as string;

test('m5-03: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ 'compose.yaml': GOOD, '.env': 'POSTGRES_PASSWORD=x\n' }), []);
});

test('m5-03: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m5-03: the common mistake (localhost, a published database port, no volume) is reported', () => {
  const bad = GOOD
    .replace('@db:5432/app', '@localhost:5432/app')
    .replace('    image: postgres:17\n', '    image: postgres:17\n    ports:\n      - "5432:5432"\n')
    .replace('    volumes:\n      - db-data:/var/lib/postgresql/data\n', '');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['data-on-named-volume', 'host-is-service-name', 'database-port-private']);
});

test('m5-03: the database needs its password variable, from environment or an env_file', () => {
  const none = GOOD.replace("      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}\n", '');
  assert.deepEqual(failed({ 'compose.yaml': none }), ['database-password']);
  assert.deepEqual(failed({ 'compose.yaml': GOOD.replace('POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}', 'POSTGRES_PASSWORD: ""') }), ['database-password']);
  const fromFile = none.replace('    image: postgres:17\n', '    image: postgres:17\n    env_file: db.env\n');
  assert.deepEqual(failed({ 'compose.yaml': fromFile, 'db.env': 'POSTGRES_PASSWORD=local-only\n' }), []);
  assert.deepEqual(failed({ 'compose.yaml': fromFile }), ['database-password']);
  const secret = GOOD.replace('POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}', 'POSTGRES_PASSWORD_FILE: /run/secrets/db_password');
  assert.deepEqual(failed({ 'compose.yaml': secret }), []);
});

test('m5-03: MySQL and MariaDB with their own variables and data folder', () => {
  const mysql = [
    'services:',
    '  api:',
    '    image: traefik/whoami:v1.11',
    '    environment:',
    '      - DB_HOST=mysql',
    '      - DB_PORT=3306',
    '  mysql:',
    '    image: mysql:8.4',
    '    environment:',
    '      - MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD}',
    '      - MYSQL_DATABASE=app',
    '    volumes:',
    '      - type: volume',
    '        source: mysql-data',
    '        target: /var/lib/mysql',
    'volumes:',
    '  mysql-data: {}',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': mysql }), []);
  assert.deepEqual(failed({ 'compose.yaml': mysql.replace('/var/lib/mysql', '/var/lib/postgresql/data') }), ['data-on-named-volume']);
  const maria = mysql.replace('mysql:8.4', 'mariadb:11.4').replace('MYSQL_ROOT_PASSWORD=', 'MARIADB_ROOT_PASSWORD=');
  assert.deepEqual(failed({ 'compose.yaml': maria }), []);
  assert.deepEqual(failed({ 'compose.yaml': mysql.replace('MYSQL_ROOT_PASSWORD=', 'POSTGRES_PASSWORD=') }), ['database-password']);
});

test('m5-03: only a host part equal to the service name counts', () => {
  const host = (url: string) => failed({ 'compose.yaml': GOOD.replace('postgresql://app:${POSTGRES_PASSWORD}@db:5432/app', url) });
  assert.deepEqual(host('postgresql://app:${POSTGRES_PASSWORD}@db/app'), []);
  assert.deepEqual(host('"host=db port=5432 dbname=app user=app"'), []);
  assert.deepEqual(host('postgresql://app:${POSTGRES_PASSWORD}@database:5432/db'), ['host-is-service-name']);
  assert.deepEqual(host('postgresql://db:${POSTGRES_PASSWORD}@127.0.0.1:5432/db'), ['host-is-service-name']);
  const named = GOOD.replace('      DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/app', '      DB_NAME: db\n      DB_HOST: localhost');
  assert.deepEqual(failed({ 'compose.yaml': named }), ['host-is-service-name']);
});

test('m5-03: a file with only a database has no web service to connect', () => {
  const only = GOOD.replace(/ {2}web:[\s\S]*?\n\n/, '');
  assert.deepEqual(failed({ 'compose.yaml': only }), ['web-and-database', 'host-is-service-name']);
});
