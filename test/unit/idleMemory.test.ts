// The idle collector: activity postpones it, quiet runs it once, and the collection itself
// works on this Node (gc reached without --expose-gc) and gives heap back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectGarbage, IdleCollector } from '../../server/src/idleMemory';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('activity postpones the collection; quiet runs it once', async () => {
  let runs = 0;
  const idle = new IdleCollector(80, () => { runs++; });
  for (let i = 0; i < 6; i++) { idle.noteActivity(); await sleep(30); }
  assert.equal(runs, 0, 'no collection while work keeps coming');
  await sleep(150);
  assert.equal(runs, 1, 'one collection after the quiet period');
  await sleep(150);
  assert.equal(runs, 1, 'and no more without new activity');
  idle.noteActivity();
  await sleep(150);
  assert.equal(runs, 2);
});

test('a full collection runs without --expose-gc and frees unreachable memory', async () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the test runs without --expose-gc');
  let garbage: string[] | undefined = Array.from({ length: 200_000 }, (_, i) => `line ${i} of a file nobody keeps`);
  const withGarbage = process.memoryUsage().heapUsed;
  garbage = undefined;
  collectGarbage();
  await sleep(300); // the collection may finish off the main thread
  collectGarbage();
  await sleep(300);
  assert.equal(garbage, undefined);
  assert.ok(process.memoryUsage().heapUsed < withGarbage - 5_000_000, `heap fell from ${withGarbage} to ${process.memoryUsage().heapUsed}`);
});
