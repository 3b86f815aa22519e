// Bad input gets a clear result and nothing breaks: each named case finishes in seconds, no
// rule throws, and every range lies inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { analyze } from '../../server/src/analysis/analyze';
import type { FileKind, Finding } from '../../server/src/analysis/types';

function check(kind: FileKind, text: string, budgetMs: number): Finding[] {
  const internal: string[] = [];
  const start = Date.now();
  const { findings } = analyze(kind, text, { onInternalError: (code, e) => internal.push(`${code}: ${String(e)}`) });
  const took = Date.now() - start;
  assert.deepEqual(internal, [], 'no rule threw');
  assert.ok(took < budgetMs, `took ${took} ms (budget ${budgetMs})`);
  const lines = text.split('\n');
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < Math.max(lines.length, 1), `${f.code} line ${p.line} is inside the document`);
      assert.ok(p.character >= 0 && p.character <= (lines[p.line] ?? '').length, `${f.code} column ${p.character} is inside line ${p.line}`);
    }
  }
  return findings;
}

test('a 50,000-line Dockerfile', () => {
  check('dockerfile', 'FROM debian:12\n' + Array.from({ length: 50_000 }, (_, i) => `RUN echo ${i}`).join('\n') + '\n', 20_000);
});

test('a one-megabyte line', () => {
  check('dockerfile', `FROM node:22\nRUN echo ${'a'.repeat(1_000_000)}\n`, 20_000);
  check('compose', `services:\n  web:\n    image: nginx:1.27\n    command: ${'b'.repeat(1_000_000)}\n`, 20_000);
});

test('a YAML alias bomb is one clear error, not an expansion', () => {
  let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
  const findings = check('compose', `${text}services:\n  web:\n    image: nginx:1.27\n`, 5_000);
  assert.ok(findings.some((f) => f.severity === 'error'), findings.map((f) => f.code).join());
});

test('20,000 levels of nesting', () => {
  check('compose', `services:\n  web:\n    x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, 10_000);
  check('compose', `services:\n  web:\n    x: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n`, 10_000);
});

test('binary content named Dockerfile or compose.yaml: one finding', () => {
  const bin = randomBytes(100_000).toString('latin1') + '\u0000';
  assert.equal(check('dockerfile', bin, 5_000).length, 1);
  assert.equal(check('compose', bin, 5_000).length, 1);
});

test('invalid UTF-8 (replacement characters), a BOM with CRLF, an empty file', () => {
  check('dockerfile', 'FROM node:22\r\nRUN echo \ufffd\ufffd\r\n', 2_000);
  check('dockerfile', '\ufeffFROM node:22\r\nCMD ["node"]\r\n', 2_000);
  // A new, still empty file shows no error while the learner starts typing.
  assert.deepEqual(check('dockerfile', '', 2_000).filter((f) => f.severity === 'error'), []);
  check('compose', '', 2_000);
});

test('a compose file that is a list, a dependency cycle, 3,000 services', () => {
  check('compose', '- a\n- b\n', 2_000);
  const cycle = check('compose', 'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n', 2_000);
  assert.ok(cycle.some((f) => f.code === 'DC006'));
  let many = 'services:\n';
  for (let i = 0; i < 3_000; i++) many += `  s${i}:\n    image: nginx:1.27\n    depends_on: [s${(i + 1) % 3_000}]\n`;
  check('compose', many, 20_000);
});

test('a service named like shell code is only text', () => {
  const findings = check('compose', 'services:\n  "$(rm -rf ~)":\n    image: nginx\n', 2_000);
  assert.ok(findings.some((f) => f.message.includes('$(rm -rf ~)')));
});
