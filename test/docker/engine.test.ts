// Real-engine tests: the argv the extension builds, run against a real dockerd (the private
// lab scripts/test.sh starts; DOCKER_HOST points at it). Compose v1 runs for real here; v2
// and Podman are covered by the argv unit tests.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as argv from '../../client/src/docker/argv';
import { explainBuildOutput } from '../../server/src/analysis/build/explainOutput';
import { parseDockerfile } from '../../server/src/analysis/dockerfile/model';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'docker');
const v1 = argv.toolset('docker', {}, 'v1');
const project = `dcoach${process.pid}`;

function exec(a: argv.Argv, env: Record<string, string> = {}, cwd?: string) {
  const r = spawnSync(a.program, a.args, { encoding: 'utf8', env: { ...process.env, ...env }, cwd, timeout: 180_000 });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '', all: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
const docker = (...args: string[]) => exec({ program: 'docker', args });

before(() => {
  assert.ok(process.env.DOCKER_HOST, 'DOCKER_HOST must point at the test lab (scripts/test.sh docker)');
  const info = docker('info', '--format', '{{.ServerVersion}}');
  assert.equal(info.code, 0, `the engine does not answer: ${info.err}`);
  console.log(`engine ${info.out.trim()}; client ${docker('version', '--format', '{{.Client.Version}}').out.trim()}`);
});

test('build: the Build command argv builds the fixture FROM a local base image', () => {
  const r = exec(argv.build(v1, { dockerfile: join(fixtures, 'web', 'Dockerfile'), context: join(fixtures, 'web'), tag: 'coach/web:test' }));
  assert.equal(r.code, 0, r.all);
  assert.equal(docker('image', 'inspect', 'coach/web:test', '--format', '{{.Config.User}}').out.trim(), 'nobody');
});

test('run: --rm runs the image and removes the container', () => {
  const name = `coach-run-${process.pid}`;
  const r = exec(argv.run(v1, { image: 'coach/web:test', name, remove: true, command: ['cat', '/www/index.html'] }));
  assert.equal(r.code, 0, r.all);
  assert.match(r.out, /docker-coach web fixture/);
  assert.equal(docker('ps', '-a', '--filter', `name=${name}`, '--format', '{{.Names}}').out.trim(), '');
});

test('run: the argv with a published port serves the page on 127.0.0.1', async () => {
  const name = `coach-web-${process.pid}`;
  const r = exec(argv.run(v1, { image: 'coach/web:test', name, ports: ['127.0.0.1::8080'], detach: true }));
  assert.equal(r.code, 0, r.all);
  try {
    const port = docker('port', name, '8080').out.trim().split(':').pop();
    assert.match(port ?? '', /^\d+$/);
    let body = '';
    for (let i = 0; i < 50 && !body; i++) {
      try { body = await (await fetch(`http://127.0.0.1:${port}/index.html`)).text(); } catch { await new Promise((res) => setTimeout(res, 100)); }
    }
    assert.match(body, /docker-coach web fixture/);
  } finally {
    docker('rm', '-f', name);
  }
});

test('compose up, logs, ps and down -v: two services, a network and a volume, nothing left behind', () => {
  const target = { files: [join(fixtures, 'stack', 'compose.yaml')] };
  const env = { COMPOSE_PROJECT_NAME: project };
  const up = exec(argv.composeUp(v1, target, { detach: true, build: true }), env);
  assert.equal(up.code, 0, up.all);
  try {
    let logs = '';
    for (let i = 0; i < 100 && !/PROBE-OK/.test(logs); i++) {
      spawnSync('sleep', ['0.2']);
      logs = exec(argv.composeLogs(v1, target, { follow: false, services: ['probe'] }), env).all;
    }
    assert.match(logs, /PROBE-OK/, 'the probe reached web by its service name');
    assert.match(exec(argv.composePs(v1, target), env).all, /web/);
    assert.match(docker('volume', 'ls', '--format', '{{.Name}}').out, new RegExp(`${project}_probedata`));
  } finally {
    const down = exec(argv.composeDown(v1, target, { volumes: true }), env);
    assert.equal(down.code, 0, down.all);
  }
  const label = `label=com.docker.compose.project=${project}`;
  assert.equal(docker('ps', '-a', '--filter', label, '-q').out.trim(), '');
  assert.equal(docker('network', 'ls', '--filter', label, '-q').out.trim(), '');
  assert.equal(docker('volume', 'ls', '--filter', label, '-q').out.trim(), '');
});

test('a failing build names its step and the exit code of the RUN', () => {
  const r = exec(argv.build(v1, { dockerfile: join(fixtures, 'broken', 'Dockerfile'), context: join(fixtures, 'broken'), tag: 'coach/broken:test' }));
  assert.notEqual(r.code, 0);
  const text = r.all.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r/g, '');
  assert.match(text, /Step 4\/5 : RUN make build/);
  assert.match(text, /returned a non-zero code: 127/);
  // What the Build command shows: the failure explained on the RUN's line.
  const model = parseDockerfile(readFileSync(join(fixtures, 'broken', 'Dockerfile'), 'utf8'));
  const [explained] = explainBuildOutput(r.all, model, 'en');
  assert.equal(explained?.code, 'DF904');
  assert.equal(explained?.range.start.line, 3);
  assert.match(explained?.message ?? '', /exit code 127 \(command not found/);
});

test('hostile names stay data: a tag and a service named like shell code create no file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coach-hostile-'));
  const sentinel = join(dir, 'pwned');
  const hostile = `$(touch ${sentinel})\`touch ${sentinel}\`;touch ${sentinel}`;
  const build = exec(argv.build(v1, { dockerfile: join(fixtures, 'web', 'Dockerfile'), context: join(fixtures, 'web'), tag: hostile }));
  assert.notEqual(build.code, 0, 'docker rejects the tag as a reference');
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  ok:\n    image: coach/busybox:1\n    command: ["true"]\n');
  const logs = exec(argv.composeLogs(v1, { files: [join(dir, 'compose.yaml')] }, { follow: false, services: [hostile] }), { COMPOSE_PROJECT_NAME: `${project}h` }, dir);
  assert.notEqual(logs.code, 0, logs.all);
  const exec1 = exec(argv.composeExec(v1, { files: [join(dir, 'compose.yaml')] }, hostile), { COMPOSE_PROJECT_NAME: `${project}h` }, dir);
  assert.notEqual(exec1.code, 0);
  assert.equal(existsSync(sentinel), false);
  assert.deepEqual(readdirSync(dir), ['compose.yaml']);
});

