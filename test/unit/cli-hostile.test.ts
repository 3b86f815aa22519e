// Each named hostile input (hostileCases.ts) as a real file on disk, binary and invalid UTF-8 as
// real bytes, through the built CLI (`node dist/cli.js lint --format json`, like cli.test.ts):
// exit 0 or 1 (never 2), no stack trace on stderr, valid JSON with the normal result, in budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_CASES, unmet, type HostileCase } from './hostileCases';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');

interface JsonOut { files: number; findings: { file: string; code: string; severity: string; message: string; line: number; column: number }[] }

function lint(dir: string, budgetMs: number) {
  const start = Date.now();
  // The child is killed well after the budget, so a hang fails the test instead of stalling it.
  const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', dir], {
    encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, maxBuffer: 256 * 1024 * 1024, timeout: 3 * budgetMs,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, took: Date.now() - start };
}

function assertClean(r: ReturnType<typeof lint>, budgetMs: number): JsonOut {
  assert.ok(r.code === 0 || r.code === 1, `exit ${String(r.code)} (0 or 1): ${r.err.slice(0, 2000)}`);
  assert.doesNotMatch(r.err, /\n\s+at |internal error|failed:/, 'no stack trace or failing rule on stderr');
  assert.ok(r.took < budgetMs, `took ${r.took} ms (budget ${budgetMs})`);
  return JSON.parse(r.out) as JsonOut;
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function writeCase(dir: string, c: HostileCase): string {
  const folder = join(dir, slug(c.name));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, c.fileName), c.content);
  return folder;
}

for (const c of HOSTILE_CASES) {
  test(`through the CLI: ${c.name}`, () => {
    const folder = writeCase(mkdtempSync(join(tmpdir(), 'dc-hostile-')), c);
    const r = lint(folder, c.budgetMs);
    const out = assertClean(r, c.budgetMs);
    assert.equal(out.files, 1);
    assert.deepEqual(unmet(c, out.findings, (s) => s === 'error'), []);
    assert.equal(r.code, out.findings.some((f) => f.severity === 'error') ? 1 : 0, 'exit 1 exactly when a finding is an error');
    for (const f of out.findings) assert.ok(f.line >= 1 && f.column >= 1, `${f.code} at ${f.line}:${f.column} (1-based)`);
  });
}

test('through the CLI: every case in one folder, in one run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-hostile-all-'));
  for (const c of HOSTILE_CASES) writeCase(dir, c);
  const budget = HOSTILE_CASES.reduce((sum, c) => sum + c.budgetMs, 0);
  const out = assertClean(lint(dir, budget), budget);
  assert.equal(out.files, HOSTILE_CASES.length);
});

test('through the CLI: a file over the 16 MB limit is one clear finding, not read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-too-large-'));
  writeFileSync(join(dir, 'Dockerfile'), `FROM node:22\n${'RUN echo x\n'.repeat(1_600_000)}`);
  const r = lint(dir, 3_000);
  const out = assertClean(r, 3_000);
  assert.equal(r.code, 1);
  assert.deepEqual(out.findings.map((f) => f.code), ['DF034']);
  assert.match(out.findings[0]?.message ?? '', /too large to check \(16\.8 MB; the limit is 16 MB\)/);
});
