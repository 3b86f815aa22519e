import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m0-03-copy-on-write';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';
import { allPassedIn, nonePassedIn, passedIn, runCheck, snapshot } from './engine-snapshot';

const run = (engine: EngineSnapshot) => runCheck(check, engine);
const passed = (engine: EngineSnapshot) => passedIn(check, engine);
const allPassed = (engine: EngineSnapshot) => allPassedIn(check, engine);
const nonePassed = (engine: EngineSnapshot) => nonePassedIn(check, engine);

test('m0-03-copy-on-write: an engine with nothing on it fails every criterion', () => {
  nonePassed(snapshot());
});

test('m0-03-copy-on-write: every criterion is a sentence in both languages', () => {
  for (const c of run(snapshot())) {
    assert.match(c.text.en, /^[A-Za-z].{20,}[.)]$/);
    assert.match(c.text.ru, /[а-яё]/i);
  }
});

test('m0-03-copy-on-write: two exited containers from one pinned alpine pass', () => {
  allPassed(snapshot([
    { name: 'cow-a', image: 'alpine:3.22', status: 'Exited (0) 1 minute ago' },
    { name: 'cow-b', image: 'alpine:3.22', status: 'Exited (0) 30 seconds ago' },
  ]));
});

test('m0-03-copy-on-write: a missing, different or failed container fails its criterion', () => {
  assert.deepEqual(passed(snapshot([{ name: 'cow-a', image: 'alpine:3.22' }])),
    { 'cow-a': true, 'cow-b-same-image': false, 'both-exited-0': false });
  assert.deepEqual(passed(snapshot([{ name: 'cow-a', image: 'alpine:3.22' }, { name: 'cow-b', image: 'alpine:3.21' }])),
    { 'cow-a': true, 'cow-b-same-image': false, 'both-exited-0': true });
  assert.deepEqual(passed(snapshot([{ name: 'cow-a', image: 'alpine' }, { name: 'cow-b', image: 'alpine' }])),
    { 'cow-a': false, 'cow-b-same-image': false, 'both-exited-0': true });
  assert.deepEqual(passed(snapshot([
    { name: 'cow-a', image: 'alpine:3.22' },
    { name: 'cow-b', image: 'alpine:3.22', status: 'Exited (1) 5 seconds ago' },
  ]))['both-exited-0'], false);
});
