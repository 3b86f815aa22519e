import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/p1-python-stack';
import { filesCheck, inFolder, withEdit, without } from './workspace';
import { lessonFiles } from './lesson-files';

const { run, failed } = filesCheck(check);

const LESSON = lessonFiles('en', 'p', 'p1-python-cli-postgres');
const ALL = ['slim-or-multi-stage', 'non-root-user', 'dockerignore', 'pip-no-cache', 'postgres-named-volume', 'settings-from-environment', 'waits-for-healthy-db'];

test('p1: the lesson shows every file of the project, the same in both languages', () => {
  assert.deepEqual(Object.keys(LESSON).sort(), ['.dockerignore', '.env.example', '.gitignore', 'Dockerfile', 'app/main.py', 'compose.yaml', 'requirements.txt']);
  assert.deepEqual(lessonFiles('ru', 'p', 'p1-python-cli-postgres'), LESSON);
});

test('p1: the lesson files pass every criterion', () => {
  const result = run(LESSON);
  assert.deepEqual(result.map((c) => c.id), ALL);
  assert.deepEqual(failed(LESSON), []);
  // ... also once the learner has made .env from the example, and in a subfolder of the workspace
  assert.deepEqual(failed({ ...LESSON, '.env': 'POSTGRES_PASSWORD=s3cret-local\n' }), []);
  assert.deepEqual(failed(inFolder(LESSON, 'notes')), []);
});

test('p1: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.deepEqual(result.map((c) => c.id), ALL);
  assert.ok(result.every((c) => !c.passed));
  assert.ok(result.every((c) => c.text.en.length > 20 && /[а-я]/i.test(c.text.ru)));
});

test('p1: the first attempt of "Common mistakes" fails every criterion', () => {
  const dockerfile = 'FROM python:3.13\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "-m", "app.main", "list"]\n';
  const compose = [
    'services:',
    '  db:',
    '    image: postgres',
    '    environment:',
    '      POSTGRES_PASSWORD: notes123',
    '    ports:',
    '      - "5432:5432"',
    '  app:',
    '    build: .',
    '    environment:',
    '      DATABASE_URL: postgresql://postgres:notes123@db:5432/postgres',
    '    depends_on:',
    '      db:',
    '        condition: service_healthy',
    '',
  ].join('\n');
  assert.deepEqual(failed({ Dockerfile: dockerfile, 'compose.yaml': compose, 'app/main.py': LESSON['app/main.py'] as string }), ALL);
});

test('p1: Dockerfile mistakes fail exactly their criteria', () => {
  assert.deepEqual(failed(withEdit(LESSON, 'Dockerfile', (t) => t.replace('python:3.13-slim', 'python:3.13'))), ['slim-or-multi-stage']);
  assert.deepEqual(failed(withEdit(LESSON, 'Dockerfile', (t) => t.replace('USER 10001\n', ''))), ['non-root-user']);
  assert.deepEqual(failed(withEdit(LESSON, 'Dockerfile', (t) => t.replace('USER 10001', 'USER root'))), ['non-root-user']);
  assert.deepEqual(failed(withEdit(LESSON, 'Dockerfile', (t) => t.replace('pip install --no-cache-dir', 'pip install'))), ['pip-no-cache']);
  // No pip install at all: the requirements never reach the image.
  assert.deepEqual(failed(withEdit(LESSON, 'Dockerfile', (t) => t.replace('RUN pip install --no-cache-dir -r requirements.txt\n', ''))), ['pip-no-cache']);
  // Other ways to keep the pip cache out of the layer count too.
  assert.deepEqual(failed(withEdit(LESSON, 'Dockerfile', (t) => t.replace('RUN pip install --no-cache-dir', 'RUN --mount=type=cache,target=/root/.cache/pip pip install'))), []);
  assert.deepEqual(failed(withEdit(LESSON, 'Dockerfile', (t) => t.replace('PYTHONUNBUFFERED=1', 'PYTHONUNBUFFERED=1 \\\n    PIP_NO_CACHE_DIR=1').replace('pip install --no-cache-dir', 'python -m pip install'))), []);
});

