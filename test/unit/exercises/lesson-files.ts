// The files a lesson lets the learner create: its code blocks fenced with `file=NAME`, read from
// the lesson's Markdown the way the lesson view reads them. Exercise tests build their workspace
// from exactly these, so a lesson and its check cannot drift apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

export function lessonFiles(lang: 'en' | 'ru', module: string, id: string): Record<string, string> {
  const text = readFileSync(join(root, 'lessons', lang, module, `${id}.md`), 'utf8');
  const files: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const fence = open[1] as string;
    const name = (open[2] as string).trim().split(/\s+/).slice(1).map((a) => /^file=(.+)$/.exec(a)?.[1]).find(Boolean);
    const body: string[] = [];
    for (i++; i < lines.length && (lines[i] as string).trimEnd() !== fence; i++) body.push(lines[i] as string);
    if (name) files[name] = `${body.join('\n')}\n`;
  }
  return files;
}

/** The files of a lesson, after checking that its Russian version shows the same ones. */
export function lessonWorkspace(module: string, id: string): Record<string, string> {
  const en = lessonFiles('en', module, id);
  assert.deepEqual(lessonFiles('ru', module, id), en, `${id}: the ru lesson shows other files than the en one`);
  return en;
}
