import type { ComposeRule } from '../rule';
import { mapGet } from '../model';

export const DC003: ComposeRule = {
  kind: 'compose',
  meta: {
    code: 'DC003', slug: 'obsolete-version', lesson: 'm5-01-first-compose#the-version-key', severity: 'warning',
    equivalents: ['dclint:no-version-field'], fixable: true,
  },
  text: {
    en: {
      title: 'The top-level version key is obsolete',
      message: () => 'Compose v2 ignores "version" and warns about it on every run; the Compose Specification has no versions. Remove the line.',
    },
    ru: {
      title: 'Ключ version устарел',
      message: () => 'Compose v2 игнорирует «version» и предупреждает о нём при каждом запуске: в Compose Specification версий нет. Удалите эту строку.',
    },
  },
  check(file, report) {
    const pair = file.root ? mapGet(file.doc, file.root, 'version') : undefined;
    if (pair) report({ range: file.rangeOf(pair), data: undefined });
  },
  fixes(file, f) {
    const line = f.range.start.line;
    const lines = file.lines;
    // Remove the whole line (and a blank line right after it, so no gap is left at the top).
    const removeNext = line + 1 < lines.length && (lines[line + 1] ?? '').trim() === '' ? 1 : 0;
    return [{
      title: f.lang === 'ru' ? 'Удалить ключ version' : 'Remove the version key',
      edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1 + removeNext, character: 0 } }, newText: '' }],
      preferred: true,
    }];
  },
};