test('p1: a multi-stage build counts whatever its final base, but USER must be in the final stage', () => {
  const multi = (finalUser: boolean, builderUser: boolean) => [
    '# syntax=docker/dockerfile:1',
    'FROM python:3.13 AS build',
    'RUN python -m venv /venv',
    'COPY requirements.txt .',
    'RUN /venv/bin/pip install --no-cache-dir -r requirements.txt',
    ...(builderUser ? ['USER 10001'] : []),
    '',
    'FROM python:3.13',
    'COPY --from=build /venv /venv',
    'ENV PATH="/venv/bin:$PATH"',
    'WORKDIR /app',
    'COPY app/ ./app/',
    ...(finalUser ? ['USER 10001'] : []),
    'ENTRYPOINT ["python", "-m", "app.main"]',
    '',
  ].join('\n');
  assert.deepEqual(failed({ ...LESSON, Dockerfile: multi(true, false) }), []);
  assert.deepEqual(failed({ ...LESSON, Dockerfile: multi(false, true) }), ['non-root-user']);
  // Two FROM lines without COPY --from are not a multi-stage build of the app.
  assert.deepEqual(failed({ ...LESSON, Dockerfile: multi(true, false).replace('COPY --from=build /venv /venv', 'RUN true') }), ['slim-or-multi-stage']);
});

test('p1: .dockerignore mistakes fail the dockerignore criterion only', () => {
  const noIgnore = without(LESSON, '.dockerignore');
  assert.deepEqual(failed(noIgnore), ['dockerignore']);
  assert.deepEqual(failed(withEdit(LESSON, '.dockerignore', (t) => t.replace('**/__pycache__', '__pycache__').replace('**/*.pyc\n', ''))), ['dockerignore']);
  assert.deepEqual(failed(withEdit(LESSON, '.dockerignore', (t) => t.replace('.env\n', ''))), ['dockerignore']);
  assert.deepEqual(failed(withEdit(LESSON, '.dockerignore', (t) => t.replace('.git\n', ''))), ['dockerignore']);
  assert.deepEqual(failed(withEdit(LESSON, '.dockerignore', (t) => t.replace('.venv\nvenv\n', ''))), ['dockerignore']);
  // A .dockerignore somewhere else is not the one the build reads.
  assert.deepEqual(failed({ ...noIgnore, 'docs/.dockerignore': LESSON['.dockerignore'] as string }), ['dockerignore']);
});

test('p1: database mistakes fail the postgres-named-volume criterion', () => {
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('postgres:17', 'postgres:latest'))), ['postgres-named-volume']);
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('postgres:17', 'postgres'))), ['postgres-named-volume']);
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('      - db-data:/var/lib/postgresql/data\n', '      - ./pgdata:/var/lib/postgresql/data\n'))), ['postgres-named-volume']);
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('db-data:/var/lib/postgresql/data', 'db-data:/data'))), ['postgres-named-volume']);
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('    volumes:\n      - db-data:/var/lib/postgresql/data\n', ''))), ['postgres-named-volume']);
  // A digest pins too.
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('postgres:17', `postgres@sha256:${'a'.repeat(64)}`))), []);
});

test('p1: settings must come from the environment, without a password written in the file', () => {
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}', 'POSTGRES_PASSWORD: notes123'))), ['settings-from-environment']);
  const url = withEdit(LESSON, 'compose.yaml', (t) => t.replace(/      PGHOST: db\n[\s\S]*?in \.env\}\n/, '      DATABASE_URL: postgresql://notes:notes123@db:5432/notes\n'));
  assert.deepEqual(failed(url), ['settings-from-environment']);
  const urlFromEnv = withEdit(LESSON, 'compose.yaml', (t) => t.replace(/      PGHOST: db\n[\s\S]*?in \.env\}\n/, '      DATABASE_URL: postgresql://notes:${POSTGRES_PASSWORD}@db:5432/notes\n'));
  assert.deepEqual(failed(urlFromEnv), []);
  // No database settings for the app at all.
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace(/    environment:\n      PGHOST: db\n[\s\S]*?in \.env\}\n/, ''))), ['settings-from-environment']);
  // ... unless they come from an env_file that has them.
  const envFile = withEdit(LESSON, 'compose.yaml', (t) => t.replace(/    environment:\n      PGHOST: db\n[\s\S]*?in \.env\}\n/, '    env_file: app.env\n'));
  assert.deepEqual(failed(envFile), ['settings-from-environment']);
  assert.deepEqual(failed({ ...envFile, 'app.env': 'PGHOST=db\nPGUSER=notes\nPGDATABASE=notes\n' }), []);
});

test('p1: the app must wait for a healthy database that runs pg_isready', () => {
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('    depends_on:\n      db:\n        condition: service_healthy\n', '    depends_on: [db]\n'))), ['waits-for-healthy-db']);
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace('condition: service_healthy', 'condition: service_started'))), ['waits-for-healthy-db']);
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace(/    healthcheck:\n[\s\S]*?start_period: 10s\n/, ''))), ['waits-for-healthy-db']);
  assert.deepEqual(failed(withEdit(LESSON, 'compose.yaml', (t) => t.replace(/"pg_isready [^"]*"/, '"exit 0"'))), ['waits-for-healthy-db']);
});
