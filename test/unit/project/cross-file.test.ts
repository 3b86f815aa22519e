// Cross-file rules on real folders written to a temp dir, read through the same fsProject the
// server and the CLI use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze, fixesFor } from '../../../server/src/analysis/analyze';
import { applyEdits } from '../../../server/src/analysis/text';
import type { FileKind } from '../../../server/src/analysis/types';
import { fsProject } from '../../../server/src/workspace/fsProject';
import { rangeText } from '../helpers';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'coach-xp-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function lint(dir: string, rel: string, kind: FileKind, codes: string[]) {
  const file = join(dir, rel);
  const text = readFileSync(file, 'utf8');
  const result = analyze(kind, text, { project: fsProject(file) });
  return { ...result, text, found: result.findings.filter((f) => codes.includes(f.code)) };
}

const XP = ['XP001', 'XP002', 'XP003', 'XP004', 'XP005', 'XP006', 'XP007', 'XP008', 'XP009'];

const GOOD = {
  'compose.yaml': 'services:\n  api:\n    build:\n      context: ./api\n      target: runtime\n      args:\n        PY_VERSION: "3.12"\n    env_file: .env\n    ports:\n      - "127.0.0.1:8000:8000"\n',
  '.env': 'DEBUG=0\n',
  'api/Dockerfile': 'ARG PY_VERSION=3.12\nFROM python:${PY_VERSION}-slim AS build\nARG PY_VERSION\nCOPY requirements.txt .\nFROM python:3.12-slim AS runtime\nCOPY app.py .\nEXPOSE 8000\nUSER nobody\nCMD ["python", "app.py"]\n',
  'api/.dockerignore': '.git\n__pycache__\n*.md\n!README.md\n',
  'api/requirements.txt': 'flask==3.0.3\n',
  'api/app.py': 'print("hi")\n',
};

test('a working project gets no cross-file finding, and no error-level finding at all', () => {
  const dir = folder(GOOD);
  assert.deepEqual(lint(dir, 'compose.yaml', 'compose', XP).found, []);
  assert.deepEqual(lint(dir, 'api/Dockerfile', 'dockerfile', XP).found, []);
  for (const [rel, kind] of [['compose.yaml', 'compose'], ['api/Dockerfile', 'dockerfile']] as const) {
    const errors = lint(dir, rel, kind, []).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => `${f.code} ${f.message}`), [], rel);
  }
});

test('XP001/XP002: a build context or Dockerfile that does not exist', () => {
  const dir = folder({ 'compose.yaml': 'services:\n  a:\n    build: ./nope\n  b:\n    build:\n      context: ./b\n      dockerfile: Dockerfile.dev\n  c:\n    build: ./c\n', 'b/Dockerfile': 'FROM x:1\n', 'c/readme': '' });
  const { found } = lint(dir, 'compose.yaml', 'compose', ['XP001', 'XP002']);
  assert.deepEqual(found.map((f) => `${f.code} ${rangeText(f.range)}`), ['XP001 3:12-3:18', 'XP002 7:19-7:33', 'XP002 9:12-9:15']);
});

test('XP003: a build arg the Dockerfile never declares; the fix adds the ARG to the Dockerfile', () => {
  const dir = folder({ 'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      args:\n        - NODE_ENV=production\n', 'Dockerfile': 'FROM node:22\nCMD ["node", "a.js"]\n' });
  const { found, model } = lint(dir, 'compose.yaml', 'compose', ['XP003']);
  assert.deepEqual(found.map((f) => rangeText(f.range)), ['6:11-6:30']);
  const [fix] = fixesFor(model, found[0] as never, 'en');
  assert.equal(fix?.title, 'Add "ARG NODE_ENV" to the Dockerfile');
  const other = fix?.otherFiles?.[0];
  assert.equal(other?.file, join(dir, 'Dockerfile'));
  assert.equal(applyEdits('FROM node:22\nCMD ["node", "a.js"]\n', other?.edits ?? []), 'FROM node:22\nARG NODE_ENV\nCMD ["node", "a.js"]\n');
});

