import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { expectFindings, findings } from '../helpers';

const BOMB = ['x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', 'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]', 'services:', '  web:', '    image: nginx:1.27', '    command: *e', ''].join('\n');

test('DC024: an alias bomb is one clear error, fast, and no rule crashes', () => {
  const started = Date.now();
  const all = analyze('compose', BOMB, { onInternalError: (c, e) => { throw new Error(`${c}: ${String(e)}`); } }).findings;
  assert.ok(Date.now() - started < 2000);
  const mine = all.filter((f) => f.code === 'DC024');
  assert.equal(mine.length, 1);
  assert.equal(mine[0]?.severity, 'error');
  assert.match(mine[0]?.message ?? '', /alias bomb/);
  assert.deepEqual(all.filter((f) => f.code === 'internal'), []);
  expectFindings('compose', 'DC024', BOMB, ['2:10-2:12']);
});

test('DC024: documents nested past the depth limit', () => {
  const deep = `services:\n  web:\n    image: nginx:1.27\nx-deep: ${'['.repeat(150)}${']'.repeat(150)}\n`;
  const [f] = findings('compose', deep, 'DC024');
  assert.match(f?.message ?? '', /more than 100 levels deep/);
  assert.deepEqual(findings('compose', deep).filter((x) => x.code === 'internal'), []);
});

test('DC024: ordinary anchors and aliases are fine', () => {
  expectFindings('compose', 'DC024', 'x-env: &env\n  TZ: UTC\nservices:\n  a:\n    image: x:1\n    environment: *env\n  b:\n    image: x:1\n    environment:\n      <<: *env\n', []);
});
