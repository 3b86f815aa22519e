import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m0-04-first-run';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';
import { allPassedIn, nonePassedIn, passedIn, runCheck, snapshot } from './engine-snapshot';

const run = (engine: EngineSnapshot) => runCheck(check, engine);
const passed = (engine: EngineSnapshot) => passedIn(check, engine);
const allPassed = (engine: EngineSnapshot) => allPassedIn(check, engine);
const nonePassed = (engine: EngineSnapshot) => nonePassedIn(check, engine);

test('m0-04-first-run: an engine with nothing on it fails every criterion', () => {
  nonePassed(snapshot());
});

test('m0-04-first-run: every criterion is a sentence in both languages', () => {
  for (const c of run(snapshot())) {
    assert.match(c.text.en, /^[A-Za-z].{20,}[.)]$/);
    assert.match(c.text.ru, /[а-яё]/i);
  }
});

test('m0-04-first-run: a pulled alpine and an exited first-run pass', () => {
  allPassed(snapshot([{ name: 'first-run', image: 'alpine:3.22' }], [{ repository: 'alpine', tag: '3.22', id: 'f1d1c5d6e5a4' }]));
  // Podman reports full names.
  allPassed(snapshot([{ name: 'first-run', image: 'docker.io/library/alpine:3.22' }],
    [{ repository: 'docker.io/library/alpine', tag: '3.22', id: 'f1d1c5d6e5a4' }]));
});

test('m0-04-first-run: latest or a removed container do not pass', () => {
  assert.deepEqual(passed(snapshot([{ name: 'first-run', image: 'alpine' }], [{ repository: 'alpine', tag: 'latest', id: 'aaaaaaaaaaaa' }])),
    { 'image-pulled': false, 'container-exists': true, 'pinned-alpine': false, 'exited-0': true });
  assert.deepEqual(passed(snapshot([], [{ repository: 'alpine', tag: '3.22', id: 'aaaaaaaaaaaa' }])),
    { 'image-pulled': true, 'container-exists': false, 'pinned-alpine': false, 'exited-0': false });
  assert.equal(passed(snapshot([{ name: 'first-run', image: 'alpine:3.22', state: 'created', status: 'Created' }]))['exited-0'], false);
});
