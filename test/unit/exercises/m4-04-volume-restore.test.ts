import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m4-04-volume-restore';
import type { EngineSnapshot } from '../../../server/src/analysis/exercises/types';

type Row = Partial<EngineSnapshot['containers'][number]> & { name: string };

function snapshot(containers: Row[] = [], volumes: string[] = []): EngineSnapshot {
  return {
    containers: containers.map((c, i) => ({ id: String(i).padStart(64, 'c'), image: '', state: 'running', status: 'Up 5 seconds', ports: '5432/tcp', ...c })),
    images: [{ repository: 'postgres', tag: '17', id: '4f2a1e0c9b8d', size: '438MB' }],
    volumes: volumes.map((name) => ({ name })),
    networks: [{ name: 'bridge', driver: 'bridge' }, { name: 'host', driver: 'host' }, { name: 'none', driver: 'null' }],
  };
}

function run(engine: EngineSnapshot) {
  assert.equal(check.kind, 'engine');
  return (check.run as (e: EngineSnapshot) => ReturnType<typeof check.run>)(engine);
}
const passed = (engine: EngineSnapshot) => Object.fromEntries(run(engine).map((c) => [c.id, c.passed]));

test('m4-04: an engine with nothing on it fails every criterion', () => {
  const result = run(snapshot());
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m4-04: both volumes and a running restored database pass', () => {
  const engine = snapshot([
    { name: 'notes-db', image: 'postgres:17', state: 'exited', status: 'Exited (0) 1 minute ago' },
    { name: 'notes-restored', image: 'postgres:17' },
  ], ['notes-data', 'notes-data-restored']);
  assert.deepEqual(passed(engine), { 'source-volume': true, 'restored-volume': true, 'restored-running': true });
  const podman = snapshot([{ name: 'notes-restored', image: 'docker.io/library/postgres:17' }], ['notes-data', 'notes-data-restored']);
  assert.ok(run(podman).every((c) => c.passed));
});

test('m4-04: a missing restore, a stopped container or another image fail', () => {
  assert.deepEqual(passed(snapshot([], ['notes-data'])), { 'source-volume': true, 'restored-volume': false, 'restored-running': false });
  const stopped = snapshot([{ name: 'notes-restored', image: 'postgres:17', state: 'exited', status: 'Exited (1) 3 seconds ago' }], ['notes-data', 'notes-data-restored']);
  assert.equal(passed(stopped)['restored-running'], false);
  const other = snapshot([{ name: 'notes-restored', image: 'postgres:16' }], ['notes-data', 'notes-data-restored']);
  assert.equal(passed(other)['restored-running'], false);
});
