import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fixesFor } from '../../../server/src/analysis/analyze';
import { applyFix, expectFindings, findings } from '../helpers';

test('DC020: links without aliases on a shared network: the fix turns them into depends_on', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    links:\n      - api\n  api:\n    image: x:1\n';
  const [f] = expectFindings('compose', 'DC020', text, ['4:5-4:10']);
  assert.equal(f?.severity, 'info');
  const fixed = applyFix('compose', 'DC020', text);
  assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - api\n  api:\n    image: x:1\n');
  assert.deepEqual(findings('compose', fixed, 'DC020'), []);
  assert.deepEqual(findings('compose', fixed).filter((x) => x.severity === 'error'), []);
});

test('DC020: when depends_on already lists them, the fix removes links', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    links: [api]\n    depends_on:\n      api: {condition: service_started}\n  api:\n    image: x:1\n';
  const fixed = applyFix('compose', 'DC020', text);
  assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      api: {condition: service_started}\n  api:\n    image: x:1\n');
  assert.deepEqual(findings('compose', fixed, 'DC020'), []);
});

test('DC020: an alias or separate networks: explained, no automatic fix', () => {
  const aliased = 'services:\n  web:\n    image: nginx:1.27\n    links: ["db:database"]\n  db:\n    image: postgres:17\n';
  const [f] = expectFindings('compose', 'DC020', aliased, ['4:5-4:10']);
  assert.match(f?.message ?? '', /network alias/);
  const separate = 'services:\n  web:\n    image: nginx:1.27\n    networks: [front]\n    links: [db]\n  db:\n    image: postgres:17\n    networks: [back]\nnetworks:\n  front:\n  back:\n';
  for (const text of [aliased, separate]) {
    const { model, findings: all } = analyze('compose', text);
    const mine = all.find((x) => x.code === 'DC020');
    assert.ok(mine);
    assert.deepEqual(fixesFor(model, mine, 'en'), []);
  }
});
