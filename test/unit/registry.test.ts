// Codes are public API: unique, documented, linked to lessons that exist, in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/analysis/registry';

const root = join(__dirname, '..', '..', '..');
const curriculum = JSON.parse(readFileSync(join(root, 'lessons', 'curriculum.json'), 'utf8')) as { modules: { lessons: string[] }[] };
const lessonIds = new Set(curriculum.modules.flatMap((m) => m.lessons));

test('rule codes are unique and well formed', () => {
  const codes = allRules.map((r) => r.meta.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const r of allRules) {
    assert.match(r.meta.code, r.kind === 'dockerfile' ? /^(DF|XP)\d{3}$/ : /^(DC|XP)\d{3}$/);
    assert.match(r.meta.slug, /^[a-z0-9-]+$/);
  }
});

test('every rule links a lesson id from the curriculum', () => {
  for (const r of allRules) assert.ok(lessonIds.has(r.meta.lesson.split('#')[0] as string), `${r.meta.code} -> ${r.meta.lesson}`);
});

test('every rule has a title and a message in English and Russian', () => {
  for (const r of allRules) {
    for (const lang of ['en', 'ru'] as const) {
      assert.ok(r.text[lang].title.length > 5, `${r.meta.code} ${lang} title`);
      assert.equal(typeof r.text[lang].message, 'function');
    }
    assert.match(r.text.ru.title, /[а-яё]/i, `${r.meta.code}: the Russian title is Russian`);
  }
});

test('equivalents name a known peer', () => {
  for (const r of allRules) for (const e of r.meta.equivalents) assert.match(e, /^(hadolint:DL\d{4}|buildkit:[A-Z]\w+|dclint:[a-z-]+|dockerfile-utils:\w+)$/, `${r.meta.code}: ${e}`);
});

test('fixable matches whether the rule has fixes', () => {
  for (const r of allRules) assert.equal(r.meta.fixable, typeof r.fixes === 'function', r.meta.code);
});

test("the README's rule table documents every code", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const r of allRules) assert.match(readme, new RegExp(`\\| ${r.meta.code} \\|`), `${r.meta.code} missing from README.md`);
});
