// Learner progress survives a corrupt or missing stored value: whatever globalState holds reads as
// "nothing started" or keeps only its valid parts, and the next update writes a valid shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { ProgressStore, type LessonProgress } from '../../../client/src/lessons/progress';

const KEY = 'dockerCoach.progress';
const LESSON = 'm2-01-first-dockerfile';

/** globalState in memory. VS Code stores values as JSON, so this does too: what comes back is parsed JSON. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, string>();
  constructor(initial?: unknown) { if (initial !== undefined) this.values.set(KEY, JSON.stringify(initial)); }
  /** Puts raw JSON text in, as a corrupt storage file would hold it. */
  static fromJson(json: string): MemoryMemento { const m = new MemoryMemento(); m.values.set(KEY, json); return m; }
  keys(): readonly string[] { return [...this.values.keys()]; }
  get<T>(key: string, defaultValue?: T): T | undefined {
    const raw = this.values.get(key);
    return raw === undefined ? defaultValue : JSON.parse(raw) as T;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) this.values.delete(key); else this.values.set(key, JSON.stringify(value));
    return Promise.resolve();
  }
  stored(): unknown { return this.get(KEY); }
}

const NOTHING: LessonProgress = { opened: false, exercisePassed: false, quiz: {} };

function assertNothingStarted(store: ProgressStore, label: string): void {
  assert.equal(store.status(LESSON, 2), 'not-started', label);
  assert.deepEqual(store.get(LESSON), NOTHING, label);
  assert.equal(store.last(), undefined, label);
}

/** The shape ProgressStore writes: version 1, a map of lessons with booleans, `last` a string. */
function assertValidShape(value: unknown): void {
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value), 'an object');
  const v = value as Record<string, unknown>;
  assert.equal(v.version, 1);
  assert.ok(v.last === undefined || typeof v.last === 'string', 'last is a string or absent');
  assert.ok(typeof v.lessons === 'object' && v.lessons !== null && !Array.isArray(v.lessons), 'lessons is a map');
  for (const [id, p] of Object.entries(v.lessons as Record<string, unknown>)) {
    const e = p as Record<string, unknown>;
    assert.equal(typeof e.opened, 'boolean', `${id}.opened`);
    assert.equal(typeof e.exercisePassed, 'boolean', `${id}.exercisePassed`);
    assert.ok(typeof e.quiz === 'object' && e.quiz !== null && !Array.isArray(e.quiz), `${id}.quiz is a map`);
    for (const [q, answer] of Object.entries(e.quiz as Record<string, unknown>)) assert.equal(typeof answer, 'boolean', `${id}.quiz.${q}`);
  }
}

test('missing state reads as nothing started; the first update writes a valid shape', async () => {
  const memento = new MemoryMemento();
  const store = new ProgressStore(memento);
  assertNothingStarted(store, 'missing');
  await store.update(LESSON, (p) => { p.opened = true; });
  assertValidShape(memento.stored());
  assert.equal(store.status(LESSON, 2), 'in-progress');
  assert.equal(store.last(), LESSON);
});

test('a corrupt value of the wrong shape reads as nothing started, and update() replaces it with a valid one', async () => {
  const corrupt: unknown[] = [
    'progress', '', 42, true, null, [], [{ version: 1, lessons: {} }],
    {}, { version: 2, lessons: { [LESSON]: { opened: true, exercisePassed: true, quiz: {} } } }, { version: '1', lessons: {} },
    { version: 1 }, { version: 1, lessons: 5 }, { version: 1, lessons: 'all of them' }, { version: 1, lessons: null },
    { version: 1, lessons: {}, last: 7 }, { version: 1, lessons: {}, last: { id: LESSON } },
  ];
  for (const value of corrupt) {
    const label = JSON.stringify(value);
    const memento = new MemoryMemento(value);
    const store = new ProgressStore(memento);
    assertNothingStarted(store, label);
    await store.update(LESSON, (p) => { p.quiz.q0 = true; });
    assertValidShape(memento.stored());
    assert.deepEqual(store.get(LESSON), { opened: false, exercisePassed: false, quiz: { q0: true } }, label);
  }
});

