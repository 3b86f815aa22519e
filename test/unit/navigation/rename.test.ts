// Cross-file resolution and rename as pure functions over an in-memory project: a compose file
// and the Dockerfile it builds name the same stage (build.target) and ARGs (build.args).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCompose } from '../../../server/src/analysis/compose/model';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { resolveAt, type NavWorld } from '../../../server/src/analysis/navigation/crossFile';
import { invalidName, prepareRename, rename, type FileEdits } from '../../../server/src/analysis/navigation/rename';
import { applyEdits } from '../../../server/src/analysis/text';
import { memoryProject } from '../compose/project';
import { rangeText } from '../helpers';

const COMPOSE = '/p/compose.yaml';
const DOCKERFILE = '/p/api/Dockerfile';
const FILES: Record<string, string> = {
  [COMPOSE]: 'services:\n  api:\n    build:\n      context: api\n      target: "runtime"\n      args:\n        VERSION: "1"\n  worker:\n    build: {context: ./api, target: runtime, args: [VERSION=2, OTHER]}\n',
  [DOCKERFILE]: 'ARG VERSION\nFROM alpine:3.20 AS runtime\nARG VERSION\nRUN echo $VERSION\nFROM runtime AS test\n',
  '/p/deploy/compose.prod.yaml': 'services:\n  api:\n    build: {context: ../api, target: runtime}\n',
};
const at = (line: number, column: number) => ({ line: line - 1, character: column - 1 });

function composeWorld(files = FILES): NavWorld {
  const project = memoryProject(COMPOSE, files);
  return { file: COMPOSE, project, composeFiles: () => Object.keys(files).filter((f) => f.endsWith('.yaml')).map((file) => ({ file, model: parseCompose(files[file] as string) })) };
}

function dockerfileWorld(files = FILES): NavWorld {
  return { ...composeWorld(files), file: DOCKERFILE, project: memoryProject(DOCKERFILE, files) };
}

/** Applies rename edits to the files; returns the changed files' new texts. */
function applyRename(changes: FileEdits[], self: string, files = FILES): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of changes) {
    const file = c.file ?? self;
    out[file] = applyEdits(files[file] as string, c.edits);
  }
  return out;
}

test('compose build.target resolves to the Dockerfile stage; references span both files and other compose files', () => {
  const t = resolveAt(parseCompose(FILES[COMPOSE] as string), at(5, 17), composeWorld());
  assert.ok(t);
  assert.deepEqual(t.definitions.map((p) => `${p.file} ${rangeText(p.range)}`), [`${DOCKERFILE} 2:21-2:28`]);
  assert.deepEqual(t.references.map((p) => `${p.file ?? 'self'} ${rangeText(p.range)}`), [
    'self 5:16-5:23', 'self 9:37-9:44', `${DOCKERFILE} 2:21-2:28`, `${DOCKERFILE} 5:6-5:13`, '/p/deploy/compose.prod.yaml 3:38-3:45',
  ]);
  assert.equal(t.problem, undefined);
});

test('rename from compose: the stage in the Dockerfile and in every compose file that builds it', () => {
  const result = rename(parseCompose(FILES[COMPOSE] as string), at(5, 17), 'serve', composeWorld(), 'en');
  assert.ok(result && 'changes' in result);
  const out = applyRename(result.changes, COMPOSE);
  assert.equal(out[COMPOSE], 'services:\n  api:\n    build:\n      context: api\n      target: "serve"\n      args:\n        VERSION: "1"\n  worker:\n    build: {context: ./api, target: serve, args: [VERSION=2, OTHER]}\n');
  assert.equal(out[DOCKERFILE], 'ARG VERSION\nFROM alpine:3.20 AS serve\nARG VERSION\nRUN echo $VERSION\nFROM serve AS test\n');
  assert.equal(out['/p/deploy/compose.prod.yaml'], 'services:\n  api:\n    build: {context: ../api, target: serve}\n');
});

