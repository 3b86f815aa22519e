import type { DockerfileRule } from '../rule';
import { replace } from '../../text';

export const DF035: DockerfileRule<{ lines: number }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF035', slug: 'empty-continuation', lesson: 'm2-01-first-dockerfile', severity: 'warning',
    equivalents: ['buildkit:NoEmptyContinuation', 'dockerfile-utils:EmptyContinuationLine'], fixable: true,
  },
  text: {
    en: {
      title: 'Empty line inside a continued instruction',
      message: (d) => `${d.lines === 1 ? 'This empty line sits' : 'These empty lines sit'} inside an instruction continued with a backslash. Docker skips ${d.lines === 1 ? 'it' : 'them'} today, but BuildKit warns that empty continuation lines will become errors. Remove ${d.lines === 1 ? 'it' : 'them'}, or write a # comment there if you want a visual break.`,
    },
    ru: {
      title: 'Пустая строка внутри продолженной инструкции',
      message: (d) => `${d.lines === 1 ? 'Эта пустая строка стоит' : 'Эти пустые строки стоят'} внутри инструкции, продолженной обратной косой чертой. Сейчас Docker ${d.lines === 1 ? 'её' : 'их'} пропускает, но BuildKit предупреждает, что пустые строки продолжения станут ошибкой. Удалите ${d.lines === 1 ? 'её' : 'их'} или поставьте там комментарий #, если нужен визуальный отступ.`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      // Empty lines in a heredoc body are content.
      if (instr.heredoc || instr.range.start.line === instr.range.end.line) continue;
      let first = -1;
      for (let l = instr.range.start.line + 1; l <= instr.range.end.line + 1; l++) {
        // The '' after the file's final newline is not a line: a continuation at the end of the file is not an empty line.
        const atEnd = l === file.lines.length - 1 && file.lines[l] === '';
        const empty = l <= instr.range.end.line && !atEnd && (file.lines[l] ?? '').trim() === '';
        if (empty) { if (first < 0) first = l; continue; }
        if (first >= 0) {
          report({ range: { start: { line: first, character: 0 }, end: { line: l - 1, character: (file.lines[l - 1] ?? '').length } }, data: { lines: l - first } });
          first = -1;
        }
      }
    }
  },
  fixes(_file, f) {
    return [{
      title: f.lang === 'ru' ? 'Удалить пустые строки' : 'Remove the empty lines',
      edits: [replace({ start: { line: f.range.start.line, character: 0 }, end: { line: f.range.end.line + 1, character: 0 } }, '')],
      preferred: true,
    }];
  },
};
