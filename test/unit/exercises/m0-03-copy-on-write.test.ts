import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m0-03-copy-on-write';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';

type Row = Partial<EngineSnapshot['containers'][number]> & { name: string };
type ImageRow = Partial<EngineSnapshot['images'][number]>;

/** A snapshot shaped like the client's `docker ps -a` and `docker images` JSON lines. */
function snapshot(containers: Row[] = [], images: ImageRow[] = []): EngineSnapshot {
  return {
    containers: containers.map((c, i) => ({ id: String(i).padStart(64, 'c'), image: '', state: 'exited', status: 'Exited (0) 2 seconds ago', ports: '', ...c })),
    images: images.map((im) => ({ repository: '', tag: '', id: '', size: '8.3MB', ...im })),
    volumes: [],
    networks: [{ name: 'bridge', driver: 'bridge' }, { name: 'host', driver: 'host' }, { name: 'none', driver: 'null' }],
  };
}

function run(engine: EngineSnapshot) {
  assert.equal(check.kind, 'engine');
  return (check.run as (e: EngineSnapshot) => ReturnType<typeof check.run>)(engine);
}
const passed = (engine: EngineSnapshot) => Object.fromEntries(run(engine).map((c) => [c.id, c.passed]));
const allPassed = (engine: EngineSnapshot) => { const r = run(engine); assert.ok(r.every((c) => c.passed), JSON.stringify(r)); };
const nonePassed = (engine: EngineSnapshot) => { const r = run(engine); assert.ok(r.every((c) => !c.passed), JSON.stringify(r)); };

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