test('rename an ARG from the Dockerfile: every ARG of the name and the build.args keys (map and list form)', () => {
  const result = rename(parseDockerfile(FILES[DOCKERFILE] as string), at(4, 12), 'APP_VERSION', dockerfileWorld(), 'en');
  assert.ok(result && 'changes' in result);
  const out = applyRename(result.changes, DOCKERFILE);
  assert.equal(out[DOCKERFILE], 'ARG APP_VERSION\nFROM alpine:3.20 AS runtime\nARG APP_VERSION\nRUN echo $APP_VERSION\nFROM runtime AS test\n');
  assert.equal(out[COMPOSE], 'services:\n  api:\n    build:\n      context: api\n      target: "runtime"\n      args:\n        APP_VERSION: "1"\n  worker:\n    build: {context: ./api, target: runtime, args: [APP_VERSION=2, OTHER]}\n');
  assert.equal(out['/p/deploy/compose.prod.yaml'], undefined, 'a file that does not name it is left alone');
});

test('an ENV-only variable is renamed in the Dockerfile only', () => {
  const files = { ...FILES, [DOCKERFILE]: 'FROM alpine:3.20\nENV VERSION=1\nRUN echo $VERSION\n' };
  const result = rename(parseDockerfile(files[DOCKERFILE]), at(3, 12), 'V2', dockerfileWorld(files), 'en');
  assert.ok(result && 'changes' in result);
  assert.deepEqual(result.changes.map((c) => c.file), [undefined]);
});

test('a target or build arg the Dockerfile does not declare, or a Dockerfile that is missing, cannot be renamed', () => {
  const text = 'services:\n  a:\n    build: {context: ./api, target: nope, args: {MISSING: "1"}}\n  b:\n    build: {context: ./gone, target: x}\n';
  const model = parseCompose(text);
  const world = composeWorld();
  assert.deepEqual(prepareRename(model, at(3, 38), world, 'en'), { error: '"nope" is not declared where Docker Coach can see it (it may come from the base image, another file or the environment), so it cannot be renamed here.' });
  assert.match((prepareRename(model, at(3, 52), world, 'en') as { error: string }).error, /"MISSING" is not declared/);
  assert.match((prepareRename(model, at(5, 38), world, 'ru') as { error: string }).error, /Dockerfile, который собирает этот сервис, не удаётся прочитать/);
  assert.equal(resolveAt(model, at(3, 38), world)?.definitions.length, 0);
});

test('a reference that cannot be rewritten exactly makes the rename refuse rather than half-rename', () => {
  const text = 'services:\n  web:\n    depends_on: ["d\\x62"]\n  db: {}\n';
  assert.match((prepareRename(parseCompose(text), at(4, 3), {}, 'en') as { error: string }).error, /cannot be rewritten safely/);
});

test('without a project, everything stays in the document', () => {
  const t = resolveAt(parseCompose(FILES[COMPOSE] as string), at(5, 17), {});
  assert.equal(t, undefined, 'build.target is only meaningful with the Dockerfile');
  const df = rename(parseDockerfile(FILES[DOCKERFILE] as string), at(2, 22), 'serve', {}, 'en');
  assert.ok(df && 'changes' in df);
  assert.deepEqual(df.changes.map((c) => c.file), [undefined]);
});

test('new names are checked against what Docker accepts', () => {
  assert.equal(invalidName('stage', 'build-2.x_y', 'en'), undefined);
  assert.match(invalidName('stage', 'Build', 'en') ?? '', /not a valid stage name/);
  assert.match(invalidName('stage', '2build', 'en') ?? '', /not a valid stage name/);
  assert.match(invalidName('stage', 'context', 'en') ?? '', /reserved/);
  assert.equal(invalidName('service', 'Web.1_a-b', 'en'), undefined);
  assert.match(invalidName('service', '_web', 'en') ?? '', /not a valid service name/);
  assert.match(invalidName('volume', 'a b', 'en') ?? '', /not a valid volume name/);
  assert.equal(invalidName('variable', '_A1', 'en'), undefined);
  assert.match(invalidName('variable', 'A-B', 'en') ?? '', /not a valid variable name/);
  assert.match(invalidName('variable', 'A-B', 'ru') ?? '', /недопустимое имя переменной/);
  assert.match(invalidName('variable', '', 'en') ?? '', /not a valid/);
});
