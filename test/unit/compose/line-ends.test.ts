// Compose ranges count lines as LSP does (\r\n, a lone \r and \n all end a line), although yaml
// itself breaks lines only at \n: otherwise a lone \r (an old Mac file, a paste) shifts every
// squiggle after it onto the wrong line, or past the end of one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fixesFor } from '../../../server/src/analysis/analyze';
import type { ComposeModel } from '../../../server/src/analysis/compose/model';
import { composeHover } from '../../../server/src/analysis/hover/compose';
import { composeFolds } from '../../../server/src/analysis/navigation/folding';
import { composeSymbols, type DocSymbol } from '../../../server/src/analysis/navigation/symbols';
import { navIndex } from '../../../server/src/analysis/navigation/references';
import { ignoreCommentEdit } from '../../../server/src/analysis/ignoreFix';
import { applyEdits, splitLines } from '../../../server/src/analysis/text';
import type { Range } from '../../../server/src/analysis/types';

const TEXTS: Record<string, string> = {
  'lone \\r only (an old Mac file)': 'services:\r  web:\r    image: nginx\r    depends_on: [dbx]\r  db:\r    image: postgres\r',
  'a lone \\r in a comment and in a value': [
    'services:',
    '  web:   # first\rsecond',
    '    image: "nginx\r:1.27"',
    '    depends_on: [dbx]',
    '    ports: ["70000:80"]',
    '  db:',
    '    image: postgres',
    '',
  ].join('\n'),
  'mixed \\r\\n, \\r and \\n': 'services:\r\n  web:\r    image: nginx:1.27\n    depends_on: [dbx]\r\n    privileged: true\r',
};

function inside(lines: readonly string[], r: Range, label: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${label}: line ${p.line} is inside the document (${lines.length} lines)`);
    assert.ok(p.character >= 0 && p.character <= (lines[p.line] as string).length, `${label}: column ${p.character} is inside line ${p.line} (${JSON.stringify(lines[p.line])})`);
  }
}

const allSymbols = (list: DocSymbol[]): DocSymbol[] => list.flatMap((s) => [s, ...allSymbols(s.children)]);

for (const [name, text] of Object.entries(TEXTS)) {
  test(`compose with ${name}: every range of every finding, fix and navigation result lies inside the document`, () => {
    const lines = splitLines(text);
    const { model, findings } = analyze('compose', text, { onInternalError: (code, e) => assert.fail(`${code} threw: ${String(e)}`) });
    assert.ok(findings.length > 0, 'the text has findings to place');
    for (const f of findings) {
      inside(lines, f.range, f.code);
      for (const fix of fixesFor(model, f, 'en')) for (const e of fix.edits) inside(lines, e.range, `${f.code} fix "${fix.title}"`);
      const ignore = ignoreCommentEdit(model, f.code, f.range.start.line);
      if (ignore) inside(lines, ignore.range, `ignore ${f.code}`);
    }
    const compose = model as ComposeModel;
    for (const s of allSymbols(composeSymbols(compose))) { inside(lines, s.range, `symbol ${s.name}`); inside(lines, s.selectionRange, `symbol ${s.name}`); }
    for (const f of composeFolds(compose)) assert.ok(f.startLine >= 0 && f.endLine < lines.length, `fold ${f.startLine}-${f.endLine}`);
    for (const o of navIndex(compose).occurrences) inside(lines, o.range, `occurrence ${o.name}`);
    lines.forEach((line, i) => {
      const h = composeHover(compose, { line: i, character: Math.floor(line.length / 2) }, 'en');
      if (h?.range) inside(lines, h.range, `hover on line ${i}`);
    });
  });
}

test('a finding after a lone \\r names the text on its LSP line', () => {
  const text = TEXTS['a lone \\r in a comment and in a value'] as string;
  const lines = splitLines(text);
  const { findings } = analyze('compose', text);
  const dc004 = findings.find((f) => f.code === 'DC004');
  assert.ok(dc004, findings.map((f) => f.code).join());
  assert.equal(dc004.range.start.line, 5, 'line 6 as the editor counts (the lone \\r in the comment starts a line)');
  const r = dc004.range;
  assert.equal((lines[r.start.line] as string).slice(r.start.character, r.end.character), 'dbx');
});

test('a fix applies on the right line of a text with lone \\r', () => {
  const text = 'services:\r  web:\r    image: nginx:1.27\r    depends_on: [dbx]\r  db:\r    image: postgres:17\r';
  const { model, findings } = analyze('compose', text);
  // yaml reads this as one line of plain text; the model's line table still has the editor's lines.
  assert.equal((model as ComposeModel).lines.length, 7);
  for (const f of findings) assert.ok(f.range.end.line < 7);
  const ignore = ignoreCommentEdit(model, 'DC001', 3);
  assert.ok(ignore);
  assert.equal(applyEdits(text, [ignore]), text.replace('    depends_on', '    # docker-coach ignore=DC001\r    depends_on'));
});
