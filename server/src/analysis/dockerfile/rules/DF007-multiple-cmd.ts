import type { DockerfileRule } from '../rule';
import { repeats } from '../repeated';

export const DF007: DockerfileRule<{ line: number }> = {
  kind: 'dockerfile',
  meta: { code: 'DF007', slug: 'multiple-cmd', lesson: 'm2-03-cmd-vs-entrypoint', severity: 'warning', equivalents: ['hadolint:DL4003'], fixable: false },
  text: {
    en: { title: 'More than one CMD in a stage', message: (d) => `Only the last CMD of a stage counts (line ${d.line + 1}); this one is silently ignored. Delete it, so the file says what the image does.` },
    ru: { title: 'Больше одного CMD в этапе', message: (d) => `Действует только последний CMD этапа (строка ${d.line + 1}); этот молча игнорируется. Удалите его, чтобы файл говорил то, что делает образ.` },
  },
  check(file, report) {
    for (const r of repeats(file, 'CMD')) report({ range: r.earlier.keywordRange, data: { line: r.last.range.start.line } });
  },
};