test('lesson entries of the wrong types are dropped or cleaned; valid parts are kept', async () => {
  const memento = new MemoryMemento({
    version: 1,
    last: 'm1-01-what-is-docker',
    lessons: {
      'a-string': 'done', 'a-null': null, 'a-number': 3, 'an-array': [true, true],
      'wrong-fields': { opened: 'true', exercisePassed: 1, quiz: 'all' },
      'quiz-mixed': { opened: true, exercisePassed: false, quiz: { q0: true, q1: 'yes', q2: false, q3: null, q4: { nested: true } } },
      [LESSON]: { opened: true, exercisePassed: true, quiz: { q0: true, q1: true }, extra: 'dropped' },
    },
  });
  const store = new ProgressStore(memento);
  assert.equal(store.last(), 'm1-01-what-is-docker');
  assert.equal(store.status(LESSON, 2), 'done');
  assert.deepEqual(store.get(LESSON), { opened: true, exercisePassed: true, quiz: { q0: true, q1: true } });
  for (const id of ['a-string', 'a-null', 'a-number', 'missing']) assert.deepEqual(store.get(id), NOTHING, id);
  assert.deepEqual(store.get('wrong-fields'), NOTHING, 'strings and numbers are not booleans');
  assert.deepEqual(store.get('quiz-mixed'), { opened: true, exercisePassed: false, quiz: { q0: true, q2: false } });
  assert.equal(store.status('quiz-mixed', 1), 'in-progress');

  await store.update('quiz-mixed', (p) => { p.exercisePassed = true; });
  const written = memento.stored() as { lessons: Record<string, unknown>; last: string };
  assertValidShape(written);
  assert.equal(written.last, 'quiz-mixed');
  assert.deepEqual(written.lessons[LESSON], { opened: true, exercisePassed: true, quiz: { q0: true, q1: true } }, 'valid progress survives the rewrite');
  assert.equal(store.status('quiz-mixed', 1), 'done');
});

test('keys like __proto__ in stored JSON neither pollute prototypes nor mark lessons started', async () => {
  const memento = MemoryMemento.fromJson(`{"version":1,"lessons":{"__proto__":{"opened":true,"exercisePassed":true,"quiz":{"q0":true}},
    "${LESSON}":{"opened":true,"exercisePassed":false,"quiz":{"__proto__":true,"constructor":true}}}}`);
  const store = new ProgressStore(memento);
  assert.equal(store.status('m1-01-what-is-docker', 0), 'not-started');
  assert.equal(store.status(LESSON, 1), 'in-progress');
  await store.update(LESSON, (p) => { p.exercisePassed = true; });
  assertValidShape(memento.stored());
  assert.equal(({} as Record<string, unknown>).opened, undefined, 'Object.prototype untouched');
});

test('a huge stored object reads quickly and is rewritten in a valid shape', async () => {
  const lessons: Record<string, unknown> = {};
  for (let i = 0; i < 100_000; i++) lessons[`lesson-${i}`] = i % 3 === 0 ? 'junk' : { opened: true, exercisePassed: i % 2 === 0, quiz: { q0: true, q1: 'x' } };
  lessons[LESSON] = { opened: true, exercisePassed: true, quiz: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`q${i}`, i % 2 === 0 ? true : 'no'])) };
  const memento = new MemoryMemento({ version: 1, lessons, last: 'x'.repeat(1_000_000) });
  const store = new ProgressStore(memento);
  const start = Date.now();
  assert.equal(store.status(LESSON, 5_000), 'done');
  assert.deepEqual(store.get('lesson-0'), NOTHING);
  assert.deepEqual(store.get('lesson-1'), { opened: true, exercisePassed: false, quiz: { q0: true } });
  await store.update('lesson-2', (p) => { p.quiz.q1 = true; });
  assert.ok(Date.now() - start < 5_000, `took ${Date.now() - start} ms`);
  assertValidShape(memento.stored());
  assert.equal(store.last(), 'lesson-2');
});

test('reset() after corrupt state leaves nothing started', async () => {
  const memento = new MemoryMemento('garbage');
  const store = new ProgressStore(memento);
  let changes = 0;
  store.onDidChange(() => changes++);
  await store.reset();
  assertValidShape(memento.stored());
  assertNothingStarted(store, 'after reset');
  assert.equal(changes, 1);
});
