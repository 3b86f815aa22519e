import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m2-06-dockerignore';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const DOCKERFILE = 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';
const IGNORE = '# version control\n.git\nnode_modules\n.env\n.env.*\n!.env.example\n*.log\n';

test('m2-06: a .dockerignore next to the Dockerfile with the three exclusions passes', () => {
  assert.deepEqual(failed({ Dockerfile: DOCKERFILE, '.dockerignore': IGNORE, 'package.json': '{}' }), []);
  assert.deepEqual(failed({ 'web/Dockerfile': DOCKERFILE, 'web/.dockerignore': '**/.git/\n/node_modules\n.env*\n' }), []);
});

test('m2-06: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 5);
  assert.ok(result.every((c) => !c.passed));
});

test('m2-06: a missing file or missing lines fail', () => {
  assert.deepEqual(failed({ Dockerfile: DOCKERFILE }), ['present', 'excludes-git', 'excludes-node-modules', 'excludes-env', 'copies-kept']);
  assert.deepEqual(failed({ Dockerfile: DOCKERFILE, '.dockerignore': 'node_modules\n' }), ['excludes-git', 'excludes-env']);
});

test('m2-06: excluding a file the Dockerfile copies fails and names it', () => {
  const result = run({ Dockerfile: DOCKERFILE, '.dockerignore': IGNORE + 'package-lock.json\n' });
  const kept = result.find((c) => c.id === 'copies-kept');
  assert.equal(kept?.passed, false);
  assert.match(kept?.text.en ?? '', /package-lock\.json/);
});

test('m2-06: a Dockerfile-specific ignore file wins over .dockerignore', () => {
  const files = { Dockerfile: DOCKERFILE, '.dockerignore': 'node_modules\n' };
  assert.deepEqual(failed({ ...files, 'Dockerfile.dockerignore': IGNORE }), []);
  assert.deepEqual(failed(files), ['excludes-git', 'excludes-env']);
});

test('m2-06: flags are read from the model: --chown is not a source, --from copies from a stage', () => {
  // With `*` every word taken for a source would be excluded, the flag too.
  const chown = 'FROM node:22-alpine\nWORKDIR /app\nCOPY --chown=node:node package.json ./\nCOPY --chown=node:node --chmod=755 src ./src\n';
  assert.deepEqual(failed({ Dockerfile: chown, '.dockerignore': '*\n!package.json\n!src\n' }), []);
  const fromStage = 'FROM node:22 AS build\nRUN mkdir /dist\nFROM nginx:1.27\nCOPY --from=build /dist /usr/share/nginx/html\n';
  assert.deepEqual(failed({ Dockerfile: fromStage, '.dockerignore': IGNORE + 'dist\n' }), []);
});
