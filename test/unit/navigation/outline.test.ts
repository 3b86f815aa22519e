// Document symbols and folding ranges as pure functions: exact ranges, children inside parents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCompose } from '../../../server/src/analysis/compose/model';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { composeFolds, dockerfileFolds } from '../../../server/src/analysis/navigation/folding';
import { composeSymbols, dockerfileSymbols, type DocSymbol } from '../../../server/src/analysis/navigation/symbols';
import { comparePositions, type Range } from '../../../server/src/analysis/types';
import { rangeText } from '../helpers';

const inside = (inner: Range, outer: Range) => comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;

/** Every symbol's selection range and children lie inside its range (what editors require). */
function assertNested(symbols: DocSymbol[], parent?: DocSymbol): void {
  for (const s of symbols) {
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} inside ${parent.name}`);
    assertNested(s.children, s);
  }
}

const outline = (symbols: DocSymbol[], depth = 0): string[] => symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''} ${rangeText(s.range)}`, ...outline(s.children, depth + 1)]);

test('Dockerfile outline: global ARGs, stages named or numbered, instructions with a one-line summary', () => {
  const text = 'ARG BASE=alpine:3.20\nFROM ${BASE} AS build\nRUN apk add --no-cache \\\n    make gcc\nCOPY <<EOF /etc/x\nhello\nEOF\nFROM scratch\nCOPY --from=build /a /a\n';
  const symbols = dockerfileSymbols(parseDockerfile(text));
  assert.deepEqual(outline(symbols), [
    'variable ARG (BASE=alpine:3.20) 1:1-1:21',
    'stage build (FROM ${BASE}) 2:1-7:4',
    '  instruction RUN (apk add --no-cache) 3:1-4:13',
    '  instruction COPY (<<EOF /etc/x) 5:1-7:4',
    'stage stage 1 (FROM scratch) 8:1-9:24',
    '  instruction COPY (--from=build /a /a) 9:1-9:24',
  ]);
  assertNested(symbols);
});

test('Compose outline: sections, services with their keys, resources; merge keys stay out', () => {
  const text = 'x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: "nginx:1.27"\n    ports: ["80:80"]\n  db:\nvolumes:\n  data: {}\nsecrets:\n  pw:\n    file: ./pw\nconfigs: {}\n';
  const symbols = composeSymbols(parseCompose(text));
  assert.deepEqual(outline(symbols), [
    'key x-base 1:1-2:18',
    'section services 3:1-8:6',
    '  service web (nginx:1.27) 4:3-7:21',
    '    key image (nginx:1.27) 6:5-6:24',
    '    key ports 7:5-7:21',
    '  service db 8:3-8:6',
    'section volumes 9:1-10:11',
    '  volume data 10:3-10:11',
    'section secrets 11:1-13:15',
    '  secret pw 12:3-13:15',
    'section configs 14:1-14:12',
  ]);
  assertNested(symbols);
});

test('Dockerfile folding: stage, continued RUN, heredoc, comment block; one fold per start line', () => {
  const text = '# one\n# two\n\nFROM alpine:3.20 AS a\nRUN a \\\n  b\n# lone\nFROM alpine:3.20 \\\n  AS b\nRUN <<EOF\nx\nEOF\n';
  assert.deepEqual(dockerfileFolds(parseDockerfile(text)), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 3, endLine: 5 },
    { startLine: 4, endLine: 5 },
    { startLine: 7, endLine: 11 },
    { startLine: 9, endLine: 11 },
  ]);
});

test('Compose folding: block and flow collections, sequence items, block scalars and comments', () => {
  const text = '# a\n# b\nservices:\n  web:\n    command: |\n      one\n      two\n    ports:\n      - target: 80\n        published: 8080\n    x: {a: 1,\n      b: 2}\n';
  assert.deepEqual(composeFolds(parseCompose(text)), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 2, endLine: 11 },
    { startLine: 3, endLine: 11 },
    { startLine: 4, endLine: 6 },
    { startLine: 7, endLine: 9 },
    { startLine: 8, endLine: 9 },
    { startLine: 10, endLine: 11 },
  ]);
});
