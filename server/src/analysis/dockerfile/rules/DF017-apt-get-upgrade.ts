import type { DockerfileRule } from '../rule';
import { commandsWith, spanOf } from '../packages';

export const DF017: DockerfileRule<{ verb: string }> = {
  kind: 'dockerfile',
  meta: { code: 'DF017', slug: 'apt-get-upgrade', lesson: 'm3-03-pinning', severity: 'warning', equivalents: ['hadolint:DL3005'], fixable: false },
  text: {
    en: { title: 'apt-get upgrade in a Dockerfile', message: (d) => `"apt-get ${d.verb}" makes the image depend on the day you build: two builds of the same Dockerfile get different packages, and the layer grows. Use a newer base image tag instead (the image maintainers rebuild it with the fixes).` },
    ru: { title: 'apt-get upgrade в Dockerfile', message: (d) => `«apt-get ${d.verb}» делает образ зависимым от дня сборки: две сборки одного Dockerfile получат разные пакеты, а слой вырастет. Лучше возьмите более свежий тег базового образа (его пересобирают с исправлениями).` },
  },
  check(file, report) {
    for (const f of commandsWith(file, ['apt-get', 'apt'], ['upgrade', 'dist-upgrade', 'full-upgrade'])) report({ range: spanOf(f.cmd), data: { verb: f.verb.value } });
  },
};
