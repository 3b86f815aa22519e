import { dirname, join } from 'node:path';
import type { DockerfileRule } from '../../dockerfile/rule';

const HEAVY = ['.git', 'node_modules', '.venv', 'venv', '__pycache__', 'target', '.env'];

export const XP008: DockerfileRule<{ found: string[] }> = {
  kind: 'dockerfile',
  meta: { code: 'XP008', slug: 'missing-dockerignore', lesson: 'm2-06-dockerignore', severity: 'warning', equivalents: [], fixable: false },
  text: {
    en: { title: 'No .dockerignore next to a context with .git or dependencies', message: (d) => `This folder has ${d.found.map((f) => `"${f}"`).join(', ')} and no .dockerignore: every build sends ${d.found.length > 1 ? 'them' : 'it'} to the builder, a "COPY . ." bakes ${d.found.length > 1 ? 'them' : 'it'} into the image (secrets included), and any change to ${d.found.length > 1 ? 'them' : 'it'} busts the cache. Add a .dockerignore listing ${d.found.join(', ')}.` },
    ru: { title: 'Нет .dockerignore рядом с контекстом, где есть .git или зависимости', message: (d) => `В этой папке есть ${d.found.map((f) => `«${f}»`).join(', ')}, но нет .dockerignore: каждая сборка отправляет это в сборщик, «COPY . .» запекает это в образ (вместе с секретами), а любое изменение сбрасывает кэш. Добавьте .dockerignore со строками ${d.found.join(', ')}.` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    const first = model.stages[0];
    if (!project || !first) return;
    const context = dirname(project.file);
    if (project.exists(join(context, '.dockerignore')) || project.exists(`${project.file}.dockerignore`)) return;
    const names = new Set(project.list(context));
    const found = HEAVY.filter((h) => names.has(h));
    if (found.length > 0) report({ range: first.from.keywordRange, data: { found } });
  },
};
