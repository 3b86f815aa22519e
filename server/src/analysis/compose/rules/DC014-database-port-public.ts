import { isMap } from 'yaml';
import type { ComposeRule } from '../rule';
import type { Fix } from '../../types';
import { appendToMap } from '../edit';
import { DATABASE_PORTS, knownImage, serviceImage } from '../images';
import { deref, mapGet, scalarText } from '../model';
import { lookupFor, textAt } from '../nodes';
import { servicePorts } from '../ports';

interface Data { service: string; product: string; port: number; host: string | null; form: 'short' | 'long'; hostGiven: boolean }

export const DC014: ComposeRule<Data> = {
  kind: 'compose',
  meta: { code: 'DC014', slug: 'database-port-public', lesson: 'm4-01-ports', severity: 'warning', equivalents: [], fixable: true },
  text: {
    en: {
      title: 'Database port published on every interface',
      message: (d) => `Service "${d.service}" publishes ${d.product} (container port ${d.port}) on ${d.host ? `host port ${d.host}` : 'a random host port'} of every network interface: anyone who can reach this machine can connect to your database and try passwords (Redis and Memcached often have none), and Docker's rules bypass most host firewalls (ufw). The other services reach it by its service name without any published port. If you need it from the host (a GUI client), bind it to 127.0.0.1 only.`,
    },
    ru: {
      title: 'Порт базы данных открыт на всех интерфейсах',
      message: (d) => `Сервис «${d.service}» публикует ${d.product} (порт контейнера ${d.port}) на ${d.host ? `порту хоста ${d.host}` : 'случайном порту хоста'} на всех сетевых интерфейсах: любой, кто видит эту машину, может подключиться к базе и подбирать пароли (у Redis и Memcached их часто нет вовсе), а правила Docker обходят большинство файрволов хоста (ufw). Другие сервисы и так обращаются к базе по имени сервиса, без публикации порта. Если база нужна с хоста (например, для GUI-клиента), привяжите порт только к 127.0.0.1.`,
    },
  },
  check(file, report, ctx) {
    const lookup = lookupFor(ctx.project);
    for (const svc of file.services) {
      // Host networking ignores `ports:` (DC019 says so).
      if (scalarText(mapGet(file.doc, svc.value, 'network_mode')?.value) === 'host') continue;
      const known = knownImage(serviceImage(file, svc));
      for (const item of servicePorts(file, svc, lookup)) {
        if (!item.parse?.ok) continue;
        const { ip, host, container } = item.parse.mapping;
        if (ip !== undefined) continue; // a host IP was chosen on purpose (even 0.0.0.0)
        for (let port = container.start; port <= Math.min(container.end, container.start + 64); port++) {
          const product = known?.ports.includes(port) ? known.product : DATABASE_PORTS.get(port);
          if (!product) continue;
          const hostText = !host ? null : host.start === host.end ? String(host.start) : host.text;
          report({ range: item.range, data: { service: svc.name, product, port, host: hostText, form: item.form, hostGiven: host !== undefined } });
          break;
        }
      }
    }
  },
  fixes(file, f) {
    const title = f.lang === 'ru' ? 'Привязать к 127.0.0.1 (только этот компьютер)' : 'Bind to 127.0.0.1 (this machine only)';
    if (f.data.form === 'long') {
      const svc = file.services.find((s) => s.name === f.data.service);
      const item = svc && servicePorts(file, svc, lookupFor(undefined)).find((p) => p.range.start.line === f.range.start.line && p.range.start.character === f.range.start.character);
      const map = deref(file.doc, item?.node);
      if (!isMap(map)) return [];
      const block = appendToMap(file, map, ['host_ip: 127.0.0.1']);
      if (block) return [{ title, edits: [block], preferred: true }];
      // Flow mapping `{ target: 5432, published: 5432 }`: add the key after the last one.
      const last = map.items[map.items.length - 1];
      const end = (last?.value as { range?: [number, number, number] } | null)?.range?.[1] ?? (last?.key as { range?: [number, number, number] } | null)?.range?.[1];
      if (end === undefined) return [];
      const at = file.position(end);
      return [{ title, edits: [{ range: { start: at, end: at }, newText: ', host_ip: 127.0.0.1' }], preferred: true }];
    }
    const written = textAt(file, f.range);
    if (written === undefined) return [];
    const q = written[0] === '"' || written[0] === "'" ? written[0] : '';
    const inner = q ? written.slice(1, -1) : written;
    // `5432:5432` -> `127.0.0.1:5432:5432`; `5432` (random host port) -> `127.0.0.1::5432`.
    const next = inner.startsWith(':') ? `127.0.0.1${inner}` : `127.0.0.1:${f.data.hostGiven ? '' : ':'}${inner}`;
    const quote = q || '"';
    const fix: Fix = { title, edits: [{ range: f.range, newText: `${quote}${next}${quote}` }], preferred: true };
    return [fix];
  },
};
