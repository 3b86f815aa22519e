// The CLI is a contract other tools rely on (contracts note): run the built dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const project = join(root, 'test', 'fixtures', 'cli', 'project');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('lint --format json: the documented object, 1-based ranges, exit 1 on an error finding', () => {
  const r = run(['lint', '--format', 'json', project]);
  assert.equal(r.code, 1, r.err);
  const out = JSON.parse(r.out) as { files: number; findings: Record<string, unknown>[] };
  assert.equal(out.files, 3, 'Dockerfile, compose.yaml, sub/Dockerfile.prod; node_modules skipped');
  const typo = out.findings.find((f) => f.code === 'DF033');
  assert.deepEqual(typo, {
    file: join(project, 'Dockerfile'), code: 'DF033', severity: 'error',
    message: '"RUNN" is not a Dockerfile instruction, so the build stops here. Did you mean RUN?',
    line: 2, column: 1, endLine: 2, endColumn: 5, lesson: 'm2-01-first-dockerfile',
  });
  const files = out.findings.map((f) => f.file as string);
  assert.deepEqual(files, [...files].sort(), 'ordered by file');
  assert.ok(!files.some((f) => f.includes('node_modules')));
});

test('exit 0 when no finding is an error; options after paths; text summary', () => {
  const r = run(['lint', join(project, 'sub'), '--format', 'text']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /1 file\(s\) checked: 0 error\(s\)/);
});

test('text lines follow path:line:column: severity CODE message [lesson]', () => {
  const r = run(['lint', join(project, 'Dockerfile')]);
  assert.match(r.out, /Dockerfile:1:6: warning DF001 .* \[m3-03-pinning\]\n/);
});

test('usage errors and missing paths exit 2 with a message and nothing on stdout', () => {
  for (const args of [['lint'], ['lint', '/no/such/path'], ['lint', '--format', 'xml', project], ['frobnicate'], ['lint', join(project, 'README.txt')]]) {
    const r = run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.out, '');
    assert.match(r.err, /docker-coach: /);
  }
});

test('an empty folder is exit 0 with files: 0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-empty-'));
  const r = run(['lint', '--format', 'json', dir]);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.out), { files: 0, findings: [] });
  assert.match(run(['lint', dir]).out, /No Dockerfiles or Compose files found/);
});

test('--kind overrides the name, --lang ru and LANG=ru choose Russian', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-kind-'));
  writeFileSync(join(dir, 'build.txt'), 'FROM node\n');
  const r = run(['lint', '--kind', 'dockerfile', '--lang', 'ru', join(dir, 'build.txt')]);
  assert.match(r.out, /нет тега/);
  assert.match(run(['lint', join(dir, 'build.txt'), '--kind=dockerfile'], { LANG: 'ru_RU.UTF-8' }).out, /Проверено файлов: 1/);
});

test('.docker-coach.yaml turns rules off and ignores paths; --config points at one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-config-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM node\nRUNN x\n');
  writeFileSync(join(dir, '.docker-coach.yaml'), 'rules:\n  DF001: off\n  DF033: warning\n');
  const r = run(['lint', '--format', 'json', dir]);
  assert.equal(r.code, 0);
  const out = JSON.parse(r.out) as { findings: { code: string; severity: string }[] };
  assert.deepEqual(out.findings.filter((f) => f.code === 'DF001' || f.code === 'DF033').map((f) => [f.code, f.severity]), [['DF033', 'warning']]);
  writeFileSync(join(dir, 'other.yaml'), 'ignore:\n  - "**/Dockerfile"\n');
  assert.deepEqual(JSON.parse(run(['lint', '--format', 'json', '--config', join(dir, 'other.yaml'), dir]).out), { files: 0, findings: [] });
});

test('SARIF 2.1.0 with one rule per code and no network URLs in help', () => {
  const r = run(['lint', '--format', 'sarif', project]);
  const sarif = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: { ruleId: string }[] }[] };
  assert.equal(sarif.version, '2.1.0');
  const run0 = sarif.runs[0];
  assert.ok(run0);
  const ids = run0.tool.driver.rules.map((x) => x.id);
  assert.deepEqual(ids, [...new Set(run0.results.map((x) => x.ruleId))].sort());
  for (const rule of run0.tool.driver.rules) assert.doesNotMatch(rule.help.text, /https?:/);
});

test('rules --format json lists every rule with the documented keys', () => {
  const rules = JSON.parse(run(['rules', '--format', 'json']).out) as Record<string, unknown>[];
  assert.ok(rules.length >= 8);
  for (const r of rules) assert.deepEqual(Object.keys(r).sort(), ['code', 'equivalents', 'fixable', 'lesson', 'severity', 'title']);
});

test('big output is not cut when piped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-big-'));
  writeFileSync(join(dir, 'Dockerfile'), Array.from({ length: 3000 }, () => 'FROM node').join('\n') + '\n');
  const r = run(['lint', '--format', 'json', dir]);
  const out = JSON.parse(r.out) as { findings: unknown[] };
  assert.ok(r.out.length > 64 * 1024);
  assert.equal((out.findings as { code: string }[]).filter((f) => f.code === 'DF001').length, 3000);
});

test('compose.files in .docker-coach.yaml merges a named set for reference checks (like -f a -f b)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-set-'));
  writeFileSync(join(dir, 'stack.yaml'), 'services:\n  db:\n    image: postgres:17\nvolumes:\n  dbdata: {}\n');
  writeFileSync(join(dir, 'stack-extra.yaml'), 'services:\n  backup:\n    image: postgres:17\n    volumes:\n      - dbdata:/backup\n');
  const codes = () => (JSON.parse(run(['lint', '--format', 'json', '--kind', 'compose', join(dir, 'stack-extra.yaml')]).out) as { findings: { code: string }[] }).findings.map((f) => f.code);
  assert.ok(codes().includes('DC007'), 'alone, the volume is undeclared');
  writeFileSync(join(dir, '.docker-coach.yaml'), 'compose:\n  files: [stack.yaml, stack-extra.yaml]\n');
  assert.ok(!codes().includes('DC007'), 'merged with stack.yaml, it is declared');
});
