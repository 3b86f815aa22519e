// Messages from the lesson page are untrusted: only the exact known shapes get through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPageMessage } from '../../../client/src/lessons/messages';

test('the known messages pass with only their own fields', () => {
  assert.deepEqual(readPageMessage({ type: 'ready', extra: 'x' }), { type: 'ready' });
  assert.deepEqual(readPageMessage({ type: 'check' }), { type: 'check' });
  assert.deepEqual(readPageMessage({ type: 'copy', index: 2, file: '../../etc/passwd' }), { type: 'copy', index: 2 });
  assert.deepEqual(readPageMessage({ type: 'create', index: 0 }), { type: 'create', index: 0 });
  assert.deepEqual(readPageMessage({ type: 'quiz', question: 1, choice: 3 }), { type: 'quiz', question: 1, choice: 3 });
  assert.deepEqual(readPageMessage({ type: 'open', id: 'm2-03-cmd-vs-entrypoint', section: 'the-instructions' }),
    { type: 'open', id: 'm2-03-cmd-vs-entrypoint', section: 'the-instructions' });
  assert.deepEqual(readPageMessage({ type: 'scrolled', section: 'the-version-key', found: true }), { type: 'scrolled', section: 'the-version-key', found: true });
});

test('hostile or malformed messages are dropped', () => {
  const hostile: unknown[] = [
    null, undefined, 42, 'ready', [], [{ type: 'ready' }], {},
    { type: 'run', command: 'rm -rf ~' },
    { type: 'copy', index: -1 }, { type: 'copy', index: 1.5 }, { type: 'copy', index: '1' }, { type: 'create', index: 1e9 },
    { type: 'create', index: Number.NaN }, { type: 'quiz', question: 0 }, { type: 'quiz', question: 0, choice: Infinity },
    { type: 'open', id: 'https://example.com' }, { type: 'open', id: '../../secrets' }, { type: 'open', id: 7 },
    { type: 'open', id: '__proto__' }, { type: 'open', id: 'constructor' },
    { type: 'scrolled', section: '<img src=x onerror=alert(1)>', found: true }, { type: 'scrolled', section: 'a', found: 'yes' },
    { type: 'constructor' }, { type: '__proto__' },
  ];
  for (const m of hostile) assert.equal(readPageMessage(m), undefined, JSON.stringify(m) ?? String(m));
});

test('a section that is not a slug is dropped from an open request, the lesson still opens', () => {
  assert.deepEqual(readPageMessage({ type: 'open', id: 'm2-03-cmd-vs-entrypoint', section: 'x" onload="y' }), { type: 'open', id: 'm2-03-cmd-vs-entrypoint' });
  assert.deepEqual(readPageMessage({ type: 'open', id: 'm2-03-cmd-vs-entrypoint', section: 'a'.repeat(81) }), { type: 'open', id: 'm2-03-cmd-vs-entrypoint' });
});
