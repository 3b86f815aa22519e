import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestJudgement, criterion, dockerignoreFor, gitIgnored } from '../../../server/src/analysis/exercises/helpers';
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

test('bestJudgement: the candidate with the most passed criteria; the judgement of none wins a tie', () => {
  const judge = (n: number | undefined) => [criterion('a', n !== undefined && n >= 1, 'a', 'а'), criterion('b', n !== undefined && n >= 2, 'b', 'б')];
  assert.deepEqual(bestJudgement([1, 2, 1], judge).map((c) => c.passed), [true, true]);
  assert.deepEqual(bestJudgement([], judge).map((c) => c.passed), [false, false]);
  const tie = (n: number | undefined) => [criterion(String(n), n === 0 || n === undefined, 'x', 'х')];
  assert.equal(bestJudgement([0], tie)[0]?.id, 'undefined');
});