test('XP004: an ARG without default that nothing provides', () => {
  const dir = folder({ 'compose.yaml': 'services:\n  web:\n    build: .\n', 'Dockerfile': 'FROM node:22\nARG GIT_SHA\nARG TARGETARCH\nLABEL sha=$GIT_SHA\n' });
  const { found } = lint(dir, 'compose.yaml', 'compose', ['XP004']);
  assert.equal(found.length, 1);
  assert.match(found[0]?.message ?? '', /"ARG GIT_SHA"/);
});

test('XP005: a target that is not a stage, with a suggestion and a fix', () => {
  const dir = folder({ 'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      target: prod\n', 'Dockerfile': 'FROM node:22 AS build\nFROM node:22-slim AS production\n' });
  const { found, model, text } = lint(dir, 'compose.yaml', 'compose', ['XP005']);
  assert.match(found[0]?.message ?? '', /Did you mean "production"\?/);
  const [fix] = fixesFor(model, found[0] as never, 'en');
  assert.equal(applyEdits(text, fix?.edits ?? []), 'services:\n  web:\n    build:\n      context: .\n      target: production\n');
});

test('XP006: a published port the image does not EXPOSE (hint)', () => {
  const dir = folder({ 'compose.yaml': 'services:\n  web:\n    build: .\n    ports:\n      - "8080:80"\n      - "127.0.0.1:9000:9000"\n', 'Dockerfile': 'FROM nginx:1.27\nEXPOSE 80\n' });
  const { found } = lint(dir, 'compose.yaml', 'compose', ['XP006']);
  assert.deepEqual(found.map((f) => [f.severity, rangeText(f.range)]), [['hint', '6:9-6:30']]);
});

test('XP007: COPY of a file .dockerignore excludes; exceptions and wildcards respected', () => {
  const dir = folder({ 'Dockerfile': 'FROM node:22\nCOPY package.json config/secrets.json ./\nCOPY README.md docs/ ./\nCOPY *.js ./\n', '.dockerignore': '# keep it small\nconfig\n*.md\n!README.md\n' });
  const { found } = lint(dir, 'Dockerfile', 'dockerfile', ['XP007']);
  assert.deepEqual(found.map((f) => rangeText(f.range)), ['2:19-2:38']);
  assert.match(found[0]?.message ?? '', /pattern "config" on line 2/);
});

test('XP008: .git or node_modules in the context and no .dockerignore', () => {
  const dir = folder({ 'Dockerfile': 'FROM node:22\nCOPY . .\n', 'node_modules/x/index.js': '', '.git/HEAD': 'ref: refs/heads/main\n' });
  const { found } = lint(dir, 'Dockerfile', 'dockerfile', ['XP008']);
  assert.deepEqual(found.map((f) => rangeText(f.range)), ['1:1-1:5']);
  writeFileSync(join(dir, '.dockerignore'), '.git\nnode_modules\n');
  assert.deepEqual(lint(dir, 'Dockerfile', 'dockerfile', ['XP008']).found, []);
});

test('XP009: an env_file that does not exist, unless required: false', () => {
  const dir = folder({ 'compose.yaml': 'services:\n  a:\n    image: x:1\n    env_file: .env.local\n  b:\n    image: x:1\n    env_file:\n      - path: ./optional.env\n        required: false\n      - ./shared.env\n', 'shared.env': 'A=1\n' });
  const { found } = lint(dir, 'compose.yaml', 'compose', ['XP009']);
  assert.deepEqual(found.map((f) => rangeText(f.range)), ['4:15-4:25']);
});

test('without a project context (a bare string) the cross-file rules stay quiet', () => {
  assert.deepEqual(analyze('compose', 'services:\n  a:\n    build: ./nope\n').findings.filter((f) => XP.includes(f.code)), []);
});
