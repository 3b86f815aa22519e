#!/usr/bin/env node
// Build: generate indexes, type-check and compile for tests (tsc -b -> out/), bundle the
// shipped code with esbuild (dist/client.js, dist/server.js, dist/cli.js).
//   node scripts/build.mjs [--no-tsc]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, [join(root, 'scripts', 'gen-rule-index.mjs')]);
run(process.execPath, [join(root, 'scripts', 'gen-lesson-index.mjs')]);
if (!process.argv.includes('--no-tsc')) run(process.execPath, [require.resolve('typescript/bin/tsc'), '-b']);

mkdirSync(join(root, 'dist'), { recursive: true });

const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'linked', minify: true,
  keepNames: true, logLevel: 'warning', define: { DOCKER_COACH_VERSION: JSON.stringify(pkg.version) },
  // vscode-languageserver/node pulls optional native deps it never needs here.
  mainFields: ['module', 'main'],
};
await Promise.all([
  esbuild.build({ ...common, entryPoints: [join(root, 'client', 'src', 'extension.ts')], outfile: join(root, 'dist', 'client.js'), external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: [join(root, 'server', 'src', 'server.ts')], outfile: join(root, 'dist', 'server.js') }),
  esbuild.build({ ...common, entryPoints: [join(root, 'server', 'src', 'cli.ts')], outfile: join(root, 'dist', 'cli.js') }),
]);
console.log('build: dist/client.js dist/server.js dist/cli.js');
