import { dirname, join } from 'node:path';
import type { DockerfileRule } from '../../dockerfile/rule';
import { parseDockerignore } from '../dockerignore';

export const XP007: DockerfileRule<{ source: string; pattern: string; line: number }> = {
  kind: 'dockerfile',
  meta: { code: 'XP007', slug: 'copy-excluded-by-dockerignore', lesson: 'm2-06-dockerignore', severity: 'error', equivalents: ['buildkit:CopyIgnoredFile'], fixable: false },
  text: {
    en: { title: 'COPY of a file that .dockerignore excludes', message: (d) => `"${d.source}" is excluded by the pattern "${d.pattern}" on line ${d.line + 1} of .dockerignore, so it never reaches the builder and this COPY fails with "not found". Narrow the pattern, or add an exception like "!${d.source}".` },
    ru: { title: 'COPY файла, исключённого в .dockerignore', message: (d) => `«${d.source}» исключён шаблоном «${d.pattern}» (строка ${d.line + 1} в .dockerignore), поэтому он не попадает в сборку и этот COPY упадёт с «not found». Сузьте шаблон или добавьте исключение «!${d.source}».` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    // The context is assumed to be the Dockerfile's folder (docker build ., compose's default).
    const context = dirname(project.file);
    const text = project.read(join(context, '.dockerignore'));
    if (text === undefined) return;
    const ignore = parseDockerignore(text);
    for (const instr of model.instructions) {
      if ((instr.keyword !== 'COPY' && instr.keyword !== 'ADD') || instr.heredoc || instr.flags.some((f) => f.name === 'from')) continue;
      const sources = (instr.execForm ?? instr.args.map((a) => a.value)).slice(0, -1);
      sources.forEach((source, i) => {
        if (/[*?[$]|^https?:|^git@/.test(source) || source === '.' || source === './') return;
        const hit = ignore.excludedBy(source);
        if (!hit) return;
        const word = instr.execForm ? undefined : instr.args[i];
        report({ range: word?.range ?? instr.range, data: { source, pattern: hit.pattern, line: hit.line } });
      });
    }
  },
};
