import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DC001 explains tabs and duplicate keys in plain words', () => {
  const [dup] = expectFindings('compose', 'DC001', 'services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26\n', ['4:5-4:10']);
  assert.match(dup?.message ?? '', /appears twice/);
  const tabs = findings('compose', 'services:\n\tweb:\n    image: nginx:1.27\n', 'DC001');
  assert.ok(tabs.length > 0);
  assert.ok(tabs.some((f) => /tabs/.test(f.message)), tabs.map((f) => f.message).join('\n'));
});

test('DC001 reports binary content once', () => {
  expectFindings('compose', 'DC001', 'services:\u0000\u0001\n', ['1:1-1:1']);
});

test('DC003 flags the version key and the fix removes the line', () => {
  const text = 'version: "3.8"\n\nservices:\n  web:\n    image: nginx:1.27\n';
  expectFindings('compose', 'DC003', text, ['1:1-1:15']);
  assert.equal(applyFix('compose', 'DC003', text), 'services:\n  web:\n    image: nginx:1.27\n');
});

test('DC021 flags untagged and latest images, not pinned ones or variables', () => {
  const text = 'services:\n  a:\n    image: nginx\n  b:\n    image: redis:latest\n  c:\n    image: postgres:17\n  d:\n    image: ${IMAGE}\n  e:\n    image: registry.local:5000/team/app\n';
  expectFindings('compose', 'DC021', text, ['3:12-3:17', '5:12-5:24', '11:12-11:40']);
});

test('merge keys and anchors are followed', () => {
  const text = 'x-base: &base\n  image: nginx\nservices:\n  web:\n    <<: *base\n';
  expectFindings('compose', 'DC021', text, ['2:10-2:15']);
});
