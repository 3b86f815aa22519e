import type { ComposeRule } from '../../compose/rule';
import { mapGet, scalarText, seqItems } from '../../compose/model';
import { composeDir, hasVariable, resolveFrom } from '../builds';

export const XP009: ComposeRule<{ service: string; file: string }> = {
  kind: 'compose',
  meta: { code: 'XP009', slug: 'env-file-missing', lesson: 'm5-04-env-and-interpolation', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: { title: 'env_file that does not exist', message: (d) => `Service "${d.service}" reads environment variables from "${d.file}", which does not exist: "docker compose up" stops with an error. Create it (often from a committed .env.example), fix the path, or mark it "required: false".` },
    ru: { title: 'env_file не существует', message: (d) => `Сервис «${d.service}» читает переменные окружения из «${d.file}», но такого файла нет: «docker compose up» остановится с ошибкой. Создайте его (часто из закоммиченного .env.example), исправьте путь или пометьте «required: false».` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    const base = composeDir(project);
    for (const service of model.services) {
      const node = mapGet(model.doc, service.value, 'env_file')?.value;
      const items = scalarText(node) !== undefined ? [node] : seqItems(model.doc, node);
      for (const item of items) {
        const path = scalarText(item) ?? scalarText(mapGet(model.doc, item, 'path')?.value);
        const required = scalarText(mapGet(model.doc, item, 'required')?.value);
        if (path === undefined || hasVariable(path) || required === 'false') continue;
        if (!project.exists(resolveFrom(base, path))) report({ range: model.rangeOf(scalarText(item) !== undefined ? item : mapGet(model.doc, item, 'path')?.value), data: { service: service.name, file: path } });
      }
    }
  },
};
