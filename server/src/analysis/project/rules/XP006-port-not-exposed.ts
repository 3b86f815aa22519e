import type { ComposeRule } from '../../compose/rule';
import { mapGet, scalarText, seqItems } from '../../compose/model';
import { dockerfileAt, serviceBuilds } from '../builds';

/** The container port of a short or long port mapping, if it is a single literal port. */
export function containerPort(text: string): number | undefined {
  const noProto = text.split('/')[0] ?? '';
  const last = noProto.slice(noProto.lastIndexOf(':') + 1);
  return /^\d+$/.test(last) ? Number(last) : undefined;
}

export const XP006: ComposeRule<{ service: string; port: number }> = {
  kind: 'compose',
  meta: { code: 'XP006', slug: 'port-not-exposed', lesson: 'm4-01-ports', severity: 'hint', equivalents: [], fixable: false },
  text: {
    en: { title: 'Published port the image does not EXPOSE', message: (d) => `Service "${d.service}" publishes container port ${d.port}, but its Dockerfile never EXPOSEs it. Publishing still works if the app listens there; EXPOSE ${d.port} documents it for the next reader (and for "docker run -P").` },
    ru: { title: 'Опубликован порт, которого нет в EXPOSE', message: (d) => `Сервис «${d.service}» публикует порт контейнера ${d.port}, но его Dockerfile этот порт не объявляет в EXPOSE. Публикация сработает, если приложение слушает этот порт; EXPOSE ${d.port} документирует его для следующего читателя (и для «docker run -P»).` },
  },
  check(model, report, ctx) {
    const project = ctx.project;
    if (!project) return;
    for (const b of serviceBuilds(model, project)) {
      if (!b.dockerfile) continue;
      const df = dockerfileAt(project, b.dockerfile);
      if (!df) continue;
      const stage = (b.target ? df.stages[df.stageIndex(b.target.name) ?? -1] : undefined) ?? df.stages[df.stages.length - 1];
      if (!stage || stage.instructions.some((i) => i.keyword === 'EXPOSE' && i.args.some((a) => a.value.includes('$')))) continue;
      const exposed = new Set(stage.instructions.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.map((a) => containerPort(a.value))));
      for (const item of seqItems(model.doc, mapGet(model.doc, b.service.value, 'ports')?.value)) {
        const text = scalarText(item) ?? scalarText(mapGet(model.doc, item, 'target')?.value);
        const port = text === undefined || text.includes('$') ? undefined : containerPort(text);
        if (port === undefined || exposed.has(port)) continue;
        report({ range: model.rangeOf(item), data: { service: b.service.name, port } });
      }
    }
  },
};
