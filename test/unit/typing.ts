// Random typing over real files, for the incremental parsers' property tests: each sample gets
// a sequence of edits, and after every edit the model parsed from the previous one is checked.
import assert from 'node:assert/strict';
import fc from 'fast-check';

/** Runs `check(model, text, what)` after each edit of random typing sequences made of `snippets`. */
export function checkRandomTyping<M>(samples: readonly string[], snippets: readonly string[], parse: (text: string, previous?: M) => M,
  check: (model: M, text: string, what: string) => void): void {
  assert.ok(samples.length > 50, `corpus files found (${samples.length})`);
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 30 }), insert: fc.constantFrom(...snippets) });
  fc.assert(fc.property(fc.nat({ max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
    let text = samples[which] as string;
    let model = parse(text);
    for (const [n, e] of edits.entries()) {
      const i = Math.floor(e.at * text.length);
      text = text.slice(0, i) + e.insert + text.slice(i + e.del);
      model = parse(text, model);
      check(model, text, `after edit ${n + 1} (${JSON.stringify(e)})`);
    }
  }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 400), seed: Number(process.env.PROPERTY_SEED ?? 20261205), includeErrorInReport: true });
}
