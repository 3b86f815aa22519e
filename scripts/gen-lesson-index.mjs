#!/usr/bin/env node
// Builds server/src/generated/lessons.json from lessons/curriculum.json and the lesson files'
// front matter: titles, summaries and section slugs per language, for the tree view, hovers,
// SARIF help and link checks. Lesson bodies stay in lessons/ and are read when opened.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['en', 'ru'];
export const slugify = (s) => s.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');

export function splitFrontMatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { meta: null, body: text };
  return { meta: parse(m[1]), body: text.slice(m[0].length) };
}

function summaryOf(body) {
  const paragraphs = body.replace(/```[\s\S]*?```/g, '').split(/\r?\n\s*\r?\n/).map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !p.startsWith('<!--') && !p.startsWith('!['));
  const first = paragraphs[0] ?? '';
  return first.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').slice(0, 400);
}

function sectionsOf(body) {
  const out = [];
  const lines = body.split(/\r?\n/);
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const h = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const anchor = /^<!--\s*anchor:\s*([\w-]+)\s*-->$/.exec((lines[i + 1] ?? '').trim());
    out.push({ title: h[1], slug: slugify(h[1]), ...(anchor ? { anchor: anchor[1] } : {}) });
  }
  return out;
}

const curriculum = JSON.parse(readFileSync(join(root, 'lessons', 'curriculum.json'), 'utf8'));
const lessons = {};
for (const mod of curriculum.modules) {
  for (const id of mod.lessons) {
    const entry = { id, module: mod.id, langs: {} };
    for (const lang of LANGS) {
      const file = join(root, 'lessons', lang, mod.id, `${id}.md`);
      if (!existsSync(file)) continue;
      let meta, body;
      try { ({ meta, body } = splitFrontMatter(readFileSync(file, 'utf8'))); } catch (e) { throw new Error(`${file}: front matter is not valid YAML: ${e.message}`); }
      if (!meta) throw new Error(`${file}: no front matter`);
      entry.order ??= meta.order;
      entry.minutes ??= meta.minutes;
      entry.rules ??= meta.rules ?? [];
      entry.exercise ??= meta.exercise;
      entry.quiz ??= Array.isArray(meta.quiz) ? meta.quiz.length : 0;
      entry.langs[lang] = { title: meta.title, summary: summaryOf(body), sections: sectionsOf(body), file: `lessons/${lang}/${mod.id}/${id}.md` };
    }
    lessons[id] = entry;
  }
}
const out = { modules: curriculum.modules.map((m) => ({ id: m.id, title: m.title, lessons: m.lessons })), lessons };
const target = join(root, 'server', 'src', 'generated', 'lessons.json');
mkdirSync(dirname(target), { recursive: true });
const text = JSON.stringify(out, null, 1) + '\n';
if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
