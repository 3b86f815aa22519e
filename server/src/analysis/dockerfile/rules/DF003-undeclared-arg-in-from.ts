import type { DockerfileRule } from '../rule';

const PLATFORM_ARGS = new Set(['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT']);

export const DF003: DockerfileRule<{ name: string }> = {
  kind: 'dockerfile',
  meta: { code: 'DF003', slug: 'undeclared-arg-in-from', lesson: 'm2-04-env-and-arg', severity: 'error', equivalents: ['buildkit:UndefinedArgInFrom'], fixable: false },
  text: {
    en: { title: 'FROM uses an ARG that is not declared before it', message: (d) => `FROM uses \${${d.name}}, but no "ARG ${d.name}" comes before the first FROM, so it expands to nothing and the image name is broken. Declare it above FROM, e.g. "ARG ${d.name}=<default>".` },
    ru: { title: 'FROM использует ARG, не объявленный до него', message: (d) => `FROM использует \${${d.name}}, но до первого FROM нет «ARG ${d.name}», поэтому подставится пустая строка и имя образа сломается. Объявите его выше FROM, например «ARG ${d.name}=<значение>».` },
  },
  check(file, report) {
    for (const stage of file.stages) {
      const ref = stage.base;
      if (!ref.usesVariable) continue;
      const line = stage.from.range.start.line;
      const declared = new Set(file.globalArgs.filter((a) => a.range.start.line < line).flatMap((a) => a.args.map((w) => w.value.split('=')[0] as string)));
      for (const m of ref.text.matchAll(/\$\{?([A-Za-z_]\w*)/g)) {
        const name = m[1] as string;
        if (declared.has(name) || PLATFORM_ARGS.has(name)) continue;
        report({ range: ref.range, data: { name } });
      }
    }
  },
};
