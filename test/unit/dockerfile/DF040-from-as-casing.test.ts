import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF040 flags AS in another case than FROM and matches it', () => {
  const text = 'FROM debian:12 as builder\nfrom debian:12 AS other\n';
  expectFindings('dockerfile', 'DF040', text, ['1:16-1:18', '2:16-2:18']);
  const fixed = applyFix('dockerfile', 'DF040', 'FROM debian:12 as builder\n');
  assert.equal(fixed, 'FROM debian:12 AS builder\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF040'), []);
});

test('DF040 accepts matching case and leaves a mixed-case FROM to DF036', () => {
  expectFindings('dockerfile', 'DF040', 'FROM debian:12 AS a\nfrom debian:12 as b\nFrom debian:12 as c\n', []);
});
