import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m1-03-second-tag';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';
import { allPassedIn, nonePassedIn, passedIn, runCheck, snapshot } from './engine-snapshot';

const run = (engine: EngineSnapshot) => runCheck(check, engine);
const passed = (engine: EngineSnapshot) => passedIn(check, engine);
const allPassed = (engine: EngineSnapshot) => allPassedIn(check, engine);
const nonePassed = (engine: EngineSnapshot) => nonePassedIn(check, engine);

test('m1-03-second-tag: an engine with nothing on it fails every criterion', () => {
  nonePassed(snapshot());
});

test('m1-03-second-tag: every criterion is a sentence in both languages', () => {
  for (const c of run(snapshot())) {
    assert.match(c.text.en, /^[A-Za-z].{20,}[.)]$/);
    assert.match(c.text.ru, /[а-яё]/i);
  }
});

test('m1-03-second-tag: two names for one image ID pass', () => {
  allPassed(snapshot([], [
    { repository: 'my-nginx', tag: 'v1', id: '5a1f4c2b9d3e' },
    { repository: 'nginx', tag: '1.27-alpine', id: '5a1f4c2b9d3e' },
  ]));
  // Podman prefixes registries and may print longer IDs.
  allPassed(snapshot([], [
    { repository: 'localhost/my-nginx', tag: 'v1', id: 'sha256:5a1f4c2b9d3e77aa' },
    { repository: 'docker.io/library/nginx', tag: '1.27-alpine', id: '5a1f4c2b9d3e' },
  ]));
});

test('m1-03-second-tag: a missing tag or a different image do not pass', () => {
  assert.deepEqual(passed(snapshot([], [{ repository: 'nginx', tag: '1.27-alpine', id: '5a1f4c2b9d3e' }])),
    { pulled: true, tagged: false, 'same-id': false });
  assert.deepEqual(passed(snapshot([], [
    { repository: 'nginx', tag: '1.27-alpine', id: '5a1f4c2b9d3e' },
    { repository: 'my-nginx', tag: 'v1', id: '0123456789ab' },
  ])), { pulled: true, tagged: true, 'same-id': false });
  assert.deepEqual(passed(snapshot([], [{ repository: 'my-nginx', tag: 'latest', id: '5a1f4c2b9d3e' }])),
    { pulled: false, tagged: false, 'same-id': false });
});
