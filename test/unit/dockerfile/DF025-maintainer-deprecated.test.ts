import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF025 flags MAINTAINER and rewrites it as the OCI authors label', () => {
  const text = 'FROM nginx:1.27-alpine\nMAINTAINER Jane Doe <jane@example.com>\n';
  expectFindings('dockerfile', 'DF025', text, ['2:1-2:11']);
  const fixed = applyFix('dockerfile', 'DF025', text);
  assert.equal(fixed, 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF025'), []);
});

test('DF025 fix escapes quotes and dollars, keeps lower case and CRLF', () => {
  assert.equal(applyFix('dockerfile', 'DF025', 'from alpine:3.20\r\nmaintainer Jo "Q" $x\r\n'),
    'from alpine:3.20\r\nlabel org.opencontainers.image.authors="Jo \\"Q\\" \\$x"\r\n');
  assert.equal(applyFix('dockerfile', 'DF025', '# escape=`\nFROM alpine:3.20\nMAINTAINER Jo "Q"\n'),
    '# escape=`\nFROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jo `"Q`""\n');
});

test('DF025 accepts the label', () => {
  expectFindings('dockerfile', 'DF025', 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane"\n', []);
});
