import type { ComposeRule } from '../../compose/rule';
import { serviceBuilds } from '../builds';

export const XP002: ComposeRule<{ service: string; dockerfile: string; given: boolean }> = {
  kind: 'compose',
  meta: { code: 'XP002', slug: 'dockerfile-missing', lesson: 'm5-01-first-compose', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: { title: 'The Dockerfile to build does not exist', message: (d) => d.given
      ? `Service "${d.service}" builds with "${d.dockerfile}", which does not exist. "dockerfile:" is relative to the build context, not to the compose file.`
      : `Service "${d.service}" builds its context, but the context has no Dockerfile ("${d.dockerfile}"). Add one, or name it with "dockerfile:".` },
    ru: { title: 'Dockerfile для сборки не существует', message: (d) => d.given
      ? `Сервис «${d.service}» собирается по «${d.dockerfile}», но такого файла нет. Путь в «dockerfile:» считается от контекста сборки, а не от compose-файла.`
      : `Сервис «${d.service}» собирает свой контекст, но в нём нет Dockerfile («${d.dockerfile}»). Добавьте его или укажите файл в «dockerfile:».` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    for (const b of serviceBuilds(model, project)) {
      if (!b.dockerfile || !project.isDirectory(b.context) || project.exists(b.dockerfile)) continue;
      report({ range: b.dockerfileGiven ? b.dockerfileRange : b.contextRange, data: { service: b.service.name, dockerfile: b.dockerfile, given: b.dockerfileGiven } });
    }
  },
};
