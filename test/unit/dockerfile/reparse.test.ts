// Incremental Dockerfile parsing: after any sequence of edits, the model built from the
// previous version's model equals a full parse of the new text (instructions, stages, nodes'
// own answers, comments, shell commands, findings), and it really reuses what the edit left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeModel } from '../../../server/src/analysis/analyze';
import { parseDockerfile, propertiesOf, shiftRange, type DockerfileModel } from '../../../server/src/analysis/dockerfile/model';
import { kindOf } from '../../../server/src/analysis/fileKinds';
import { CORPUS, filesUnder } from '../helpers';
import { checkRandomTyping } from '../typing';

/** Everything a rule, hover or fix can read from a model, as plain data. */
function snapshot(m: DockerfileModel): unknown {
  return {
    lines: m.lines, escape: m.escape, eol: m.eol, directives: m.directives, comments: m.comments,
    instructions: m.instructions.map((i) => ({
      keyword: i.keyword, written: i.written, keywordRange: i.keywordRange, range: i.range, flags: i.flags, args: i.args,
      execForm: i.execForm, looksLikeJson: i.looksLikeJson, heredoc: i.heredoc, stage: i.stage,
      raw: i.node.getRawArgumentsContent(), rawArgs: i.rawArgs,
      // The node's own range, moved as the instruction was.
      nodeRange: shiftRange(i.node.getRange(), i.nodeShift), properties: propertiesOf(i),
      commands: i.keyword === 'RUN' ? m.commands(i) : undefined,
    })),
    stages: m.stages.map((s) => ({ index: s.index, name: s.name, nameRange: s.nameRange, base: s.base, from: s.from.range, lines: s.instructions.map((i) => i.range.start.line) })),
    globalArgs: m.globalArgs.map((i) => i.range),
    stageOfBuild: m.stageIndex('build'),
  };
}

test('rawArgs is what dockerfile-ast reads as the raw arguments, for every corpus instruction', () => {
  let count = 0;
  for (const text of samples) {
    for (const i of parseDockerfile(text).instructions) { assert.equal(i.rawArgs, i.node.getRawArgumentsContent() ?? '', i.written); count++; }
  }
  assert.ok(count > 1000, `${count} instructions`);
});

function expectSameAsFull(model: DockerfileModel, text: string, what: string): void {
  const full = parseDockerfile(text);
  assert.deepEqual(snapshot(model), snapshot(full), what);
  assert.deepEqual(analyzeModel(model).findings, analyzeModel(full).findings, `${what}: findings`);
}

const samples = filesUnder(CORPUS).filter((f) => kindOf(f) === 'dockerfile' && statSync(f).size < 100_000).map((f) => readFileSync(f, 'utf8'));
samples.push(readFileSync(join(__dirname, "..", "..", "..", "..", "test", "fixtures", "reparse", "Dockerfile"), 'utf8'));

// What typing does to a Dockerfile, including what makes parsing hard: continuations,
// heredocs, comments inside continuations, stages appearing, directives, line ends.
const SNIPPETS = ['', 'a', ' ', '\n', '\\', '\\\n', ' \\\n', '\n\n', '#', '# c\n', '"', '[', ']', '$', '${A}', 'RUN ', 'FROM ', '\nFROM b AS build\n',
  'AS ', 'COPY --from=build ', '<<EOF\n', 'EOF\n', '\nRUN <<EOF\necho\n', '\r\n', '\r', '# escape=`\n', '`\n', 'ARG A=1\n', 'ENV A B\n', '\t'];

test('after any edits the incremental model equals a full parse (corpus, random typing)', () => {
  checkRandomTyping(samples, SNIPPETS, parseDockerfile, expectSameAsFull);
});

const LONG = Array.from({ length: 40 }, (_, i) => `FROM alpine:3.20 AS s${i}\nRUN apk add --no-cache curl \\\n    && echo ${i}\nCOPY . /app\n`).join('');

