import type { DockerfileRule } from '../rule';

export const DF001: DockerfileRule<{ image: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF001', slug: 'untagged-base-image', lesson: 'm3-03-pinning', severity: 'warning',
    equivalents: ['hadolint:DL3006'], fixable: false,
  },
  text: {
    en: {
      title: 'Base image has no tag',
      message: (d) => `The base image "${d.image}" has no tag, so it means "${d.image}:latest": whatever was pushed last. Pin a version, e.g. "${d.image}:<version>".`,
    },
    ru: {
      title: 'У базового образа нет тега',
      message: (d) => `У базового образа «${d.image}» нет тега, поэтому берётся «${d.image}:latest» — то, что опубликовали последним. Закрепите версию, например «${d.image}:<версия>».`,
    },
  },
  check(file, report) {
    for (const stage of file.stages) {
      const ref = stage.base;
      if (!ref.text || ref.tag || ref.digest || ref.isScratch || ref.usesVariable) continue;
      const earlier = file.stageIndex(ref.name);
      if (earlier !== undefined && earlier < stage.index) continue;
      report({ range: ref.range, data: { image: ref.name } });
    }
  },
};
