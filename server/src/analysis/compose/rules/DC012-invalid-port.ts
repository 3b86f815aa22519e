import type { ComposeRule } from '../rule';
import type { Range } from '../../types';
import { lookupFor, stringValue } from '../nodes';
import { parseRange, servicePorts, type PortProblem } from '../ports';
import { mapGet, seqItems } from '../model';
import { interpolated } from '../nodes';

interface Data { service: string; value: string; problem: PortProblem['kind']; part: string; substituted: boolean }

function explain(d: Data, ru: boolean): string {
  const p = `"${d.part}"`;
  switch (d.problem) {
    case 'out-of-range': return ru ? `${p} — не номер порта: порты бывают от 1 до 65535.` : `${p} is not a port number: ports go from 1 to 65535.`;
    case 'reversed': return ru ? `диапазон ${p} заканчивается раньше, чем начинается.` : `the range ${p} ends before it starts.`;
    case 'zero': return ru ? 'порт 0 внутри контейнера не может принимать подключения.' : 'port 0 inside the container cannot receive connections.';
    case 'protocol': return ru ? `${p} — не протокол, который Docker умеет публиковать: tcp (по умолчанию), udp или sctp.` : `${p} is not a protocol Docker publishes: use tcp (the default), udp or sctp.`;
    case 'ip': return ru ? `${p} — не IP-адрес, а перед портом хоста указывается именно адрес интерфейса (например, 127.0.0.1).` : `${p} is not an IP address: the part before the host port is the host interface to bind (e.g. 127.0.0.1).`;
    case 'mismatch': return ru ? `диапазоны портов хоста и контейнера разной длины (${p}): каждому порту хоста соответствует один порт контейнера.` : `the host and container port ranges have different lengths (${p}): each host port maps to one container port.`;
    case 'mode': return ru ? `mode может быть только host или ingress, а не ${p}.` : `mode must be host or ingress, not ${p}.`;
    default: return ru
      ? `Docker не поймёт запись ${p}. Пишите «ХОСТ:КОНТЕЙНЕР» («8080:80»), при необходимости с IP хоста («127.0.0.1:8080:80») или протоколом («53:53/udp»).`
      : `Docker cannot read ${p}. Write "HOST:CONTAINER" ("8080:80"), optionally with a host IP ("127.0.0.1:8080:80") or a protocol ("53:53/udp").`;
  }
}

export const DC012: ComposeRule<Data> = {
  kind: 'compose',
  meta: { code: 'DC012', slug: 'invalid-port', lesson: 'm4-01-ports', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Invalid port',
      message: (d) => `Service "${d.service}": ${d.substituted ? `after substituting variables, "${d.value}": ` : ''}${explain(d, false)} Compose refuses the project until it is fixed.`,
    },
    ru: {
      title: 'Неправильный порт',
      message: (d) => `Сервис «${d.service}»: ${d.substituted ? `после подстановки переменных «${d.value}»: ` : ''}${explain(d, true)} Пока это не исправлено, Compose не запустит проект.`,
    },
  },
  check(file, report, ctx) {
    const lookup = lookupFor(ctx.project);
    for (const svc of file.services) {
      for (const p of servicePorts(file, svc, lookup)) {
        if (!p.parse || p.parse.ok) continue;
        const problem = p.parse.problem;
        let range: Range = p.range;
        let value = p.value ?? '';
        let substituted = false;
        if (p.form === 'long' && p.long) {
          const fieldOf = problem.kind === 'protocol' ? p.long.protocol : problem.kind === 'ip' ? p.long.hostIp : problem.kind === 'mode' ? p.long.mode
            : p.long.published && p.long.published.text === problem.text ? p.long.published : p.long.target;
          if (fieldOf) { range = fieldOf.range; value = fieldOf.text ?? ''; substituted = stringValue(fieldOf.node) !== fieldOf.text; }
        } else {
          substituted = stringValue(p.node) !== p.value;
        }
        report({ range, data: { service: svc.name, value, problem: problem.kind, part: problem.text || value, substituted } });
      }
      // expose: container ports only, `3000`, `3000-3005`, `53/udp`.
      for (const item of seqItems(file.doc, mapGet(file.doc, svc.value, 'expose')?.value)) {
        const r = interpolated(item, lookup);
        if (!r || !r.complete) continue;
        const [portText, proto] = r.value.split('/');
        const range = parseRange(portText ?? '');
        let problem: PortProblem | undefined = 'kind' in range ? range : range.start === 0 ? { kind: 'zero', text: portText ?? '' } : undefined;
        if (!problem && proto !== undefined && !['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) problem = { kind: 'protocol', text: proto };
        if (problem) report({ range: file.rangeOf(item), data: { service: svc.name, value: r.value, problem: problem.kind, part: problem.text || r.value, substituted: stringValue(item) !== r.value } });
      }
    }
  },
};
