import type { ComposeRule } from '../../compose/rule';
import { didYouMean, replace } from '../../text';
import { dockerfileAt, serviceBuilds } from '../builds';

export const XP005: ComposeRule<{ service: string; target: string; stages: string[]; suggestion?: string }> = {
  kind: 'compose',
  meta: { code: 'XP005', slug: 'target-stage-missing', lesson: 'm3-01-multi-stage', severity: 'error', equivalents: [], fixable: true },
  text: {
    en: { title: 'Build target is not a stage of the Dockerfile', message: (d) => `Service "${d.service}" builds target "${d.target}", but the Dockerfile has ${d.stages.length ? `only the stages ${d.stages.map((s) => `"${s}"`).join(', ')}` : 'no named stage (name one with FROM ... AS name)'}.${d.suggestion ? ` Did you mean "${d.suggestion}"?` : ''}` },
    ru: { title: 'Цель сборки — не этап Dockerfile', message: (d) => `Сервис «${d.service}» собирает цель «${d.target}», но в Dockerfile ${d.stages.length ? `есть только этапы ${d.stages.map((s) => `«${s}»`).join(', ')}` : 'нет именованных этапов (имя задаёт FROM ... AS имя)'}.${d.suggestion ? ` Возможно, вы имели в виду «${d.suggestion}»?` : ''}` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    for (const b of serviceBuilds(model, project)) {
      if (!b.target || !b.dockerfile) continue;
      const df = dockerfileAt(project, b.dockerfile);
      if (!df || df.stageIndex(b.target.name) !== undefined) continue;
      const stages = df.stages.flatMap((s) => (s.name ? [s.name] : []));
      const lower = b.target.name.toLowerCase();
      const suggestion = didYouMean(b.target.name, stages, 3) ?? stages.find((s) => s.toLowerCase().startsWith(lower) || lower.startsWith(s.toLowerCase()));
      report({ range: b.target.range, data: { service: b.service.name, target: b.target.name, stages, ...(suggestion ? { suggestion } : {}) } });
    }
  },
  fixes(_model, f) {
    if (!f.data.suggestion) return [];
    return [{ title: f.lang === 'ru' ? `Заменить на «${f.data.suggestion}»` : `Change to "${f.data.suggestion}"`, edits: [replace(f.range, f.data.suggestion)], preferred: true }];
  },
};
