import type { DockerfileRule } from '../rule';

export const DF013: DockerfileRule<{ path: string }> = {
  kind: 'dockerfile',
  meta: { code: 'DF013', slug: 'relative-workdir', lesson: 'm2-01-first-dockerfile', severity: 'warning', equivalents: ['hadolint:DL3000', 'buildkit:WorkdirRelativePath'], fixable: false },
  text: {
    en: { title: 'WORKDIR with a relative path', message: (d) => `"WORKDIR ${d.path}" is relative to whatever the working folder was before, which depends on the base image. Write the absolute path, e.g. WORKDIR /${d.path.replace(/^\.\//, '')}.` },
    ru: { title: 'WORKDIR с относительным путём', message: (d) => `«WORKDIR ${d.path}» считается от прежнего рабочего каталога, а он зависит от базового образа. Укажите абсолютный путь, например WORKDIR /${d.path.replace(/^\.\//, '')}.` },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      const arg = instr.keyword === 'WORKDIR' ? instr.args[0] : undefined;
      if (!arg || /^(\/|\$|[A-Za-z]:[\\/]|\\)/.test(arg.value) || /^["']\//.test(arg.value)) continue;
      report({ range: arg.range, data: { path: arg.value } });
    }
  },
};
