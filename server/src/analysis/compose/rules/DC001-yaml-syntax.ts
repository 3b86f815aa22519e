import type { ComposeRule } from '../rule';

// yaml's error codes, turned into sentences a person can act on.
const EXPLAIN: Record<string, { en: string; ru: string }> = {
  TAB_AS_INDENT: { en: 'YAML does not allow tabs for indentation: indent with spaces.', ru: 'YAML не допускает табуляцию в отступах: используйте пробелы.' },
  DUPLICATE_KEY: { en: 'This key appears twice in the same mapping; the second would silently win. Keep one.', ru: 'Этот ключ повторяется в одном отображении; второй молча перекрыл бы первый. Оставьте один.' },
  BAD_INDENT: { en: 'The indentation here does not line up with its siblings.', ru: 'Отступ здесь не совпадает с соседними ключами.' },
  MISSING_CHAR: { en: 'A closing quote or bracket is missing.', ru: 'Не хватает закрывающей кавычки или скобки.' },
  MULTILINE_IMPLICIT_KEY: { en: 'A key cannot span several lines; check the indentation or a missing colon above.', ru: 'Ключ не может занимать несколько строк; проверьте отступ или пропущенное двоеточие выше.' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'A nested block is used as a key; check the indentation and the colon above.', ru: 'Вложенный блок стоит на месте ключа; проверьте отступ и двоеточие выше.' },
  UNEXPECTED_TOKEN: { en: 'Something here does not belong in YAML at this place.', ru: 'Здесь стоит то, чего YAML в этом месте не ждёт.' },
};

export const DC001: ComposeRule<{ code: string; detail: string }> = {
  kind: 'compose',
  meta: {
    code: 'DC001', slug: 'yaml-syntax', lesson: 'm5-01-first-compose#yaml-in-five-minutes', severity: 'error',
    equivalents: ['dclint:invalid-yaml'], fixable: false,
  },
  text: {
    en: {
      title: 'YAML syntax error',
      message: (d) => `Compose cannot read this file: ${EXPLAIN[d.code]?.en ?? d.detail}`,
    },
    ru: {
      title: 'Синтаксическая ошибка YAML',
      message: (d) => `Compose не сможет прочитать файл: ${EXPLAIN[d.code]?.ru ?? d.detail}`,
    },
  },
  check(file, report) {
    for (const p of file.syntax) report({ range: p.range, data: { code: p.code, detail: p.message.split('\n')[0] ?? p.message } });
  },
};
