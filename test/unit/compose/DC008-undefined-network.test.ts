import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DC008: a network that is not declared (list and map forms); default needs no declaration', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    networks: [front, default]\n  api:\n    image: acme/api:1\n    networks:\n      back:\n        aliases: [api.local]\n';
  const found = expectFindings('compose', 'DC008', text, ['4:16-4:21', '8:7-8:11']);
  assert.match(found[0]?.message ?? '', /joins the network "front"/);
});

test('DC008: the fix declares it (new section; existing section at its indentation)', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    networks: [front]';
  const fixed = applyFix('compose', 'DC008', text);
  assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    networks: [front]\n\nnetworks:\n  front:\n');
  assert.deepEqual(findings('compose', fixed, 'DC008'), []);
  const existing = 'services:\n  web:\n    image: nginx:1.27\n    networks: [front, back]\nnetworks:\n    back:\n        internal: true\n';
  assert.equal(applyFix('compose', 'DC008', existing), 'services:\n  web:\n    image: nginx:1.27\n    networks: [front, back]\nnetworks:\n    back:\n        internal: true\n    front:\n');
});

test('DC008: quiet when all networks are declared (external ones too)', () => {
  expectFindings('compose', 'DC008', 'services:\n  web:\n    image: nginx:1.27\n    networks: [proxy]\nnetworks:\n  proxy:\n    external: true\n', []);
});
