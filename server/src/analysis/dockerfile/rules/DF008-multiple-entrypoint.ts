import type { DockerfileRule } from '../rule';
import { repeats } from '../repeated';

export const DF008: DockerfileRule<{ line: number }> = {
  kind: 'dockerfile',
  meta: { code: 'DF008', slug: 'multiple-entrypoint', lesson: 'm2-03-cmd-vs-entrypoint', severity: 'warning', equivalents: ['hadolint:DL4004'], fixable: false },
  text: {
    en: { title: 'More than one ENTRYPOINT in a stage', message: (d) => `Only the last ENTRYPOINT of a stage counts (line ${d.line + 1}); this one is silently ignored. Delete it, so the file says what the image does.` },
    ru: { title: 'Больше одного ENTRYPOINT в этапе', message: (d) => `Действует только последний ENTRYPOINT этапа (строка ${d.line + 1}); этот молча игнорируется. Удалите его, чтобы файл говорил то, что делает образ.` },
  },
  check(file, report) {
    for (const r of repeats(file, 'ENTRYPOINT')) report({ range: r.earlier.keywordRange, data: { line: r.last.range.start.line } });
  },
};
