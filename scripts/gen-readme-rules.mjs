#!/usr/bin/env node
// Rewrites the rule table in README.md from the registry (dist/cli.js rules --format json).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rules = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'rules', '--format', 'json'], { encoding: 'utf8' }));
const table = ['| code | what it catches | default | quick fix | lesson | same check elsewhere |', '| --- | --- | --- | --- | --- | --- |',
  ...rules.map((r) => `| ${r.code} | ${r.title} | ${r.severity} | ${r.fixable ? 'yes' : ''} | ${r.lesson} | ${r.equivalents.join(', ')} |`)].join('\n');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const next = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
if (next !== readme) writeFileSync(join(root, 'README.md'), next);
