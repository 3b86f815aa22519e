import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DC009: secrets and configs used but not declared (short, long, build secrets)', () => {
  const text = 'services:\n  api:\n    build:\n      context: .\n      secrets: [npm_token]\n    secrets:\n      - db_password\n      - source: api_key\n        target: key\n    configs: [app_conf]\n';
  const found = expectFindings('compose', 'DC009', text, ['5:17-5:26', '7:9-7:20', '8:17-8:24', '10:15-10:23']);
  assert.match(found[1]?.message ?? '', /uses the secret "db_password", but the top-level `secrets:` section does not declare it/);
  assert.match(found[3]?.message ?? '', /uses the config "app_conf"/);
});

test('DC009: quiet when declared', () => {
  const text = 'services:\n  api:\n    image: acme/api:1\n    secrets: [pw]\n    configs: [conf]\nsecrets:\n  pw:\n    file: ./pw.txt\nconfigs:\n  conf:\n    content: "x"\n';
  expectFindings('compose', 'DC009', text, []);
});
