import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF039 flags an upper-case protocol and lower-cases it', () => {
  const text = 'FROM nginx:1.27\nEXPOSE 80 443/TCP\n';
  expectFindings('dockerfile', 'DF039', text, ['2:15-2:18']);
  const fixed = applyFix('dockerfile', 'DF039', text);
  assert.equal(fixed, 'FROM nginx:1.27\nEXPOSE 80 443/tcp\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF039'), []);
});

test('DF039 accepts lower case and leaves unknown protocols to DF024', () => {
  expectFindings('dockerfile', 'DF039', 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 9/sctp 80/HTTP\n', []);
});
