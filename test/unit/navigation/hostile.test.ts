// Navigation on half-typed and hostile text: every function answers at every position, fast,
// never throws, and every range it returns lies inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { parseCompose } from '../../../server/src/analysis/compose/model';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { resolveAt } from '../../../server/src/analysis/navigation/crossFile';
import { composeFolds, dockerfileFolds } from '../../../server/src/analysis/navigation/folding';
import { composeLinks } from '../../../server/src/analysis/navigation/links';
import { navIndex } from '../../../server/src/analysis/navigation/references';
import { prepareRename, rename } from '../../../server/src/analysis/navigation/rename';
import { dockerfileTokens } from '../../../server/src/analysis/navigation/semanticTokens';
import { composeSymbols, dockerfileSymbols, type DocSymbol } from '../../../server/src/analysis/navigation/symbols';
import type { Range } from '../../../server/src/analysis/types';
import { memoryProject } from '../compose/project';

// Both models count lines as LSP does: at \n, \r\n and a lone \r.
function assertInside(text: string, ranges: Range[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const r of ranges) {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} inside`);
      assert.ok(p.character >= 0 && p.character <= (lines[p.line] ?? '').length, `column ${p.character} inside line ${p.line}`);
    }
  }
}

const flat = (s: DocSymbol[]): DocSymbol[] => s.flatMap((x) => [x, ...flat(x.children)]);

/** Runs every navigation function; returns the milliseconds they took (the parse not counted). */
function exercise(kind: 'dockerfile' | 'compose', text: string, everyPosition: boolean): number {
  const model = kind === 'dockerfile' ? parseDockerfile(text) : parseCompose(text);
  const start = Date.now();
  const project = memoryProject('/w/compose.yaml', { '/w/compose.yaml': text, '/w/Dockerfile': text });
  const world = { file: kind === 'dockerfile' ? '/w/Dockerfile' : '/w/compose.yaml', project, composeFiles: () => [{ file: '/w/other.yaml', model: parseCompose(text) }] };
  const symbols = model.kind === 'dockerfile' ? dockerfileSymbols(model) : composeSymbols(model);
  assertInside(text, flat(symbols).flatMap((s) => [s.range, s.selectionRange]));
  const folds = model.kind === 'dockerfile' ? dockerfileFolds(model) : composeFolds(model);
  for (const f of folds) assert.ok(f.startLine < f.endLine);
  assertInside(text, navIndex(model).occurrences.map((o) => o.range));
  if (model.kind === 'dockerfile') dockerfileTokens(model);
  else assertInside(text, composeLinks(model, project).map((l) => l.range));
  if (!everyPosition) return Date.now() - start;
  const lines = text.split(/\r\n|\r|\n/);
  for (let line = 0; line < lines.length; line++) {
    for (let character = 0; character <= (lines[line] ?? '').length; character++) {
      const p = { line, character };
      resolveAt(model, p, world);
      prepareRename(model, p, world, 'en');
      rename(model, p, 'new_name', world, 'ru');
    }
  }
  return Date.now() - start;
}

test('half-typed Dockerfiles and compose files, at every position', () => {
  for (const text of [
    '', 'FROM', 'FROM \n', 'FROM x AS', 'FROM x AS \nCOPY --from=', 'ARG\nARG =\nARG A=${', 'RUN echo ${A:-${B:-', 'ENV A', 'FROM a AS b\nFROM b AS a\nCOPY --from=a .', 'RUN <<EOF\n$A\n',
    'FROM x\r\nARG A\r\nRUN $A\r\n', '\ufeffFROM x AS y\n', 'FROM x AS y\nCOPY --from=99 . .\nCOPY --from=-1 . .',
  ]) exercise('dockerfile', text, true);
  for (const text of [
    '', 'services:', 'services:\n  web:\n    depends_on:\n      - ', 'services:\n  web:\n    build:\n      target: \n      args:\n        - =\n',
    'services: [1, 2]', 'volumes:\n  : x\n', 'services:\n  a:\n    network_mode: "service:"\n    links: [":"]\n',
    'services:\n  a:\n    build: {context: ., target: ${T}, args: {$X: 1}}\n', 'a: &a {b: *a}\nservices: *a\n', 'services:\n  "web\\x":\n    depends_on: ["web\\x"]\n',
  ]) exercise('compose', text, true);
});

test('big and binary inputs finish quickly', () => {
  const big = 'FROM debian:12 AS base\nARG V=1\n' + Array.from({ length: 20_000 }, (_, i) => `RUN echo $V ${i} \${V:-x}`).join('\n') + '\nFROM base\nCOPY --from=base / /\n';
  let took = exercise('dockerfile', big, false);
  const bigCompose = 'services:\n' + Array.from({ length: 2_000 }, (_, i) => `  s${i}:\n    image: x:1\n    depends_on: [s${(i + 1) % 2000}]\n    volumes: [v:/v]\n`).join('') + 'volumes:\n  v: {}\n';
  took += exercise('compose', bigCompose, false);
  // The parse (dockerfile-ast, yaml) is not counted: this is what navigation adds to it.
  assert.ok(took < 5_000, `took ${took} ms`);
  const bin = randomBytes(50_000).toString('latin1');
  exercise('dockerfile', bin, false);
  exercise('compose', bin, false);
  exercise('compose', `x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, false);
});
