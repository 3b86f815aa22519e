import type { ComposeRule } from '../../compose/rule';
import { declaredArgs, dockerfileAt, PREDEFINED_ARGS, serviceBuilds } from '../builds';

export const XP004: ComposeRule<{ service: string; args: string[] }> = {
  kind: 'compose',
  meta: { code: 'XP004', slug: 'arg-without-value', lesson: 'm2-04-env-and-arg', severity: 'info', equivalents: [], fixable: false },
  text: {
    en: { title: 'ARG without a default that the build never sets', message: (d) => `The Dockerfile of service "${d.service}" declares ${d.args.map((a) => `"ARG ${a}"`).join(', ')} without a default, and "build.args" does not set ${d.args.length > 1 ? 'them' : 'it'}: ${d.args.length > 1 ? 'they are' : 'it is'} empty during the build. Give a default in the Dockerfile or a value under "args:".` },
    ru: { title: 'ARG без значения по умолчанию, который сборка не задаёт', message: (d) => `В Dockerfile сервиса «${d.service}» объявлены ${d.args.map((a) => `«ARG ${a}»`).join(', ')} без значения по умолчанию, а «build.args» их не задаёт: во время сборки они пустые. Задайте значение по умолчанию в Dockerfile или в «args:».` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    for (const b of serviceBuilds(model, project)) {
      if (!b.dockerfile) continue;
      const df = dockerfileAt(project, b.dockerfile);
      if (!df) continue;
      const given = new Set(b.args.map((a) => a.name));
      const missing = [...declaredArgs(df)].filter(([name, a]) => !a.hasDefault && !given.has(name) && !PREDEFINED_ARGS.has(name)).map(([name]) => name);
      if (missing.length > 0) report({ range: b.service.keyRange, data: { service: b.service.name, args: missing } });
    }
  },
};
