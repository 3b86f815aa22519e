// Shared by the engine exercise tests: a snapshot shaped like the client's docker JSON lines,
// and assertions over a check's criteria.
import assert from 'node:assert/strict';
import type { EngineSnapshot, ExerciseCheck } from '../../../server/src/analysis/exercises/types';

export type Row = Partial<EngineSnapshot['containers'][number]> & { name: string };
export type ImageRow = Partial<EngineSnapshot['images'][number]>;

/** A snapshot shaped like the client's `docker ps -a` and `docker images` JSON lines. */
export function snapshot(containers: Row[] = [], images: ImageRow[] = []): EngineSnapshot {
  return {
    containers: containers.map((c, i) => ({ id: String(i).padStart(64, 'c'), image: '', state: 'exited', status: 'Exited (0) 2 seconds ago', ports: '', ...c })),
    images: images.map((im) => ({ repository: '', tag: '', id: '', size: '8.3MB', ...im })),
    volumes: [],
    networks: [{ name: 'bridge', driver: 'bridge' }, { name: 'host', driver: 'host' }, { name: 'none', driver: 'null' }],
  };
}

export function runCheck(check: ExerciseCheck, engine: EngineSnapshot) {
  assert.equal(check.kind, 'engine');
  return (check.run as (e: EngineSnapshot) => ReturnType<typeof check.run>)(engine);
}
export const passedIn = (check: ExerciseCheck, engine: EngineSnapshot) => Object.fromEntries(runCheck(check, engine).map((c) => [c.id, c.passed]));
export const allPassedIn = (check: ExerciseCheck, engine: EngineSnapshot) => { const r = runCheck(check, engine); assert.ok(r.every((c) => c.passed), JSON.stringify(r)); };
export const nonePassedIn = (check: ExerciseCheck, engine: EngineSnapshot) => { const r = runCheck(check, engine); assert.ok(r.every((c) => !c.passed), JSON.stringify(r)); };
