import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m0-02-kernel-check';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';
import { allPassedIn, nonePassedIn, passedIn, runCheck, snapshot } from './engine-snapshot';

const run = (engine: EngineSnapshot) => runCheck(check, engine);
const passed = (engine: EngineSnapshot) => passedIn(check, engine);
const allPassed = (engine: EngineSnapshot) => allPassedIn(check, engine);
const nonePassed = (engine: EngineSnapshot) => nonePassedIn(check, engine);

test('m0-02-kernel-check: an engine with nothing on it fails every criterion', () => {
  nonePassed(snapshot());
});

test('m0-02-kernel-check: every criterion is a sentence in both languages', () => {
  for (const c of run(snapshot())) {
    assert.match(c.text.en, /^[A-Za-z].{20,}[.)]$/);
    assert.match(c.text.ru, /[а-яё]/i);
  }
});

test('m0-02-kernel-check: the lesson command passes', () => {
  allPassed(snapshot([{ name: 'kernel-check', image: 'alpine:3.22', status: 'Exited (0) 10 seconds ago' }]));
  allPassed(snapshot([{ name: 'kernel-check', image: 'docker.io/library/alpine:3.22', status: 'Exited (0) 1 minute ago' }]));
});

test('m0-02-kernel-check: latest, a failed command or a running container do not pass', () => {
  assert.deepEqual(passed(snapshot([{ name: 'kernel-check', image: 'alpine' }])), { exists: true, 'pinned-alpine': false, 'exited-0': true });
  assert.deepEqual(passed(snapshot([{ name: 'kernel-check', image: 'alpine:latest' }]))['pinned-alpine'], false);
  assert.deepEqual(passed(snapshot([{ name: 'kernel-check', image: 'alpine:3.22', status: 'Exited (127) 3 seconds ago' }]))['exited-0'], false);
  assert.deepEqual(passed(snapshot([{ name: 'kernel-check', image: 'alpine:3.22', state: 'running', status: 'Up 3 seconds' }]))['exited-0'], false);
  assert.deepEqual(passed(snapshot([{ name: 'kernel-check', image: 'sha256:' + 'b'.repeat(64) }]))['pinned-alpine'], false);
  assert.deepEqual(passed(snapshot([{ name: 'other', image: 'alpine:3.22' }])), { exists: false, 'pinned-alpine': false, 'exited-0': false });
});
