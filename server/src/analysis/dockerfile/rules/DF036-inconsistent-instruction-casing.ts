import type { DockerfileRule } from '../rule';
import { replace } from '../../text';
import { isInstruction } from '../keywords';
import { caseOf, inCase, keywordCaseEdits } from '../casing';

// BuildKit's ConsistentInstructionCasing: the majority of self-consistent keywords (all upper or
// all lower) sets the style; mixed-case keywords and the minority are reported.
export const DF036: DockerfileRule<{ written: string; expected: string; lower: boolean }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF036', slug: 'inconsistent-instruction-casing', lesson: 'm2-01-first-dockerfile', severity: 'info',
    equivalents: ['buildkit:ConsistentInstructionCasing'], fixable: true,
  },
  text: {
    en: {
      title: 'Inconsistent instruction casing',
      message: (d) => `"${d.written}" works (keywords ignore case), but most instructions in this file are ${d.lower ? 'lower case' : 'upper case'}; mixed casing makes the file harder to scan. Write ${d.expected}.`,
    },
    ru: {
      title: 'Разный регистр инструкций',
      message: (d) => `«${d.written}» сработает (регистр ключевых слов не важен), но большинство инструкций в этом файле написаны ${d.lower ? 'строчными' : 'заглавными'} буквами, а смешанный регистр мешает читать файл. Пишите ${d.expected}.`,
    },
  },
  check(file, report) {
    let lower = 0;
    let upper = 0;
    const known = file.instructions.filter((i) => isInstruction(i.keyword));
    for (const i of known) {
      const style = caseOf(i.written);
      if (style === 'lower') lower++;
      else if (style === 'upper') upper++;
    }
    const majorityLower = lower > upper;
    for (const i of known) {
      const expected = inCase(i.written, majorityLower ? 'lower' : 'upper');
      if (i.written !== expected) report({ range: i.keywordRange, data: { written: i.written, expected, lower: majorityLower } });
    }
  },
  fixes(file, f) {
    // The formatter's casing edits: FROM's AS and ONBUILD's trigger follow the keyword (else DF040 would fire next).
    const instr = file.instructions.find((i) => i.keywordRange.start.line === f.range.start.line && i.keywordRange.start.character === f.range.start.character);
    const edits = instr ? keywordCaseEdits(instr, f.data.lower ? 'lower' : 'upper') : [];
    return [{
      title: f.lang === 'ru' ? `Заменить на ${f.data.expected}` : `Change to ${f.data.expected}`,
      edits: edits.length > 0 ? edits : [replace(f.range, f.data.expected)],
      preferred: true,
    }];
  },
};
