// Property tests over random edits of real files (../shared/corpus) and our fixtures: the
// analysis never throws, stays within a time budget, keeps every range inside the document,
// and every quick fix yields text that no longer has its finding (and applying it again would
// change nothing, because the finding is gone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, fixesFor } from '../../server/src/analysis/analyze';
import { kindOf } from '../../server/src/analysis/fileKinds';
import { applyEdits } from '../../server/src/analysis/text';
import type { FileKind } from '../../server/src/analysis/types';

const root = join(__dirname, '..', '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? files(p) : [p]; });
}

const samples: { kind: FileKind; text: string }[] = [];
for (const dir of [join(root, 'samples'), join(root, 'test', 'fixtures'), ...(existsSync(corpus) ? [corpus] : [])]) {
  for (const f of files(dir)) {
    const kind = kindOf(f);
    if (kind && statSync(f).size < 200_000) samples.push({ kind, text: readFileSync(f, 'utf8') });
  }
}

// Edits a person makes while typing: insert, delete or replace a short piece anywhere.
const SNIPPETS = ['', ' ', '\n', '\\\n', '"', "'", '[', ']', '{', '}', ':', '-', '$', '${', '${X:-', '#', '&&', '|', 'RUN ', 'FROM ', 'COPY --from=', 'AS ', '  ', '\t', 'services:', 'image: ', '- "80:80"', '<<EOF\n', '\r\n', '*a', '&a '];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 12 }), insert: fc.constantFrom(...SNIPPETS) });

function mutate(text: string, edits: { at: number; del: number; insert: string }[]): string {
  let t = text;
  for (const e of edits) {
    const i = Math.floor(e.at * t.length);
    t = t.slice(0, i) + e.insert + t.slice(i + e.del);
  }
  return t;
}

test('random edits: no throw, bounded time, ranges inside the document, fixes remove their finding', () => {
  assert.ok(samples.length > 10, 'samples found');
  if (process.env.CI === 'true') assert.ok(existsSync(corpus), 'in CI the corpus is beside the project');
  fc.assert(fc.property(fc.nat({ max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
    const sample = samples[which] as { kind: FileKind; text: string };
    const text = mutate(sample.text, edits);
    const errors: string[] = [];
    const start = Date.now();
    const { model, findings } = analyze(sample.kind, text, { onInternalError: (c, e) => errors.push(`${c}: ${e instanceof Error ? e.stack : String(e)}`) });
    assert.deepEqual(errors, []);
    assert.ok(Date.now() - start < 3_000, 'analysis within 3 s');
    const lines = sample.kind === 'dockerfile' ? text.split(/\r\n|\r|\n/) : text.split('\n');
    for (const f of findings) {
      for (const p of [f.range.start, f.range.end]) {
        assert.ok(p.line >= 0 && p.line < lines.length, `${f.code}: line ${p.line} of ${lines.length}`);
        assert.ok(p.character >= 0 && p.character <= (lines[p.line] ?? '').replace(/\r$/, '').length + 1, `${f.code}: column ${p.character}`);
      }
    }
    // Fixes assume \n or \r\n line ends; a lone \r (old Mac files) is analysed but not fixed-checked.
    const loneCr = /\r(?!\n)/.test(text);
    for (const f of loneCr ? [] : findings.slice(0, 6)) {
      for (const fix of fixesFor(model, f, 'en')) {
        if (fix.edits.length === 0) continue;
        const fixed = applyEdits(text, fix.edits);
        const again = analyze(sample.kind, fixed).findings.filter((x) => x.code === f.code && x.range.start.line === f.range.start.line && x.message === f.message);
        assert.equal(again.length, 0, `${f.code} "${fix.title}" left its finding\n--- before\n${text.slice(0, 400)}\n--- after\n${fixed.slice(0, 400)}`);
      }
    }
  }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: Number(process.env.PROPERTY_SEED ?? 20261123), includeErrorInReport: true });
});
