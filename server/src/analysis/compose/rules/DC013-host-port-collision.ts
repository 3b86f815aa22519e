import type { ComposeRule } from '../rule';
import { mapGet, scalarText, seqItems, type ComposeModel, type Entry } from '../model';
import { lookupFor } from '../nodes';
import { allInterfaces, servicePorts, type PortItem } from '../ports';

interface Data { service: string; other: string; port: number; protocol: string; sameService: boolean }

function profiles(model: ComposeModel, svc: Entry): Set<string> {
  return new Set(seqItems(model.doc, mapGet(model.doc, svc.value, 'profiles')?.value).map((i) => scalarText(i) ?? ''));
}

/** Two bindings clash when their interfaces overlap: the same IP, or either binds every interface. */
function interfacesOverlap(a: string | undefined, b: string | undefined): boolean {
  if (allInterfaces(a) || allInterfaces(b)) return true;
  return a === b;
}

export const DC013: ComposeRule<Data> = {
  kind: 'compose',
  meta: { code: 'DC013', slug: 'host-port-collision', lesson: 'm4-01-ports', severity: 'error', equivalents: ['dclint:no-duplicate-exported-ports'], fixable: false },
  text: {
    en: {
      title: 'Two services publish the same host port',
      message: (d) => d.sameService
        ? `Service "${d.service}" publishes host port ${d.port}/${d.protocol} twice: the second binding fails with "port is already allocated". Keep one, or use another host port.`
        : `Host port ${d.port}/${d.protocol} is already published by service "${d.other}": only one container can listen on a host port, so this one fails to start with "port is already allocated". Pick another host port (e.g. "${d.port + 1}:..."), or drop the mapping if only other containers need to reach it.`,
    },
    ru: {
      title: 'Два сервиса публикуют один и тот же порт хоста',
      message: (d) => d.sameService
        ? `Сервис «${d.service}» дважды публикует порт хоста ${d.port}/${d.protocol}: вторая привязка упадёт с ошибкой «port is already allocated». Оставьте одну или возьмите другой порт хоста.`
        : `Порт хоста ${d.port}/${d.protocol} уже публикует сервис «${d.other}»: слушать порт хоста может только один контейнер, и этот не запустится с ошибкой «port is already allocated». Выберите другой порт хоста (например, «${d.port + 1}:...») или уберите проброс, если к сервису обращаются только другие контейнеры.`,
    },
  },
  check(file, report, ctx) {
    const lookup = lookupFor(ctx.project);
    // protocol/port -> bindings seen so far (ranges expanded, at most 1024 ports each).
    const seen = new Map<string, { item: PortItem; ip: string | undefined; profiles: Set<string> }[]>();
    for (const svc of file.services) {
      if (scalarText(mapGet(file.doc, svc.value, 'network_mode')?.value) === 'host') continue;
      const mine = profiles(file, svc);
      for (const item of servicePorts(file, svc, lookup)) {
        if (!item.parse?.ok || !item.parse.mapping.host) continue;
        const { host, protocol, ip } = item.parse.mapping;
        if (host.start === 0 || host.end - host.start > 1023) continue;
        let clash: { item: PortItem; port: number } | undefined;
        for (let port = host.start; port <= host.end; port++) {
          const key = `${protocol}/${port}`;
          const list = seen.get(key) ?? [];
          const other = list.find((o) => interfacesOverlap(o.ip, ip)
            // Services in profiles that never run together do not clash.
            && !(o.profiles.size > 0 && mine.size > 0 && ![...mine].some((p) => o.profiles.has(p))));
          if (other && !clash) clash = { item: other.item, port };
          list.push({ item, ip, profiles: mine });
          seen.set(key, list);
        }
        if (clash) report({ range: item.range, data: { service: svc.name, other: clash.item.service.name, port: clash.port, protocol, sameService: clash.item.service === svc } });
      }
    }
  },
};
