import type { ComposeRule } from '../rule';
import { mapGet, scalarText } from '../model';
import { interpolated, lookupFor } from '../nodes';

export const DC018: ComposeRule<{ service: string; name: string; replicas: number; via: 'scale' | 'deploy.replicas' }> = {
  kind: 'compose',
  meta: { code: 'DC018', slug: 'container-name-with-replicas', lesson: 'm6-02-scaling-and-resources', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'container_name on a service with several replicas',
      message: (d) => `Service "${d.service}" asks for ${d.replicas} containers (${d.via}: ${d.replicas}) but also fixes their name to "${d.name}": container names are unique, so the second one cannot be created. Remove \`container_name\` (Compose names them ${d.service}-1, ${d.service}-2...) or run a single replica.`,
    },
    ru: {
      title: 'container_name у сервиса с несколькими репликами',
      message: (d) => `У сервиса «${d.service}» ${d.via}: ${d.replicas}, то есть контейнеров будет несколько, но имя им задано одно — «${d.name}». Имена контейнеров уникальны, и второй контейнер создать не получится. Уберите \`container_name\` (Compose сам назовёт их ${d.service}-1, ${d.service}-2...) или оставьте одну реплику.`,
    },
  },
  check(file, report, ctx) {
    const lookup = lookupFor(ctx.project);
    for (const svc of file.services) {
      const nameK = mapGet(file.doc, svc.value, 'container_name');
      const name = scalarText(nameK?.value);
      if (!nameK || name === undefined) continue;
      const deploy = mapGet(file.doc, svc.value, 'deploy')?.value;
      const candidates: ['scale' | 'deploy.replicas', unknown][] = [
        ['scale', mapGet(file.doc, svc.value, 'scale')?.value],
        ['deploy.replicas', mapGet(file.doc, deploy, 'replicas')?.value],
      ];
      for (const [via, node] of candidates) {
        const r = interpolated(node, lookup);
        if (!r?.complete || !/^\d+$/.test(r.value.trim())) continue;
        const replicas = Number(r.value);
        if (replicas > 1) { report({ range: file.rangeOf(nameK), data: { service: svc.name, name, replicas, via } }); break; }
      }
    }
  },
};