test('an edit inside one instruction reuses the instructions before and after it', () => {
  const before = parseDockerfile(LONG);
  const at = LONG.indexOf('echo 20') + 'echo 2'.length;
  const text = LONG.slice(0, at) + '7' + LONG.slice(at + 1);
  const after = parseDockerfile(text, before);
  expectSameAsFull(after, text, 'typed one character');
  assert.equal(after.instructions[0], before.instructions[0], 'the first instruction is the same object');
  assert.equal(after.instructions.at(-1), before.instructions.at(-1), 'the last instruction is the same object');
  const reused = after.instructions.filter((i, n) => i === before.instructions[n]).length;
  assert.ok(reused >= before.instructions.length - 3, `reused ${reused} of ${before.instructions.length}`);
  assert.equal(after.generation, 1);
});

test('a new line keeps the instructions before it; those after it move without a new parse', () => {
  const before = parseDockerfile(LONG);
  const at = LONG.indexOf('COPY . /app', LONG.length / 2);
  const text = LONG.slice(0, at) + 'ENV A=1 B="two words"\n' + LONG.slice(at);
  const after = parseDockerfile(text, before);
  expectSameAsFull(after, text, 'added a line');
  assert.equal(after.instructions[5], before.instructions[5]);
  const last = after.instructions.at(-1);
  assert.equal(last?.node, before.instructions.at(-1)?.node, 'the last instruction keeps its node');
  assert.equal(last?.range.start.line, (before.instructions.at(-1)?.range.start.line ?? 0) + 1, 'one line further down');
  assert.equal(last?.nodeShift, 1);
  // And back: the moved instructions move again.
  const back = parseDockerfile(LONG, after);
  expectSameAsFull(back, LONG, 'removed it again');
  assert.equal(back.instructions.at(-1)?.node, before.instructions.at(-1)?.node);
});

test('a continuation or heredoc that reaches past the edited lines is parsed as a full parse would', () => {
  const base = 'FROM a\nRUN one\n\nRUN two\nRUN three\n';
  const cases = [
    base.replace('RUN one', 'RUN one \\'), // the blank line and `RUN two` join the first RUN
    base.replace('RUN one', 'RUN <<EOF'), // an unterminated heredoc swallows the rest
    base.replace('RUN two', 'RUN two \\'),
    base.replace('\nRUN two', '# note\nRUN two'),
  ];
  for (const text of cases) expectSameAsFull(parseDockerfile(text, parseDockerfile(base)), text, JSON.stringify(text));
  // And back again.
  for (const text of cases) expectSameAsFull(parseDockerfile(base, parseDockerfile(text)), base, `back from ${JSON.stringify(text)}`);
});

test('adding a stage renumbers the stages of the instructions after it', () => {
  const before = parseDockerfile(LONG);
  const at = LONG.indexOf('COPY . /app');
  const text = LONG.slice(0, at) + 'FROM busybox AS extra\n' + LONG.slice(at);
  const after = parseDockerfile(text, before);
  expectSameAsFull(after, text, 'added a FROM');
  assert.equal(after.stages.length, before.stages.length + 1);
});

test('an escape directive edit, or a long chain of edits, falls back to a full parse', () => {
  const text = '# escape=`\nFROM a\nRUN x `\n  y\n';
  const model = parseDockerfile(text.replace('`\nFROM', '\\\nFROM'), parseDockerfile(text));
  expectSameAsFull(model, text.replace('`\nFROM', '\\\nFROM'), 'directive changed');
  let m = parseDockerfile(LONG);
  let t = LONG;
  for (let n = 0; n < 205; n++) { t = t.replace(/echo \d+/, `echo ${n}`); m = parseDockerfile(t, m); }
  assert.ok(m.generation < 200, 'a full parse ran within 200 incremental ones');
  expectSameAsFull(m, t, 'after 205 edits');
});
