// The course as the client sees it: the generated index plus lesson files read on demand.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lessonEntry, lessonIndex } from '../../../server/src/lessonIndex';
import type { Lang } from '../i18n';
import { parseLessonFile, type LessonFile } from './content';

export const modules = lessonIndex.modules;

export { lessonEntry };

/** Lesson ids that have text in some language, in course order. */
export function orderedLessons(): string[] {
  return modules.flatMap((m) => m.lessons).filter((id) => Object.keys(lessonEntry(id)?.langs ?? {}).length > 0);
}

export function titleOf(id: string, lang: Lang): string {
  const e = lessonEntry(id);
  return e?.langs[lang]?.title ?? e?.langs.en?.title ?? id;
}

export function quizLength(id: string): number {
  return lessonEntry(id)?.quiz ?? 0;
}

export async function loadLesson(extensionPath: string, id: string, lang: Lang): Promise<{ file: LessonFile; lang: Lang } | undefined> {
  const e = lessonEntry(id);
  const chosen: Lang | undefined = e?.langs[lang] ? lang : e?.langs.en ? 'en' : undefined;
  if (!e || !chosen) return undefined;
  const text = await readFile(join(extensionPath, e.langs[chosen]?.file as string), 'utf8');
  const file = parseLessonFile(text);
  return { file, lang: chosen };
}
