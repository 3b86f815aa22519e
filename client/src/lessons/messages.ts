// What a lesson page may ask of the extension. The page renders learner-visible markdown, so its
// messages are untrusted: anything that is not exactly one of these shapes is dropped.
import { lessonEntry } from './catalog';

export type PageMessage =
  | { type: 'ready' } | { type: 'copy'; index: number } | { type: 'create'; index: number }
  | { type: 'check' } | { type: 'quiz'; question: number; choice: number }
  | { type: 'open'; id: string; section?: string }
  | { type: 'scrolled'; section: string; found: boolean };

const SECTION = /^[\p{L}\p{N}-]{1,80}$/u;
/** A heading slug as lesson links write them (`the-version-key`). */
export const isSectionSlug = (v: unknown): v is string => typeof v === 'string' && SECTION.test(v);
const smallIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000;

export function readPageMessage(m: unknown): PageMessage | undefined {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'ready': case 'check': return { type: o.type };
    case 'copy': case 'create': return smallIndex(o.index) ? { type: o.type, index: o.index } : undefined;
    case 'quiz': return smallIndex(o.question) && smallIndex(o.choice) ? { type: 'quiz', question: o.question, choice: o.choice } : undefined;
    case 'open':
      if (typeof o.id !== 'string' || !lessonEntry(o.id)) return undefined;
      return isSectionSlug(o.section) ? { type: 'open', id: o.id, section: o.section } : { type: 'open', id: o.id };
    case 'scrolled':
      return isSectionSlug(o.section) && typeof o.found === 'boolean'
        ? { type: 'scrolled', section: o.section, found: o.found } : undefined;
    default: return undefined;
  }
}
