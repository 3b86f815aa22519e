// Argv construction for Compose v2, v1 and Podman with hostile inputs: user text is always one
// element, never joined into a string a shell could parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as argv from '../../client/src/docker/argv';

const HOSTILE = ['$(rm -rf ~)', '`reboot`', 'a; touch /tmp/pwned', 'with space', "it's \"quoted\"", '--privileged', '-v'];
const v2 = argv.toolset('docker', {}, 'v2');
const v1 = argv.toolset('docker', {}, 'v1');
const podman = argv.toolset('podman', {}, 'podman');
const target = { files: ['/w/my app/compose.yaml'], projectDir: '/w/my app' };

test('the three compose flavours call the right program', () => {
  assert.deepEqual(argv.composePs(v2, target), { program: 'docker', args: ['compose', '-f', '/w/my app/compose.yaml', '--project-directory', '/w/my app', 'ps'] });
  assert.deepEqual(argv.composePs(v1, target), { program: 'docker-compose', args: ['-f', '/w/my app/compose.yaml', '--project-directory', '/w/my app', 'ps'] });
  assert.deepEqual(argv.composePs(podman, target), { program: 'podman', args: ['compose', '-f', '/w/my app/compose.yaml', '--project-directory', '/w/my app', 'ps'] });
  assert.equal(argv.toolset('docker', { docker: '/opt/docker', compose: '/opt/dc' }, 'v1').compose.program, '/opt/dc');
});

test('hostile service names, tags, files and containers are single arguments after --', () => {
  for (const tools of [v2, v1, podman]) {
    for (const h of HOSTILE) {
      const checks: [argv.Argv, string][] = [
        [argv.composeExec(tools, target, h), h],
        [argv.composeRestart(tools, target, h), h],
        [argv.composeLogs(tools, target, { follow: true, services: [h] }), h],
        [argv.composeUp(tools, target, { detach: true, services: [h] }), h],
        [argv.containerExec(tools, h), h],
        [argv.run(tools, { image: h }), h],
      ];
      for (const [a, value] of checks) {
        const i = a.args.indexOf(value);
        assert.ok(i > 0, `${value} is one element`);
        assert.ok(a.args.indexOf('--') >= 0 && a.args.indexOf('--') < i, `${value} comes after --, so it cannot be read as an option`);
      }
      const b = argv.build(tools, { dockerfile: `/w/${h}/Dockerfile`, context: `/w/${h}`, tag: h });
      assert.ok(b.args.includes(`/w/${h}/Dockerfile`) && b.args.includes(h));
      assert.equal(b.args[b.args.length - 1], `/w/${h}`);
      assert.equal(b.args[b.args.length - 2], '--');
    }
  }
});

test('build with a target, run with ports and a name, down with and without volumes, prune', () => {
  assert.deepEqual(argv.build(v2, { dockerfile: 'D', context: '.', tag: 'a:1', target: 'build' }).args, ['build', '-f', 'D', '-t', 'a:1', '--target', 'build', '--', '.']);
  assert.deepEqual(argv.run(v2, { image: 'a:1', name: 'web', ports: ['127.0.0.1:8080:80'] }).args, ['run', '--rm', '--name', 'web', '-p', '127.0.0.1:8080:80', '--', 'a:1']);
  assert.deepEqual(argv.composeDown(v1, { files: ['c.yaml'] }, { volumes: true }).args, ['-f', 'c.yaml', 'down', '-v']);
  assert.deepEqual(argv.composeDown(v2, { files: ['c.yaml'] }, { volumes: false }).args, ['compose', '-f', 'c.yaml', 'down']);
  assert.deepEqual(argv.composeUp(v2, { files: ['c.yaml'], profiles: ['debug'] }, { detach: true }).args, ['compose', '-f', 'c.yaml', '--profile', 'debug', 'up', '-d', '--']);
  assert.deepEqual(argv.prune(podman, { volumes: true }), { program: 'podman', args: ['system', 'prune', '-f', '--volumes'] });
});

test('the default tag is a valid image reference made from the folder name', () => {
  assert.equal(argv.defaultTag('My App (v2)'), 'my-app-v2:dev');
  assert.equal(argv.defaultTag('$(rm -rf ~)'), 'rm--rf:dev');
  assert.equal(argv.defaultTag('…'), 'app:dev');
});
