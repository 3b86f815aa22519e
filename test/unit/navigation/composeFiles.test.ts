// Which compose files the server reads when a Dockerfile's stage or ARG is renamed: beside it,
// above it up to the workspace root, and a shallow walk of the root; never node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { composeFilesAround } from '../../../server/src/workspace/composeFiles';

function folder(files: string[]): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'coach-compose-files-')));
  for (const rel of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), '');
  }
  return dir;
}

test('beside, above and under the root; custom patterns; node_modules and hidden folders skipped', () => {
  const root = folder([
    'compose.yaml', 'services/api/Dockerfile', 'services/api/docker-compose.dev.yml', 'deploy/compose.prod.yaml',
    'node_modules/x/compose.yaml', '.cache/compose.yaml', 'a/b/c/d/compose.yaml', 'stack.yml', 'services/README.md',
  ]);
  const found = (patterns: string[] = []) => composeFilesAround(join(root, 'services/api/Dockerfile'), root, patterns).map((p) => relative(root, p));
  assert.deepEqual(found(), ['compose.yaml', 'deploy/compose.prod.yaml', 'services/api/docker-compose.dev.yml']);
  assert.deepEqual(found(['stack.yml']), ['compose.yaml', 'deploy/compose.prod.yaml', 'services/api/docker-compose.dev.yml', 'stack.yml']);
});

test('without a workspace root: the Dockerfile folder and its parent only', () => {
  const root = folder(['compose.yaml', 'app/compose.yaml', 'app/api/Dockerfile', 'other/compose.yaml']);
  const found = composeFilesAround(join(root, 'app/api/Dockerfile'), undefined, []).map((p) => relative(root, p));
  assert.deepEqual(found, ['app/compose.yaml']);
});
