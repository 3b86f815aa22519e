import type { DockerfileRule } from '../rule';

export const DF031: DockerfileRule<{ name: string; line: number }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF031', slug: 'duplicate-stage-name', lesson: 'm3-01-multi-stage', severity: 'error',
    equivalents: ['buildkit:DuplicateStageName', 'dockerfile-utils:DuplicateBuildStageName'], fixable: false,
  },
  text: {
    en: {
      title: 'Duplicate stage name',
      message: (d) => `The stage name "${d.name}" is already used on line ${d.line} (stage names ignore case). BuildKit gives the name to the last stage that declares it, so "COPY --from=${d.name}" and "--target ${d.name}" quietly use this stage, even on lines above it, and the older builder rejects the file. Give each stage its own name, e.g. "build" and "test".`,
    },
    ru: {
      title: 'Повторяющееся имя этапа',
      message: (d) => `Имя этапа «${d.name}» уже занято в строке ${d.line} (регистр в именах этапов не учитывается). BuildKit отдаёт имя последнему этапу, который его объявил, поэтому «COPY --from=${d.name}» и «--target ${d.name}» молча возьмут этот этап — даже в строках выше, а старый сборщик такой файл вообще не примет. Дайте каждому этапу своё имя, например «build» и «test».`,
    },
  },
  check(file, report) {
    const seen = new Map<string, number>();
    for (const stage of file.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) { seen.set(key, stage.nameRange.start.line); continue; }
      report({ range: stage.nameRange, data: { name: stage.name, line: first + 1 } });
    }
  },
};
