import type { DockerfileRule } from '../rule';
import { repeats } from '../repeated';

export const DF009: DockerfileRule<{ line: number }> = {
  kind: 'dockerfile',
  meta: { code: 'DF009', slug: 'multiple-healthcheck', lesson: 'm2-05-expose-volume-user-healthcheck', severity: 'warning', equivalents: ['hadolint:DL3012'], fixable: false },
  text: {
    en: { title: 'More than one HEALTHCHECK in a stage', message: (d) => `Only the last HEALTHCHECK of a stage counts (line ${d.line + 1}); this one is silently ignored. Delete it, so the file says what the image does.` },
    ru: { title: 'Больше одного HEALTHCHECK в этапе', message: (d) => `Действует только последний HEALTHCHECK этапа (строка ${d.line + 1}); этот молча игнорируется. Удалите его, чтобы файл говорил то, что делает образ.` },
  },
  check(file, report) {
    for (const r of repeats(file, 'HEALTHCHECK')) report({ range: r.earlier.keywordRange, data: { line: r.last.range.start.line } });
  },
};
