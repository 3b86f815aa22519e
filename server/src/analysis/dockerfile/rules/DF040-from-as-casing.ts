import type { DockerfileRule } from '../rule';
import { replace } from '../../text';
import { caseOf, fromAsWord, inCase } from '../casing';

export const DF040: DockerfileRule<{ from: string; as: string; expected: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF040', slug: 'from-as-casing', lesson: 'm3-01-multi-stage', severity: 'info',
    equivalents: ['buildkit:FromAsCasing'], fixable: true,
  },
  text: {
    en: {
      title: 'AS does not match the casing of FROM',
      message: (d) => `"${d.from} ... ${d.as}" mixes cases. Both work, but BuildKit warns about it and the stage line is harder to read. Write ${d.from} ... ${d.expected}.`,
    },
    ru: {
      title: 'Регистр AS не совпадает с FROM',
      message: (d) => `В «${d.from} ... ${d.as}» смешан регистр. Работает и так, но BuildKit предупреждает об этом, а строку этапа труднее читать. Пишите ${d.from} ... ${d.expected}.`,
    },
  },
  check(file, report) {
    for (const stage of file.stages) {
      const from = stage.from;
      const as = fromAsWord(from);
      const style = caseOf(from.written);
      if (!as || !style) continue; // mixed-case FROM: DF036's business
      const expected = inCase('as', style);
      if (as.value !== expected) report({ range: as.range, data: { from: from.written, as: as.value, expected } });
    }
  },
  fixes(_file, f) {
    return [{
      title: f.lang === 'ru' ? `Заменить на ${f.data.expected}` : `Change to ${f.data.expected}`,
      edits: [replace(f.range, f.data.expected)],
      preferred: true,
    }];
  },
};
