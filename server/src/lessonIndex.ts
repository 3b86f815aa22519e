// The lesson index generated at build time (scripts/gen-lesson-index.mjs): titles, summaries
// and sections per language. Bodies are read from lessons/ only when a lesson is opened.
import index from './generated/lessons.json';
import type { Lang } from './analysis/types';

export interface LessonSection { title: string; slug: string; anchor?: string }
export interface LessonLang { title: string; summary: string; sections: LessonSection[]; file: string }
export interface LessonEntry {
  id: string; module: string; order?: number; minutes?: number; rules?: string[];
  exercise?: { kind: 'files' | 'engine'; check: string };
  quiz?: number;
  langs: Partial<Record<Lang, LessonLang>>;
}
export interface ModuleEntry { id: string; title: Record<Lang, string>; lessons: string[] }
export interface LessonIndex { modules: ModuleEntry[]; lessons: Record<string, LessonEntry> }

export const lessonIndex = index as unknown as LessonIndex;

/** The index entry of a lesson id; own keys only, so `constructor` or `__proto__` is no lesson. */
export function lessonEntry(id: string): LessonEntry | undefined {
  return Object.hasOwn(lessonIndex.lessons, id) ? lessonIndex.lessons[id] : undefined;
}

export function lessonText(id: string, lang: Lang): LessonLang | undefined {
  const entry = lessonEntry(id);
  return entry?.langs[lang] ?? entry?.langs.en;
}

export function lessonSummary(id: string, lang: Lang): string | undefined {
  return lessonText(id, lang)?.summary;
}

export function lessonTitle(id: string, lang: Lang): string {
  return lessonText(id, lang)?.title ?? id;
}
