import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF036 flags keywords that break the file\'s casing and fixes them', () => {
  const text = 'FROM alpine:3.20\nRun echo hello > /greeting.txt\ncopy a b\nENTRYPOINT ["cat", "/greeting.txt"]\n';
  expectFindings('dockerfile', 'DF036', text, ['2:1-2:4', '3:1-3:5']);
  const fixed = applyFix('dockerfile', 'DF036', 'FROM alpine:3.20\nEntrypoint ["cat"]\n');
  assert.equal(fixed, 'FROM alpine:3.20\nENTRYPOINT ["cat"]\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF036'), []);
});

test('DF036 follows a lower-case majority', () => {
  const text = 'from alpine:3.20\nrun echo hi\nCMD ["sh"]\n';
  const [f] = expectFindings('dockerfile', 'DF036', text, ['3:1-3:4']);
  assert.equal((f?.data as { expected: string }).expected, 'cmd');
  assert.equal(applyFix('dockerfile', 'DF036', text), 'from alpine:3.20\nrun echo hi\ncmd ["sh"]\n');
});

test('DF036 accepts a consistent file', () => {
  expectFindings('dockerfile', 'DF036', 'from alpine:3.20\nrun echo hi\n', []);
  expectFindings('dockerfile', 'DF036', 'FROM alpine:3.20\nRUN echo hi\n', []);
});
