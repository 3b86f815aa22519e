import type { DockerfileRule } from '../rule';
import { didYouMean, replace } from '../../text';
import { INSTRUCTIONS, isInstruction } from '../keywords';

export const DF033: DockerfileRule<{ written: string; suggestion?: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF033', slug: 'unknown-instruction', lesson: 'm2-01-first-dockerfile#the-instructions', severity: 'error',
    equivalents: ['dockerfile-utils:UnknownInstruction'], fixable: true,
  },
  text: {
    en: {
      title: 'Unknown instruction',
      message: (d) => `"${d.written}" is not a Dockerfile instruction, so the build stops here.${d.suggestion ? ` Did you mean ${d.suggestion}?` : ''}`,
    },
    ru: {
      title: 'Неизвестная инструкция',
      message: (d) => `«${d.written}» — не инструкция Dockerfile, сборка остановится на этой строке.${d.suggestion ? ` Возможно, вы имели в виду ${d.suggestion}?` : ''}`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (isInstruction(instr.keyword)) continue;
      const suggestion = didYouMean(instr.written, INSTRUCTIONS, 2);
      report({ range: instr.keywordRange, data: suggestion ? { written: instr.written, suggestion } : { written: instr.written } });
    }
  },
  fixes(_file, f) {
    if (!f.data.suggestion) return [];
    return [{
      title: f.lang === 'ru' ? `Заменить на ${f.data.suggestion}` : `Change to ${f.data.suggestion}`,
      edits: [replace(f.range, f.data.suggestion)],
      preferred: true,
    }];
  },
};
