import type { ComposeRule } from '../rule';
import { lookupFor } from '../nodes';
import { isDockerSocket, serviceMounts } from '../volumes';

export const DC017: ComposeRule<{ service: string; source: string; readOnly: boolean }> = {
  kind: 'compose',
  meta: { code: 'DC017', slug: 'docker-socket-mounted', lesson: 'm6-06-hardening-and-updates', severity: 'warning', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Docker socket mounted into a container',
      message: (d) => `Service "${d.service}" mounts the Docker socket (${d.source}). Whoever controls this container can start a privileged container with the host's disk mounted: it is root on the host${d.readOnly ? ' (":ro" does not help: the API still accepts every command)' : ''}. Mount it only into tools you fully trust, and prefer a socket proxy that allows just the API calls they need.`,
    },
    ru: {
      title: 'В контейнер смонтирован сокет Docker',
      message: (d) => `Сервис «${d.service}» монтирует сокет Docker (${d.source}). Кто управляет этим контейнером, тот может запустить привилегированный контейнер с диском хоста — то есть это root на хосте${d.readOnly ? ' (":ro" не спасает: API по-прежнему принимает любые команды)' : ''}. Монтируйте сокет только в инструменты, которым полностью доверяете, а лучше — через прокси сокета, который пропускает лишь нужные вызовы API.`,
    },
  },
  check(file, report, ctx) {
    const lookup = lookupFor(ctx.project);
    for (const svc of file.services) {
      for (const m of serviceMounts(file, svc, lookup)) {
        if (m.type !== 'bind' && m.form === 'long') continue;
        if (!isDockerSocket(m.source)) continue;
        report({ range: m.sourceRange ?? m.range, data: { service: svc.name, source: m.source ?? '', readOnly: m.readOnly } });
      }
    }
  },
};
