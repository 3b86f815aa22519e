import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m1-02-peek-inside';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';
import { allPassedIn, nonePassedIn, passedIn, runCheck, snapshot, type Row } from './engine-snapshot';

const run = (engine: EngineSnapshot) => runCheck(check, engine);
const passed = (engine: EngineSnapshot) => passedIn(check, engine);
const allPassed = (engine: EngineSnapshot) => allPassedIn(check, engine);
const nonePassed = (engine: EngineSnapshot) => nonePassedIn(check, engine);

test('m1-02-peek-inside: an engine with nothing on it fails every criterion', () => {
  nonePassed(snapshot());
});

test('m1-02-peek-inside: every criterion is a sentence in both languages', () => {
  for (const c of run(snapshot())) {
    assert.match(c.text.en, /^[A-Za-z].{20,}[.)]$/);
    assert.match(c.text.ru, /[а-яё]/i);
  }
});

const good: Row[] = [
  { name: 'peek', image: 'nginx:1.27-alpine', state: 'running', status: 'Up 5 minutes', ports: '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp' },
  { name: 'shell-box', image: 'alpine:3.22', state: 'exited', status: 'Exited (0) 3 minutes ago' },
];

test('m1-02-peek-inside: the lesson setup passes', () => {
  allPassed(snapshot(good));
  allPassed(snapshot(good.map((c) => (c.name === 'peek' ? { ...c, ports: '127.0.0.1:8080->80/tcp' } : c))));
});

test('m1-02-peek-inside: a stopped peek, another port or a failed shell do not pass', () => {
  const stopped = good.map((c) => (c.name === 'peek' ? { ...c, state: 'exited', status: 'Exited (0) 1 second ago', ports: '' } : c));
  assert.deepEqual(passed(snapshot(stopped)), { 'peek-running': false, 'peek-port': false, 'shell-box': true });
  const other = good.map((c) => (c.name === 'peek' ? { ...c, ports: '0.0.0.0:18080->80/tcp' } : c));
  assert.equal(passed(snapshot(other))['peek-port'], false);
  const reversed = good.map((c) => (c.name === 'peek' ? { ...c, ports: '0.0.0.0:80->8080/tcp' } : c));
  assert.equal(passed(snapshot(reversed))['peek-port'], false);
  const failed = good.map((c) => (c.name === 'shell-box' ? { ...c, status: 'Exited (1) 2 seconds ago' } : c));
  assert.equal(passed(snapshot(failed))['shell-box'], false);
  const latest = good.map((c) => (c.name === 'peek' ? { ...c, image: 'nginx:latest' } : c));
  assert.equal(passed(snapshot(latest))['peek-running'], false);
});
