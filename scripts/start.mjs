#!/usr/bin/env node
// npm start: install what is missing, build, and open the sample project in VS Code with Docker
// Coach loaded: with `code` when it is on PATH, otherwise in code-server on 127.0.0.1 (the URL
// is printed; Ctrl-C stops it).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'samples', 'hello-node');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
const say = (m) => console.log(`[start] ${m}`);

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) { say('installing npm packages'); run('npm', ['ci', '--no-audit', '--no-fund']); }
say('building');
run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-tsc']);

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  say('opening VS Code with the extension under development');
  run('code', ['--extensionDevelopmentPath', root, sample]);
} else {
  say('no `code` on PATH: starting code-server (real VS Code in the browser)');
  run('bash', [join(root, 'scripts', 'prereqs.sh'), 'editor']);
  const cache = process.env.DOCKER_COACH_CACHE ?? join(homedir(), '.cache', 'docker-coach');
  const node24 = join(cache, 'node24', 'node_modules', 'node', 'bin', 'node');
  const entry = join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const data = join(cache, 'start-profile');
  await mkdir(join(data, 'user', 'User'), { recursive: true });
  await writeFile(join(data, 'config.yaml'), 'auth: none\ncert: false\n');
  const port = Number(process.env.PORT) || await new Promise((res) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
  // enable-smoke-test-driver lets the URL's payload load the extension under development.
  const child = spawn(node24, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', join(data, 'user'),
    '--extensions-dir', join(data, 'extensions'), '--config', join(data, 'config.yaml'), '--disable-telemetry', '--disable-update-check',
    '--disable-getting-started-override', '--vscode-option', 'enable-smoke-test-driver'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${pathToFileURL(root).pathname}`]]);
  console.log(`\nOpen this URL in your browser:\n\n  http://127.0.0.1:${port}/?${new URLSearchParams({ folder: sample, payload })}\n\nCtrl-C stops code-server.`);
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => { process.exitCode = code ?? 0; });
}
