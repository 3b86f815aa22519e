import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF035 flags empty lines inside a continued instruction and removes them', () => {
  const text = 'FROM alpine:3.20\nRUN apk add \\\n\n    gnupg \\\n\n\n    curl\n';
  expectFindings('dockerfile', 'DF035', text, ['3:1-3:1', '5:1-6:1']);
  const once = 'FROM alpine:3.20\nEXPOSE \\\n\n80\n';
  const fixed = applyFix('dockerfile', 'DF035', once);
  assert.equal(fixed, 'FROM alpine:3.20\nEXPOSE \\\n80\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF035'), []);
  assert.equal(applyFix('dockerfile', 'DF035', 'FROM alpine:3.20\r\nRUN a \\\r\n  \r\n  b\r\n'), 'FROM alpine:3.20\r\nRUN a \\\r\n  b\r\n');
});

test('DF035 accepts comment lines in continuations and empty lines in heredocs', () => {
  expectFindings('dockerfile', 'DF035', 'FROM alpine:3.20\nEXPOSE \\\n# Port\n80\nRUN <<EOF\necho a\n\necho b\nEOF\n', []);
});
