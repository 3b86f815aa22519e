import type { DockerfileRule } from '../rule';

export const DF004: DockerfileRule<{ keyword: string; none: boolean }> = {
  kind: 'dockerfile',
  meta: { code: 'DF004', slug: 'missing-from', lesson: 'm2-01-first-dockerfile', severity: 'error', equivalents: ['hadolint:DL3061'], fixable: false },
  text: {
    en: { title: 'Instruction before FROM, or no FROM at all', message: (d) => d.none
      ? 'This Dockerfile has no FROM: every build starts from a base image (or FROM scratch). Add one as the first instruction.'
      : `${d.keyword} comes before the first FROM; only ARG may stand there (to parametrise FROM). Move it after FROM.` },
    ru: { title: 'Инструкция до FROM или FROM нет вовсе', message: (d) => d.none
      ? 'В этом Dockerfile нет FROM: любая сборка начинается с базового образа (или FROM scratch). Добавьте его первой инструкцией.'
      : `${d.keyword} стоит до первого FROM, а там может быть только ARG (чтобы параметризовать FROM). Перенесите её после FROM.` },
  },
  check(file, report) {
    if (file.instructions.length === 0) return;
    const first = file.instructions.find((i) => i.keyword !== 'ARG' && i.stage < 0 && i.keyword !== 'FROM');
    if (first) { report({ range: first.keywordRange, data: { keyword: first.keyword, none: false } }); return; }
    if (file.stages.length === 0) {
      const i = file.instructions[0];
      if (i) report({ range: i.keywordRange, data: { keyword: i.keyword, none: true } });
    }
  },
};
