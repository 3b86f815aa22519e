import type { DockerfileRule } from '../rule';

const RESERVED: ReadonlySet<string> = new Set(['scratch', 'context']);

export const DF037: DockerfileRule<{ name: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF037', slug: 'reserved-stage-name', lesson: 'm3-01-multi-stage', severity: 'error',
    equivalents: ['buildkit:ReservedStageName'], fixable: false,
  },
  text: {
    en: {
      title: 'Reserved stage name',
      message: (d) => `"${d.name}" is reserved: "scratch" already means the empty base image and "context" the build context, so "FROM ${d.name.toLowerCase()}" or "COPY --from=${d.name.toLowerCase()}" could not tell which one you mean. Pick another name, e.g. "build" or "base".`,
    },
    ru: {
      title: 'Зарезервированное имя этапа',
      message: (d) => `Имя «${d.name}» зарезервировано: «scratch» уже означает пустой базовый образ, а «context» — контекст сборки, поэтому «FROM ${d.name.toLowerCase()}» или «COPY --from=${d.name.toLowerCase()}» не смогут понять, что имеется в виду. Выберите другое имя, например «build» или «base».`,
    },
  },
  check(file, report) {
    for (const stage of file.stages) {
      if (stage.name && stage.nameRange && RESERVED.has(stage.name.toLowerCase())) report({ range: stage.nameRange, data: { name: stage.name } });
    }
  },
};
