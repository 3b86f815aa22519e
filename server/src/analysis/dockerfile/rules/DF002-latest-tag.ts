import type { DockerfileRule } from '../rule';

export const DF002: DockerfileRule<{ image: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF002', slug: 'latest-tag', lesson: 'm3-03-pinning', severity: 'warning',
    equivalents: ['hadolint:DL3007'], fixable: false,
  },
  text: {
    en: {
      title: 'Base image uses the latest tag',
      message: (d) => `"${d.image}:latest" moves whenever a new version is pushed, so the same Dockerfile builds a different image next week. Pin a version tag or a digest.`,
    },
    ru: {
      title: 'Базовый образ с тегом latest',
      message: (d) => `Тег «${d.image}:latest» переезжает на каждую новую версию, и тот же Dockerfile через неделю соберёт другой образ. Закрепите тег версии или дайджест.`,
    },
  },
  check(file, report) {
    for (const stage of file.stages) {
      const ref = stage.base;
      if (ref.tag !== 'latest' || ref.digest || ref.usesVariable) continue;
      report({ range: ref.range, data: { image: ref.name } });
    }
  },
};
