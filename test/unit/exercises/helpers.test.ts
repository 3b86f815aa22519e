import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dockerignoreFor, gitIgnored } from '../../../server/src/analysis/exercises/helpers';
import { memoryFiles } from '../helpers';

test('gitIgnored: a name without a slash matches at any depth, a slash anchors it to its .gitignore', () => {
  const files = memoryFiles({ '.gitignore': '.env\n/build\nlogs/*.log\n*.py[co]\n!keep.pyc\n', 'app/.gitignore': 'secret.txt\n' });
  const ignored = ['.env', 'app/.env', 'build/x', 'logs/a.log', 'app/main.pyc', 'app/main.pyo', 'app/secret.txt'];
  const kept = ['app/build/x', 'app/logs/a.log', 'app/main.py', 'keep.pyc', 'secret.txt', '.env.example'];
  assert.deepEqual(ignored.filter((p) => !gitIgnored(files, p)), []);
  assert.deepEqual(kept.filter((p) => gitIgnored(files, p)), []);
});

test('dockerignoreFor: <Dockerfile>.dockerignore first, then .dockerignore beside the Dockerfile', () => {
  const files = memoryFiles({ 'web/Dockerfile.dockerignore': 'a\n', 'web/.dockerignore': 'b\n', '.dockerignore': 'c\n' });
  assert.equal(dockerignoreFor(files, 'web/Dockerfile')?.excludes('a'), true);
  assert.equal(dockerignoreFor(files, 'web/Other.Dockerfile')?.excludes('b'), true);
  assert.equal(dockerignoreFor(files, undefined)?.excludes('c'), true);
  assert.equal(dockerignoreFor(memoryFiles({}), 'Dockerfile'), undefined);
});
