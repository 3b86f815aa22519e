// English and Russian everywhere: every client string, every manifest string, both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kindOf } from '../../server/src/analysis/fileKinds';

const root = join(__dirname, '..', '..', '..');
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every t() string of the client is in both l10n bundles', () => {
  const used = new Set<string>();
  for (const f of sourceFiles(join(root, 'client', 'src'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('((?:\\.|[^'\\])*)'/g)) used.add((m[1] as string).replace(/\\'/g, "'"));
  }
  const en = json('l10n/bundle.l10n.json');
  const ru = json('l10n/bundle.l10n.ru.json');
  assert.ok(used.size > 10);
  for (const s of used) {
    assert.ok(s in en, `missing in bundle.l10n.json: ${s}`);
    assert.ok(s in ru, `missing in bundle.l10n.ru.json: ${s}`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ru).sort());
});

test('package.nls.json and package.nls.ru.json carry the same keys, and the manifest uses only those', () => {
  const en = json('package.nls.json');
  const ru = json('package.nls.ru.json');
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ru).sort());
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  for (const m of manifest.matchAll(/"%([\w.]+)%"/g)) assert.ok((m[1] as string) in en, `package.json uses %${m[1]}% that package.nls.json lacks`);
});

test("the manifest's language patterns match the analysis' file kinds", () => {
  const manifest = json('package.json') as unknown as { contributes: { languages: { id: string }[] } };
  assert.ok(manifest.contributes.languages.length === 2);
  for (const name of ['Dockerfile', 'Containerfile', 'Dockerfile.prod', 'api.dockerfile', 'x.containerfile']) assert.equal(kindOf(name), 'dockerfile', name);
  for (const name of ['compose.yaml', 'compose.yml', 'compose.prod.yaml', 'docker-compose.yml', 'docker-compose.override.yaml']) assert.equal(kindOf(name), 'compose', name);
  for (const name of ['Dockerfile.dockerignore', 'package.json', 'values.yaml']) assert.equal(kindOf(name), undefined, name);
});
