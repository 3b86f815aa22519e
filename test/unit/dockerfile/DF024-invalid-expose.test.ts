import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';
import { parseExposePort } from '../../../server/src/analysis/dockerfile/ports';

test('DF024 makes what Docker rejects an error', () => {
  const text = 'FROM nginx:1.27\nEXPOSE 70000 80/http abc 90-80 /tcp 80:90-92\n';
  const found = expectFindings('dockerfile', 'DF024', text, ['2:8-2:13', '2:14-2:21', '2:22-2:25', '2:26-2:31', '2:32-2:36', '2:37-2:45']);
  assert.deepEqual(found.map((f) => f.severity), ['error', 'error', 'error', 'error', 'error', 'error']);
  assert.match(found[0]?.message ?? '', /1 to 65535/);
  assert.match(found[1]?.message ?? '', /tcp \(the default\), udp or sctp/);
});

test('DF024 warns about host mappings Docker accepts and ignores, and fixes them', () => {
  const text = 'FROM nginx:1.27\nEXPOSE 8080:80\n';
  const [f] = expectFindings('dockerfile', 'DF024', text, ['2:8-2:15']);
  assert.equal(f?.severity, 'warning');
  assert.match(f?.message ?? '', /docker run -p 8080:80/);
  const fixed = applyFix('dockerfile', 'DF024', text);
  assert.equal(fixed, 'FROM nginx:1.27\nEXPOSE 80\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF024'), []);
  assert.equal(applyFix('dockerfile', 'DF024', 'FROM nginx:1.27\nEXPOSE 127.0.0.1:53:53/udp\n'), 'FROM nginx:1.27\nEXPOSE 53/udp\n');
  assert.equal(findings('dockerfile', 'FROM nginx:1.27\nEXPOSE 0\n', 'DF024')[0]?.severity, 'warning');
});

test('DF024 accepts ports, ranges, protocols and variables', () => {
  expectFindings('dockerfile', 'DF024', 'FROM nginx:1.27\nARG PORT=80\nEXPOSE 80 443/tcp 53/udp 8000-8010 9/sctp 65535 ${PORT} $PORT/udp 80/TCP\n', []);
});

test('parseExposePort follows BuildKit', () => {
  assert.equal(parseExposePort('8080').start, 8080);
  assert.equal(parseExposePort('80/').problem, undefined);
  assert.equal(parseExposePort('[::1]:80:80').problem, 'mapping');
  assert.equal(parseExposePort('foo:80:80').problem, 'bad-ip');
  assert.equal(parseExposePort('8000-8001:80-82').problem, 'range-mismatch');
  assert.equal(parseExposePort('8000-8010:80').problem, 'mapping');
});