test('compose restart and ps: the restarted service is running again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coach-restart-'));
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  sleeper:\n    image: coach/busybox:1\n    init: true\n    command: ["sleep", "300"]\n');
  const target = { files: [join(dir, 'compose.yaml')] };
  const env = { COMPOSE_PROJECT_NAME: `${project}r` };
  assert.equal(exec(argv.composeUp(v1, target, { detach: true }), env).code, 0);
  try {
    const r = exec(argv.composeRestart(v1, target, 'sleeper'), env);
    assert.equal(r.code, 0, r.all);
    assert.match(r.all, /Restarting/);
    const state = docker('ps', '--filter', `label=com.docker.compose.project=${project}r`, '--format', '{{.State}}').out.trim();
    assert.equal(state, 'running');
  } finally {
    exec(argv.composeDown(v1, target, { volumes: true }), env);
  }
});

test('a hostile container name in run creates nothing and runs nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coach-hostile-run-'));
  const sentinel = join(dir, 'pwned');
  const r = exec(argv.run(v1, { image: 'coach/busybox:1', name: `x$(touch ${sentinel})`, command: ['true'] }));
  assert.notEqual(r.code, 0);
  assert.match(r.all, /Invalid container name/i);
  assert.equal(existsSync(sentinel), false);
});

test('prune with its argv removes stopped containers and keeps tagged images', () => {
  const name = `coach-stopped-${process.pid}`;
  assert.equal(docker('run', '--name', name, 'coach/busybox:1', 'true').code, 0);
  const r = exec(argv.prune(v1, { volumes: false }));
  assert.equal(r.code, 0, r.all);
  assert.equal(docker('ps', '-a', '--filter', `name=${name}`, '-q').out.trim(), '');
  assert.equal(docker('image', 'inspect', 'coach/busybox:1').code, 0);
});
