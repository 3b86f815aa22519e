import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m5-04-interpolation';
import { lessonWorkspace } from './lesson-files';
import { filesCheck, inFolder, without, type Files } from './workspace';

const { run, failed } = filesCheck(check);

// The lesson's worked example.
const GOOD = lessonWorkspace('m5', 'm5-04-env-and-interpolation');
const COMPOSE = GOOD['compose.yaml'] as string;

test('m5-04: the lesson example passes every criterion', () => {
  assert.deepEqual(failed(GOOD), []);
});

test('m5-04: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m5-04: a compose file with bare variables, a missing env_file and no .env', () => {
  const bad = [
    'services:',
    '  app:',
    '    image: python:3.13-slim',
    '    env_file: settings.env',
    '    environment:',
    '      DATABASE_URL: postgresql://app:${DB_PASSWORD}@db:5432/app',
    '    command: sh -c \'echo "started in $PWD"\'',
    '',
  ].join('\n');
  assert.deepEqual(failed({ 'compose.yaml': bad }), ['default-or-required', 'variables-defined', 'env-file-exists', 'example-lists-variables', 'env-ignored']);
});

test('m5-04: variables must be set in .env, not only somewhere else', () => {
  // $PWD in a command is read by Compose from your shell: the fix is $$PWD, or a value in .env.
  const withHostVar = { ...GOOD, 'compose.yaml': COMPOSE.replace('$$GREETING', '$GREETING') };
  assert.deepEqual(failed(withHostVar), ['variables-defined', 'example-lists-variables']);
  // A bare KEY line sets nothing.
  assert.deepEqual(failed({ ...GOOD, '.env': 'POSTGRES_PASSWORD\n' }), ['variables-defined']);
  // `${VAR?msg}` and `${VAR-default}` count as guarded too; a nested default is only needed when the outer one is unset.
  const guarded = COMPOSE.replace('${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env (see .env.example)}', '${POSTGRES_PASSWORD?set it}')
    .replace('${LOG_LEVEL:-info}', '${LOG_LEVEL-${DEFAULT_LEVEL}}').replace('${POSTGRES_TAG:-17}', '17');
  assert.deepEqual(failed({ ...GOOD, 'compose.yaml': guarded }), []);
  assert.deepEqual(failed({ ...GOOD, 'compose.yaml': guarded, '.env': 'POSTGRES_PASSWORD=x\n' }), ['variables-defined']);
});

test('m5-04: the env_file must exist where the compose file points', () => {
  assert.deepEqual(failed(without(GOOD, 'app.env')), ['env-file-exists']);
  const noEnvFile = COMPOSE.replace('    env_file: app.env\n', '');
  assert.deepEqual(failed({ ...GOOD, 'compose.yaml': noEnvFile }), ['env-file-exists']);
  const optional = COMPOSE.replace('    env_file: app.env\n', '    env_file:\n      - app.env\n      - path: local.env\n        required: false\n');
  assert.deepEqual(failed({ ...GOOD, 'compose.yaml': optional }), []);
  const nested = COMPOSE.replace('env_file: app.env', 'env_file: ./config/../config/app.env');
  assert.deepEqual(failed({ ...without(GOOD, 'app.env'), 'compose.yaml': nested, 'config/app.env': 'A=1\n' }), []);
});

test('m5-04: the example lists the variables with placeholders', () => {
  assert.deepEqual(failed({ ...GOOD, '.env.example': 'LOG_LEVEL=info\n' }), ['example-lists-variables']);
  assert.deepEqual(failed({ ...GOOD, '.env.example': GOOD['.env'] as string }), ['example-lists-variables']);
  assert.deepEqual(failed({ ...GOOD, '.env.example': 'POSTGRES_PASSWORD\nLOG_LEVEL\n' }), []);
  assert.deepEqual(failed(without(GOOD, '.env.example')), ['example-lists-variables']);
  assert.deepEqual(failed({ ...without(GOOD, '.env.example'), '.env.sample': GOOD['.env.example'] as string }), []);
});

test('m5-04: .env is ignored by git, .env.example is not', () => {
  assert.deepEqual(failed({ ...GOOD, '.gitignore': 'node_modules/\n' }), ['env-ignored']);
  assert.deepEqual(failed({ ...GOOD, '.gitignore': '.env*\n' }), ['env-ignored']);
  assert.deepEqual(failed({ ...GOOD, '.gitignore': '.env*\n!.env.example\n' }), []);
  assert.deepEqual(failed({ ...GOOD, '.gitignore': '**/.env\n' }), []);
});

test('m5-04: a project in a subfolder uses the .env beside its compose file', () => {
  const moved: Files = { '.gitignore': '.env\n', ...inFolder(without(GOOD, '.gitignore'), 'stack') };
  assert.deepEqual(failed(moved), []);
  // The check reads the .env of the project folder (next to compose.yaml), as Compose does when run there.
  assert.deepEqual(failed({ ...without(moved, 'stack/.env'), '.env': moved['stack/.env'] as string }), ['variables-defined']);
});
