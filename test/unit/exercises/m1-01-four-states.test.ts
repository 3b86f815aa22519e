import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m1-01-four-states';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';
import { allPassedIn, nonePassedIn, passedIn, runCheck, snapshot, type Row } from './engine-snapshot';

const run = (engine: EngineSnapshot) => runCheck(check, engine);
const passed = (engine: EngineSnapshot) => passedIn(check, engine);
const allPassed = (engine: EngineSnapshot) => allPassedIn(check, engine);
const nonePassed = (engine: EngineSnapshot) => nonePassedIn(check, engine);

test('m1-01-four-states: an engine with nothing on it fails every criterion', () => {
  nonePassed(snapshot());
});

test('m1-01-four-states: every criterion is a sentence in both languages', () => {
  for (const c of run(snapshot())) {
    assert.match(c.text.en, /^[A-Za-z].{20,}[.)]$/);
    assert.match(c.text.ru, /[а-яё]/i);
  }
});

const four: Row[] = [
  { name: 'lc-created', image: 'alpine:3.22', state: 'created', status: 'Created' },
  { name: 'lc-running', image: 'nginx:1.27-alpine', state: 'running', status: 'Up 2 minutes', ports: '80/tcp' },
  { name: 'lc-paused', image: 'nginx:1.27-alpine', state: 'paused', status: 'Up 1 minute (Paused)', ports: '80/tcp' },
  { name: 'lc-exited', image: 'alpine:3.22', state: 'exited', status: 'Exited (3) 40 seconds ago' },
];

test('m1-01-four-states: one container in each state passes', () => {
  allPassed(snapshot(four));
});

test('m1-01-four-states: each wrong state fails only its own criterion', () => {
  const moved = four.map((c) => (c.name === 'lc-paused' ? { ...c, state: 'running', status: 'Up 1 minute' } : c));
  assert.deepEqual(passed(snapshot(moved)), { created: true, running: true, paused: false, 'exited-3': true, 'pinned-images': true });
  const zero = four.map((c) => (c.name === 'lc-exited' ? { ...c, status: 'Exited (0) 1 second ago' } : c));
  assert.equal(passed(snapshot(zero))['exited-3'], false);
  const started = four.map((c) => (c.name === 'lc-created' ? { ...c, state: 'exited', status: 'Exited (0) 1 second ago' } : c));
  assert.equal(passed(snapshot(started)).created, false);
});

test('m1-01-four-states: latest, an untagged image or a missing container fail pinned-images', () => {
  const latest = four.map((c) => (c.name === 'lc-running' ? { ...c, image: 'nginx' } : c));
  assert.equal(passed(snapshot(latest))['pinned-images'], false);
  const orphan = four.map((c) => (c.name === 'lc-exited' ? { ...c, image: 'sha256:' + 'd'.repeat(64) } : c));
  assert.equal(passed(snapshot(orphan))['pinned-images'], false);
  assert.equal(passed(snapshot(four.slice(1)))['pinned-images'], false);
});
