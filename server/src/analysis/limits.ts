// How big a file Docker Coach checks, and the one finding a larger file gets instead.
import type { FileKind, Finding, Lang } from './types';

/** The CLI reads files up to this size. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** The server analyses open documents up to this many characters: it re-checks them as you type. */
export const MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;

export function tooLargeFinding(kind: FileKind, size: number, limit: number, lang: Lang): Finding {
  const mb = (n: number, digits: number) => (n / 1024 / 1024).toFixed(digits);
  return {
    code: kind === 'dockerfile' ? 'DF034' : 'DC001', severity: 'error',
    lesson: kind === 'dockerfile' ? 'm2-01-first-dockerfile' : 'm5-01-first-compose',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: lang === 'ru' ? `Файл слишком большой для проверки (${mb(size, 1)} МБ, предел ${mb(limit, 0)} МБ).` : `This file is too large to check (${mb(size, 1)} MB; the limit is ${mb(limit, 0)} MB).`,
  };
}
