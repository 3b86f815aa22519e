// Incremental Compose parsing: after any sequence of edits, the model built from the previous
// version's model equals a full parse of the new text (every node with its range, the syntax
// problems, the services, the plain value, the findings), and it really reparses only the
// entry an edit touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { analyzeModel } from '../../../server/src/analysis/analyze';
import { parseCompose, type ComposeModel } from '../../../server/src/analysis/compose/model';
import { kindOf } from '../../../server/src/analysis/fileKinds';
import { CORPUS, filesUnder } from '../helpers';
import { checkRandomTyping } from '../typing';

/** Every node of the document as plain data: kind, range and what rules read of it. */
function nodes(node: unknown, out: unknown[] = []): unknown[] {
  if (isPair(node)) { out.push('pair'); nodes(node.key, out); nodes(node.value, out); return out; }
  if (isScalar(node)) out.push(['scalar', node.range, typeof node.value === 'symbol' ? String(node.value) : node.value, node.type, node.source, node.tag, node.anchor]);
  else if (isAlias(node)) out.push(['alias', node.range, node.source]);
  else if (isMap(node) || isSeq(node)) {
    out.push([isMap(node) ? 'map' : 'seq', node.range, node.flow ?? false, node.tag, node.anchor, node.items.length]);
    for (const item of node.items) nodes(item, out);
  } else out.push(node ?? null);
  return out;
}

function snapshot(m: ComposeModel): unknown {
  let value: unknown;
  try { value = m.value(); } catch (e) { value = `throws ${String(e)}`; }
  return {
    lines: m.lines, range: m.doc.range, nodes: nodes(m.doc.contents), syntax: m.syntax,
    services: m.services.map((s) => [s.name, s.keyRange, m.rangeOf(s.value)]),
    volumes: m.topLevel('volumes').map((s) => [s.name, s.keyRange]), value,
  };
}

function expectSameAsFull(model: ComposeModel, text: string, what: string): void {
  const full = parseCompose(text);
  assert.deepEqual(snapshot(model), snapshot(full), what);
  assert.deepEqual(analyzeModel(model).findings, analyzeModel(full).findings, `${what}: findings`);
}

const samples = filesUnder(CORPUS).filter((f) => kindOf(f) === 'compose' && statSync(f).size < 100_000).map((f) => readFileSync(f, 'utf8'));

const SNIPPETS = ['', 'a', ' ', '  ', '\n', '\n\n', ':', ': ', '- ', '#', '# c\n', '"', "'", '[', ']', '{', '}', ',', '$', '${A}', '&a ', '*a', '<<: *a\n',
  'image: x\n', '\n  extra:\n    image: y\n', '\n    ports:\n      - "80:80"\n', 'services:\n', '\nvolumes:\n  v: {}\n', '|\n', '\t', '\r\n', '---\n'];

test('after any edits the incremental model equals a full parse (corpus, random typing)', () => {
  checkRandomTyping(samples, SNIPPETS, parseCompose, expectSameAsFull);
});

const STACK = 'services:\n' + Array.from({ length: 30 }, (_, i) =>
  `  svc${i}:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:${8000 + i}:80"\n    environment:\n      LEVEL: info\n`).join('') +
  'volumes:\n  data: {}\n';

test('typing inside one service reparses that service only; the others are the same nodes', () => {
  const before = parseCompose(STACK);
  const untouched = before.services[25]?.value;
  const at = STACK.indexOf('LEVEL: info', STACK.indexOf('svc12:')) + 'LEVEL: inf'.length;
  const text = STACK.slice(0, at) + 'ormation' + STACK.slice(at + 1);
  const after = parseCompose(text, before);
  expectSameAsFull(after, text, 'typed in svc12');
  assert.equal(after.services[25]?.value, untouched, 'svc25 keeps its node (moved, not parsed again)');
  assert.equal(after.doc, before.doc, 'the document was updated in place');
});

test('a new service, a new top-level key and a renamed service are parsed as a full parse would', () => {
  const cases = [
    STACK.replace('volumes:', '  added:\n    image: redis:7\nvolumes:'),
    STACK.replace('volumes:\n  data: {}\n', 'volumes:\n  data: {}\n  more: {}\nnetworks:\n  back: {}\n'),
    STACK.replace('svc3:', 'svc4:'), // duplicate key: a syntax error only a full parse sees
    STACK.replace('  svc7:', 'svc7:'), // re-indented: now a top-level key
    STACK.replace('    image: nginx:1.27\n', '    image: &img nginx:1.27\n'), // anchors end incremental work
  ];
  for (const text of cases) expectSameAsFull(parseCompose(text, parseCompose(STACK)), text, JSON.stringify(text.slice(0, 60)));
  for (const text of cases) expectSameAsFull(parseCompose(STACK, parseCompose(text)), STACK, 'and back');
});
