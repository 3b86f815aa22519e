import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings, findings } from '../helpers';
import { looksSecret } from '../../../server/src/analysis/dockerfile/rules/DF023-secret-in-env-or-arg';

test('DF023 flags a literal secret in ENV and secret build arguments', () => {
  const text = 'FROM node:22-alpine\nENV NPM_TOKEN=npm_example_do_not_use\nARG DB_PASSWORD=hunter2\nARG GITHUB_TOKEN\nENV API_KEY "abc def"\n';
  const found = expectFindings('dockerfile', 'DF023', text, ['2:5-2:37', '3:5-3:24', '4:5-4:17', '5:5-5:22']);
  assert.match(found[0]?.message ?? '', /docker history/);
  assert.match(found[2]?.message ?? '', /--mount=type=secret,id=github_token,env=GITHUB_TOKEN/);
});

test('DF023 stays quiet on files, paths, empty values, references and harmless names', () => {
  const text = [
    'FROM node:22',
    'ENV PASSWORD_FILE=/run/secrets/db_password',
    'ENV DB_PASSWORD=',
    'ENV DB_PASSWORD=""',
    'ARG TOKEN_VERSION=3',
    'ARG NPM_TOKEN_URL=https://registry.npmjs.org',
    'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
    'ARG SECRET_KEY=$FROM_OUTSIDE',
    'ENV JWT_SECRET=${JWT_SECRET}',
    'ENV USE_TOKEN=true',
    'ENV AWS_ACCESS_KEY_ID=AKIA0000',
    'ENV SSH_PRIVATE_KEY=/root/.ssh/id_ed25519',
    'ENV POSTGRES_PASSWORD_FILE /run/secrets/pg',
  ].join('\n') + '\n';
  expectFindings('dockerfile', 'DF023', text, []);
});

test('DF023 recognises secret names', () => {
  for (const n of ['PASSWORD', 'db_password', 'GITHUB_TOKEN', 'apiKey', 'API_KEY', 'PRIVATE_KEY', 'AWS_SECRET_ACCESS_KEY', 'CLIENT_SECRET', 'SECRET_KEY_BASE']) assert.ok(looksSecret(n), n);
  for (const n of ['GPG_KEY', 'PASSWORD_FILE', 'TOKEN_URL', 'PUBLIC_KEY', 'KEYRING', 'MONKEY', 'NODE_VERSION', 'AWS_ACCESS_KEY_ID']) assert.ok(!looksSecret(n), n);
});

test('DF023 speaks Russian', () => {
  const [f] = findings('dockerfile', 'FROM alpine:3.20\nENV DB_PASSWORD=hunter2\n', 'DF023', 'ru');
  assert.match(f?.message ?? '', /конфигурацию образа/);
});
