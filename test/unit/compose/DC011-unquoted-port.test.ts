import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DC011: unquoted host:container mappings; base-60 ones say what YAML 1.1 reads', () => {
  const text = 'services:\n  ssh:\n    image: acme/sshd:1\n    ports:\n      - 22:22\n      - 8080:80\n      - "443:443"\n      - 9000\n';
  const found = expectFindings('compose', 'DC011', text, ['5:9-5:14', '6:9-6:16']);
  assert.match(found[0]?.message ?? '', /becomes 1342/);
  assert.doesNotMatch(found[1]?.message ?? '', /becomes/);
});

test('DC011: the fix quotes the mapping', () => {
  const text = 'services:\n  ssh:\n    image: acme/sshd:1\n    ports:\n      - 2222:22\n';
  const fixed = applyFix('compose', 'DC011', text);
  assert.equal(fixed, 'services:\n  ssh:\n    image: acme/sshd:1\n    ports:\n      - "2222:22"\n');
  assert.deepEqual(findings('compose', fixed, 'DC011'), []);
});

test('DC011: quoted, numeric, long syntax and flow lists of quoted items are fine', () => {
  expectFindings('compose', 'DC011', "services:\n  web:\n    image: nginx:1.27\n    ports: ['80:80', \"443:443\", 8080]\n    expose: [3000]\n  api:\n    image: x:1\n    ports:\n      - target: 80\n        published: 8081\n", []);
});
