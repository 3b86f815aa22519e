import type { ComposeRule } from '../../compose/rule';
import { serviceBuilds } from '../builds';

export const XP001: ComposeRule<{ service: string; context: string }> = {
  kind: 'compose',
  meta: { code: 'XP001', slug: 'build-context-missing', lesson: 'm5-01-first-compose', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: { title: 'Build context folder does not exist', message: (d) => `Service "${d.service}" builds from "${d.context}", but there is no such folder next to this compose file: "docker compose build" will fail. Fix the path (it is relative to the compose file).` },
    ru: { title: 'Папки контекста сборки нет', message: (d) => `Сервис «${d.service}» собирается из «${d.context}», но такой папки рядом с compose-файлом нет: «docker compose build» упадёт. Исправьте путь (он считается от compose-файла).` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    for (const b of serviceBuilds(model, project)) {
      if (b.remote || project.isDirectory(b.context)) continue;
      report({ range: b.contextRange, data: { service: b.service.name, context: b.context } });
    }
  },
};
