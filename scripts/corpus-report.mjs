#!/usr/bin/env node
// Lints ../shared/corpus with the built CLI and writes the counts part of docs/corpus-report.md
// (between the markers); the review of each error-level finding is written by hand below them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'corpus');
if (!existsSync(corpus)) { console.error(`corpus-report: ${corpus} is not there`); process.exitCode = 2; }
else {
  const lint = (dir) => {
    try { return JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'lint', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 << 20 })); }
    catch (e) { return JSON.parse(e.stdout); } // exit 1: some error-level finding
  };
  const rules = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'rules', '--format', 'json'], { encoding: 'utf8' }));
  const title = Object.fromEntries(rules.map((r) => [r.code, r.title]));
  const section = (name, dir) => {
    const r = lint(dir);
    const counts = new Map();
    for (const f of r.findings) counts.set(`${f.code}\t${f.severity}`, (counts.get(`${f.code}\t${f.severity}`) ?? 0) + 1);
    const rows = [...counts].sort().map(([k, n]) => { const [code, sev] = k.split('\t'); return `| ${code} | ${title[code] ?? ''} | ${sev} | ${n} |`; });
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => `- \`${relative(corpus, f.file)}:${f.line}\` ${f.code}: ${f.message.slice(0, 160)}`);
    return [`### ${name}: ${r.files} files, ${r.findings.length} findings`, '', '| code | rule | severity | findings |', '| --- | --- | --- | --- |', ...rows, '',
      `Error-level findings (${errors.length}):`, '', ...(errors.length ? errors : ['- none']), ''].join('\n');
  };
  const generated = [section('Dockerfiles (dockerfiles/)', join(corpus, 'dockerfiles')), section('Compose (compose/)', join(corpus, 'compose'))].join('\n');
  const file = join(root, 'docs', 'corpus-report.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Corpus report\n\n<!-- generated:start -->\n<!-- generated:end -->\n';
  writeFileSync(file, old.replace(/<!-- generated:start -->[\s\S]*<!-- generated:end -->/, `<!-- generated:start -->\n${generated}\n<!-- generated:end -->`));
  console.log('corpus-report: docs/corpus-report.md updated');
}
