// Real outputs of both builders, captured here (test/fixtures/build-output/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainBuildOutput, problemLine } from '../../../server/src/analysis/build/explainOutput';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';

const dir = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'build-output');
const load = (name: string, builder: 'legacy' | 'buildkit') => ({
  model: parseDockerfile(readFileSync(join(dir, name, 'Dockerfile'), 'utf8')),
  output: readFileSync(join(dir, name, `${builder}.txt`), 'utf8'),
});

for (const builder of ['legacy', 'buildkit'] as const) {
  test(`${builder}: an unknown instruction is explained on its line with a suggestion`, () => {
    const { model, output } = load('unknown', builder);
    const [f] = explainBuildOutput(output, model, 'en');
    assert.equal(f?.code, 'DF901');
    assert.equal(f?.range.start.line, 1);
    assert.match(f?.message ?? '', /"RUNN" is not a Dockerfile instruction. Did you mean RUN\?/);
  });

  test(`${builder}: a file missing from the context points at the COPY`, () => {
    const { model, output } = load('missing', builder);
    const [f] = explainBuildOutput(output, model, 'en');
    assert.equal(f?.code, 'DF902');
    assert.equal(f?.range.start.line, 2);
    assert.match(f?.message ?? '', /missing\.txt/);
  });

  test(`${builder}: a RUN that exits 127 is explained as command not found, on its line`, () => {
    const { model, output } = load('run127', builder);
    const [f] = explainBuildOutput(output, model, 'en');
    assert.equal(f?.code, 'DF904');
    assert.equal(f?.range.start.line, 3);
    assert.match(f?.message ?? '', /exit code 127 \(command not found/);
    assert.match(f?.message ?? '', /make build/);
  });

  test(`${builder}: a package that cannot be found is named`, () => {
    const { model, output } = load('run1', builder);
    const [f] = explainBuildOutput(output, model, 'ru');
    assert.equal(f?.code, 'DF903');
    assert.equal(f?.range.start.line, 1);
    assert.match(f?.message ?? '', /не нашёл пакет «libfoo-dev»/);
  });

  test(`${builder}: in a multi-stage build the failing step of the named stage is found`, () => {
    const { model, output } = load('multi', builder);
    const [f] = explainBuildOutput(output, model, 'en');
    assert.equal(f?.code, 'DF904');
    assert.equal(f?.range.start.line, 3);
  });
}

test('the problem line is what the manifest problem matcher reads', () => {
  const { model, output } = load('run127', 'legacy');
  const [f] = explainBuildOutput(output, model, 'en');
  assert.ok(f);
  const line = problemLine('/w/Dockerfile', f);
  const manifest = JSON.parse(readFileSync(join(dir, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { problemMatchers: { pattern: { regexp: string } }[] } };
  const m = new RegExp(manifest.contributes.problemMatchers[0]?.pattern.regexp ?? '').exec(line);
  assert.ok(m, line);
  assert.deepEqual([m[1], m[2], m[3], m[4], m[5]], ['/w/Dockerfile', '4', '1', 'error', 'DF904']);
});

test('output it does not recognise yields nothing', () => {
  assert.deepEqual(explainBuildOutput('Successfully built 1234\n', parseDockerfile('FROM a:1\n'), 'en'), []);
});
