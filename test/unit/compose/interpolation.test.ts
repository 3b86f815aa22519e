import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allUses, interpolate, parseDotEnv, parseTemplate } from '../../../server/src/analysis/compose/interpolation';

const env = (o: Record<string, string>) => (n: string) => o[n];

test('interpolation: every form Compose knows', () => {
  const vars = env({ SET: 'value', EMPTY: '' });
  const cases: [string, string, boolean][] = [
    ['$SET and ${SET}', 'value and value', true],
    ['${UNSET}', '', false],
    ['${UNSET:-default}', 'default', true],
    ['${EMPTY:-default}', 'default', true],
    ['${EMPTY-default}', '', true],
    ['${UNSET-default}', 'default', true],
    ['${SET:?required}', 'value', true],
    ['${EMPTY:?required}', '', false],
    ['${EMPTY?required}', '', true],
    ['${SET:+alt}', 'alt', true],
    ['${EMPTY:+alt}', '', true],
    ['${EMPTY+alt}', 'alt', true],
    ['${UNSET:-${SET}}', 'value', true],
    ['${UNSET:-${OTHER:-x}-y}', 'x-y', true],
    ['$$HOME and $${SET} cost $5', '$HOME and ${SET} cost $5', true],
  ];
  for (const [input, value, complete] of cases) {
    const r = interpolate(input, vars);
    assert.equal(r.value, value, input);
    assert.equal(r.complete, complete, input);
  }
});

test('interpolation: uses with offsets, operators and nested defaults; malformed templates', () => {
  const t = parseTemplate('a ${A:-${B}} $C $$D ${E?oops}');
  assert.deepEqual(allUses(t).map((u) => [u.name, u.op, u.start, u.end]), [['A', ':-', 2, 12], ['B', '', 7, 11], ['C', '', 13, 15], ['E', '?', 20, 29]]);
  assert.deepEqual(parseTemplate('${} ${A:x} ${B').errors.map((e) => e.reason), ['empty-name', 'bad-operator', 'unclosed']);
  assert.deepEqual(parseTemplate('cost $5, $ alone, $$').errors, []);
});

test('interpolation: a long string with many dollars stays linear', () => {
  const s = '${A:-'.repeat(2000) + '}'.repeat(2000) + '$'.repeat(100000);
  const started = Date.now();
  parseTemplate(s);
  interpolate(s, () => undefined);
  assert.ok(Date.now() - started < 1000);
});

test('.env: comments, export, quotes, inline comments, references and multi-line values', () => {
  const e = parseDotEnv('# c\nexport A=1\nB = two words # note\nC="x\\ny"\nD=\'${A} raw\'\nE=${A}-${B}\nF="multi\nline"\nG\n=bad\nH=\n');
  assert.deepEqual([...e.values()].map((v) => [v.name, v.value, v.line]), [['A', '1', 1], ['B', 'two words', 2], ['C', 'x\ny', 3], ['D', '${A} raw', 4], ['E', '1-two words', 5], ['F', 'multi\nline', 6], ['H', '', 10]]);
});
