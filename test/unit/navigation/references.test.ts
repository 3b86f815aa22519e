// The navigation index (one per document): what is declared, what refers to it, which names must
// change together. Positions in the helpers are 1-based line:column, like the CLI prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCompose } from '../../../server/src/analysis/compose/model';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { definitionsOf, exactName, navIndex, occurrenceAt, occurrencesOf, type NavIndex } from '../../../server/src/analysis/navigation/references';
import { rangeText } from '../helpers';

const at = (line: number, column: number) => ({ line: line - 1, character: column - 1 });

/** Every occurrence of the symbol at line:column, as `range[D]` (D for declarations). */
function group(index: NavIndex, line: number, column: number): string[] {
  const o = occurrenceAt(index, at(line, column));
  assert.ok(o, `something at ${line}:${column}`);
  return occurrencesOf(index, o.id).map((x) => `${rangeText(x.range)}${x.declaration ? 'D' : ''}`);
}

function definition(index: NavIndex, line: number, column: number): string[] {
  const o = occurrenceAt(index, at(line, column));
  assert.ok(o, `something at ${line}:${column}`);
  return definitionsOf(index, o).map(rangeText);
}

test('stages: the name, FROM <stage>, COPY --from and RUN --mount from; a number is a reference that rename skips', () => {
  const index = navIndex(parseDockerfile([
    'FROM node:22 AS Build', // 1
    'FROM build AS test', // 2
    'FROM scratch', // 3
    'COPY --from=BUILD /a /a', // 4
    'COPY --from=0 /b /b', // 5
    'RUN --mount=type=cache,from=build,target=/c true', // 6
    'COPY --from=$X /d /d', // 7
    'COPY --from=nginx:1.27 /e /e', // 8
  ].join('\n')));
  assert.deepEqual(group(index, 4, 14), ['1:17-1:22D', '2:6-2:11', '4:13-4:18', '5:13-5:14', '6:29-6:34']);
  const byNumber = occurrenceAt(index, at(5, 13));
  assert.equal(byNumber?.byIndex, true);
  assert.equal(byNumber?.renamable, false);
  assert.equal(occurrenceAt(index, at(7, 14))?.kind, 'variable', '$X is a variable, not a stage');
  assert.equal(occurrenceAt(index, at(8, 15)), undefined, 'an image is not a stage');
  assert.deepEqual(definition(index, 6, 30), ['1:17-1:22']);
});

test('an unnamed stage is declared at its FROM keyword, by number only', () => {
  const index = navIndex(parseDockerfile('FROM alpine:3.20\nRUN true\nFROM scratch\nCOPY --from=0 /a /a\n'));
  assert.deepEqual(group(index, 4, 13), ['1:1-1:5D', '4:13-4:14']);
  assert.equal(occurrenceAt(index, at(1, 2))?.renamable, false);
});

test('variables follow BuildKit scope: a global ARG in FROM, a redeclared ARG, ENV inherited through FROM <stage>', () => {
  const index = navIndex(parseDockerfile([
    'ARG V=1', // 1
    'FROM alpine:$V AS base', // 2
    'ARG V', // 3
    'ENV HOME_DIR=/srv OTHER=$HOME_DIR', // 4
    'RUN echo $V $HOME_DIR', // 5
    'FROM base AS next', // 6
    'WORKDIR $HOME_DIR', // 7
    'FROM alpine:3.20', // 8
    'ENV HOME_DIR=/other', // 9
    'RUN echo $HOME_DIR $V', // 10
  ].join('\n')));
  assert.deepEqual(definition(index, 2, 14), ['1:5-1:6'], 'FROM sees the global ARG');
  assert.deepEqual(definition(index, 5, 11), ['3:5-3:6'], 'in the stage, the redeclared ARG');
  assert.deepEqual(definition(index, 7, 10), ['4:5-4:13'], 'ENV inherited from the stage built FROM');
  assert.deepEqual(definition(index, 10, 11), ['9:5-9:13'], 'another stage has its own ENV');
  assert.deepEqual(definition(index, 4, 26), [], 'ENV A=1 B=$A reads A from before the instruction');
  // One ARG name is one group: --build-arg V sets every ARG V; a use the scope misses stays with them.
  assert.deepEqual(group(index, 1, 5), ['1:5-1:6D', '2:14-2:15', '3:5-3:6D', '5:11-5:12', '10:21-10:22']);
  assert.equal(occurrenceAt(index, at(10, 21))?.binding, 'none');
  assert.equal(occurrenceAt(index, at(10, 21))?.buildArg, true);
  // ENV names of unrelated stages are separate groups.
  assert.deepEqual(group(index, 9, 5), ['9:5-9:13D', '10:11-10:19']);
  assert.deepEqual(group(index, 4, 5), ['4:5-4:13D', '5:14-5:22', '7:10-7:18']);
});

test('ARG A=1 B=$A: each default sees the names declared before it; ENV over an ARG joins its group', () => {
  const index = navIndex(parseDockerfile('FROM alpine:3.20\nARG A=1 B=${A:-0}\nENV A=$A\nRUN echo $A$B\n'));
  assert.deepEqual(definition(index, 2, 13), ['2:5-2:6']);
  assert.deepEqual(group(index, 2, 5), ['2:5-2:6D', '2:13-2:14', '3:5-3:6D', '3:8-3:9', '4:11-4:12']);
  assert.equal(occurrenceAt(index, at(4, 13))?.name, 'B', 'at the seam of $A$B, the one that starts there');
  assert.equal(occurrenceAt(index, at(4, 11))?.name, 'A');
});

test('compose: services, volumes, networks, secrets and configs with their references, names exactly', () => {
  const text = [
    'services:', // 1
    '  web:', // 2
    '    depends_on: ["db"]', // 3
    '    volumes: ["data:/d", {type: volume, source: \'logs\', target: /l}]', // 4
    '    networks: {back: {}}', // 5
    '    configs: [{source: app}]', // 6
    '    volumes_from: ["service:db:ro"]', // 7
    '  db: {}', // 8
    'volumes: {data: {}, logs: {}}', // 9
    'networks: {back: {}}', // 10
    'configs: {app: {file: ./a}}', // 11
  ].join('\n');
  const index = navIndex(parseCompose(text));
  assert.deepEqual(group(index, 8, 3), ['3:19-3:21', '7:29-7:31', '8:3-8:5D']);
  assert.deepEqual(group(index, 4, 17), ['4:16-4:20', '9:11-9:15D']);
  assert.deepEqual(group(index, 4, 50), ['4:50-4:54', '9:21-9:25D']);
  assert.deepEqual(group(index, 5, 17), ['5:16-5:20', '10:12-10:16D']);
  assert.deepEqual(group(index, 6, 25), ['6:24-6:27', '11:11-11:14D']);
  assert.ok(index.occurrences.every((o) => o.renamable));
});

test('exactName: quotes skipped, an offset into the value, escapes refused', () => {
  const lines = ['a: "service:db"', 'b: "d\\x62"', 'c: db'];
  const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
  assert.deepEqual(exactName(lines, range(0, 3, 15), 'db', 8), range(0, 12, 14));
  assert.equal(exactName(lines, range(1, 3, 10), 'db'), undefined);
  assert.deepEqual(exactName(lines, range(2, 3, 5), 'db'), range(2, 3, 5));
  assert.equal(exactName(lines, range(2, 3, 5), ''), undefined);
});

test('the index is built once per model', () => {
  const model = parseDockerfile('FROM alpine:3.20\n');
  assert.equal(navIndex(model), navIndex(model));
});
