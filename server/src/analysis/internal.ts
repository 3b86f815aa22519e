import type { Lang } from './types';

export function internalMessage(lang: Lang, code: string, error: unknown): string {
  const why = error instanceof Error ? error.message : String(error);
  return lang === 'ru'
    ? `Внутренняя ошибка: правило ${code} не смогло проверить этот файл (${why}). Остальные правила отработали.`
    : `Internal problem: rule ${code} could not check this file (${why}). The other rules still ran.`;
}
