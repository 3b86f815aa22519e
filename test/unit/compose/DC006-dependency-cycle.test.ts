import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings, findings } from '../helpers';

test('DC006: a cycle is reported once, named, at its first edge', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [api]\n  api:\n    image: acme/api:1\n    depends_on:\n      db: {condition: service_started}\n  db:\n    image: postgres:17\n    links: [web]\n';
  const [f] = expectFindings('compose', 'DC006', text, ['4:18-4:21']);
  assert.match(f?.message ?? '', /^Dependency cycle: web -> api -> db -> web\./);
});

test('DC006: a service depending on itself; two separate cycles', () => {
  const text = 'services:\n  a:\n    image: x:1\n    depends_on: [a]\n  b:\n    image: x:1\n    depends_on: [c]\n  c:\n    image: x:1\n    network_mode: service:b\n';
  const found = expectFindings('compose', 'DC006', text, ['4:18-4:19', '7:18-7:19']);
  assert.match(found[0]?.message ?? '', /a -> a/);
  assert.match(found[1]?.message ?? '', /b -> c -> b/);
});

test('DC006: a diamond is not a cycle; extends is not a dependency', () => {
  const text = 'services:\n  web:\n    image: x:1\n    depends_on: [api, worker]\n  api:\n    image: x:1\n    depends_on: [db]\n  worker:\n    extends: api\n    depends_on: [db]\n  db:\n    image: postgres:17\n';
  expectFindings('compose', 'DC006', text, []);
});

test('DC006: a long chain is handled without recursion', () => {
  let text = 'services:\n';
  for (let i = 0; i < 3000; i++) text += `  s${i}:\n    image: x:1\n    depends_on: [s${(i + 1) % 3000}]\n`;
  const found = findings('compose', text, 'DC006');
  assert.equal(found.length, 1);
  assert.match(found[0]?.message ?? '', /^Dependency cycle: s0 -> s1 -> s2 -> .* -> s2999 -> s0\./);
});
