import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings, findings } from '../helpers';
import { isSecretName } from '../../../server/src/analysis/compose/rules/DC015-literal-secret-in-environment';

test('DC015: literal passwords, secrets, tokens and keys in map and list forms, on the value', () => {
  const text = 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n      JWT_SECRET: "s3cr3t"\n  api:\n    image: x:1\n    environment:\n      - GITHUB_TOKEN=ghp_abc123\n      - STRIPE_API_KEY=sk_live_42\n      - REDIS_PASSWORD=123456\n';
  const found = expectFindings('compose', 'DC015', text, ['5:26-5:33', '6:19-6:27', '10:22-10:32', '11:24-11:34', '12:24-12:30']);
  assert.match(found[0]?.message ?? '', /^POSTGRES_PASSWORD is written here in plain text/);
  assert.match(found[0]?.message ?? '', /POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD\}/);
});

test('DC015: variables, *_FILE, empty values, switches, public keys and values from the shell are fine', () => {
  const text = 'services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}\n      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set it}\n      MYSQL_PASSWORD_FILE: /run/secrets/db\n      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"\n      MYSQL_RANDOM_ROOT_PASSWORD: 1\n      PASSWORD_MIN_LENGTH: 12\n      SSH_PUBLIC_KEY: ssh-ed25519 AAAA\n      KEYBOARD_LAYOUT: us\n      SECRET:\n  api:\n    image: x:1\n    environment:\n      - API_TOKEN\n      - APP_SECRET=\n      - SESSION_SECRET=$SESSION_SECRET\n';
  expectFindings('compose', 'DC015', text, []);
});

test('DC015: which names are secret', () => {
  for (const n of ['DB_PASSWORD', 'PASSWORD', 'db_pass', 'SECRET_KEY', 'AWS_SECRET_ACCESS_KEY', 'API_TOKEN', 'APPSECRET', 'openai-api-key']) assert.ok(isSecretName(n), n);
  for (const n of ['PASSWORD_FILE', 'SECRET_KEY_PATH', 'MONKEY', 'PUBLIC_KEY', 'STRIPE_PUBLISHABLE_KEY', 'TOKEN_URL', 'KEY_ID']) assert.ok(!isSecretName(n), n);
});

test('DC015: Russian message', () => {
  const [f] = findings('compose', 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: example\n', 'DC015', 'ru');
  assert.match(f?.message ?? '', /^POSTGRES_PASSWORD записан здесь открытым текстом/);
});
