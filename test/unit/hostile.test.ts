// Bad input gets a clear result and nothing breaks: each named case (hostileCases.ts, shared with
// the server and CLI tests) finishes within its budget, no rule throws, every range lies inside
// the document, and the result is the normal one for the case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { ruleFor } from '../../server/src/analysis/registry';
import type { FileKind, Finding } from '../../server/src/analysis/types';
import { HOSTILE_CASES, lspLines, textOf, unmet } from './hostileCases';

function check(kind: FileKind, text: string, budgetMs: number): Finding[] {
  const internal: string[] = [];
  const start = Date.now();
  const { findings } = analyze(kind, text, { onInternalError: (code, e) => internal.push(`${code}: ${String(e)}`) });
  const took = Date.now() - start;
  assert.deepEqual(internal, [], 'no rule threw');
  assert.ok(took < budgetMs, `took ${took} ms (budget ${budgetMs})`);
  const lines = lspLines(text);
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${f.code} line ${p.line} is inside the document`);
      assert.ok(p.character >= 0 && p.character <= (lines[p.line] ?? '').length, `${f.code} column ${p.character} is inside line ${p.line}`);
    }
  }
  return findings;
}

for (const c of HOSTILE_CASES) {
  test(`analysis: ${c.name}`, () => {
    const findings = check(c.kind, textOf(c), c.budgetMs);
    assert.deepEqual(unmet(c, findings, (s) => s === 'error'), []);
  });
}

test('a service named like shell code is only text', () => {
  const findings = check('compose', 'services:\n  "$(rm -rf ~)":\n    image: nginx\n', 2_000);
  assert.ok(findings.some((f) => f.message.includes('$(rm -rf ~)')));
});

test('a rule that throws becomes one internal finding; the other rules still run', () => {
  const rule = ruleFor('DF005');
  assert.ok(rule);
  const original = rule.check;
  rule.check = () => { throw new RangeError('Maximum call stack size exceeded'); };
  try {
    const failed: string[] = [];
    const { findings } = analyze('dockerfile', 'FROM node\nCMD node a.js\n', { onInternalError: (code) => failed.push(code) });
    assert.deepEqual(failed, ['DF005'], 'the host hears which rule failed');
    const internal = findings.filter((f) => f.code === 'internal');
    assert.equal(internal.length, 1);
    assert.equal(internal[0]?.severity, 'warning');
    assert.deepEqual(internal[0]?.data, { rule: 'DF005' });
    assert.match(internal[0]?.message ?? '', /rule DF005 could not check this file \(Maximum call stack size exceeded\)\. The other rules still ran/);
    assert.ok(findings.some((f) => f.code === 'DF001'), 'DF001 still reports the untagged image');
    assert.ok(!findings.some((f) => f.code === 'DF005'));
  } finally {
    rule.check = original;
  }
});
