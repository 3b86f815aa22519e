// Exercise of lesson m4-01-ports: a Compose service publishes a port on 127.0.0.1 only, every
// short-syntax port is a quoted string, every mapping is valid and no host port is taken twice,
// and no database publishes its port beyond the local machine.
import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeModel } from '../../compose/model';
import { mapGet, scalarText, seqItems } from '../../compose/model';
import { bestJudgement, composeFiles, criterion } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

interface Port { service: string; hostIp: string; published: string; target: string; protocol: string; quoted: boolean; valid: boolean }

const DATABASES = new Set(['postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'valkey', 'memcached', 'elasticsearch', 'opensearch', 'cassandra', 'couchdb', 'clickhouse']);
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function validRange(spec: string, allowEmpty: boolean): boolean {
  if (spec === '') return allowEmpty;
  if (spec.includes('$')) return true;
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) return false;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  return low >= 1 && high <= 65535 && low <= high;
}

/** `[host_ip:][published:]target[/protocol]`, with `[::1]:8080:80` for IPv6. */
function parseShort(service: string, text: string, quoted: boolean): Port {
  let rest = text.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) { protocol = rest.slice(slash + 1); rest = rest.slice(0, slash); }
  let hostIp = '';
  if (rest.startsWith('[')) {
    const end = rest.indexOf(']');
    hostIp = end < 0 ? '' : rest.slice(1, end);
    rest = end < 0 ? rest : rest.slice(end + 1).replace(/^:/, '');
  }
  const parts = rest.split(':');
  let published = '';
  let target = '';
  let shapeOk = true;
  if (parts.length === 3 && hostIp === '') [hostIp, published, target] = parts as [string, string, string];
  else if (parts.length === 2) [published, target] = parts as [string, string];
  else if (parts.length === 1) target = parts[0] as string;
  else shapeOk = false;
  const valid = shapeOk && validRange(target, false) && validRange(published, true)
    && ['tcp', 'udp', 'sctp'].includes(protocol) && (hostIp === '' || /^[\d.]+$|:|^localhost$/.test(hostIp));
  return { service, hostIp, published, target, protocol, quoted, valid };
}

function parseLong(model: ComposeModel, service: string, node: Node): Port {
  const get = (k: string) => scalarText(mapGet(model.doc, node, k)?.value) ?? '';
  const target = get('target');
  const published = get('published');
  const protocol = get('protocol') || 'tcp';
  const valid = validRange(target, false) && validRange(published, true) && ['tcp', 'udp', 'sctp'].includes(protocol);
  return { service, hostIp: get('host_ip'), published, target, protocol, quoted: true, valid };
}

function ports(model: ComposeModel): { ports: Port[]; dbPorts: Port[] } {
  const all: Port[] = [];
  const dbPorts: Port[] = [];
  for (const svc of model.services) {
    const image = scalarText(mapGet(model.doc, svc.value, 'image')?.value) ?? '';
    const repo = (image.split('@')[0] as string).replace(/:[^/]*$/, '').split('/').pop() ?? '';
    const isDb = DATABASES.has(repo.toLowerCase());
    for (const item of seqItems(model.doc, mapGet(model.doc, svc.value, 'ports')?.value)) {
      let port: Port | undefined;
      if (isMap(item)) port = parseLong(model, svc.name, item);
      else if (isScalar(item)) {
        const quoted = typeof item.value === 'string' && (item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE');
        port = parseShort(svc.name, String(item.value), quoted);
      }
      if (!port) continue;
      all.push(port);
      if (isDb) dbPorts.push(port);
    }
  }
  return { ports: all, dbPorts };
}

/** Two mappings want the same host port: same protocol and port, and addresses that overlap. */
function collide(a: Port, b: Port): boolean {
  if (a.published === '' || b.published === '' || a.protocol !== b.protocol || a.published !== b.published) return false;
  const any = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::';
  return any(a.hostIp) || any(b.hostIp) || a.hostIp === b.hostIp;
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const { ports: all, dbPorts } = model ? ports(model) : { ports: [], dbPorts: [] };
  const some = all.length > 0;
  const unique = all.every((p, i) => all.slice(i + 1).every((q) => !collide(p, q)));
  return [
    criterion('loopback-port', all.some((p) => LOOPBACK.has(p.hostIp) && p.published !== ''),
      'A service publishes a port on the local machine only, with the host address in front: "127.0.0.1:8080:80".',
      'Сервис публикует порт только на локальной машине, с адресом хоста впереди: "127.0.0.1:8080:80".'),
    criterion('quoted-ports', some && all.every((p) => p.quoted),
      'Every port in the short form is a quoted string ("8080:80", not 8080:80), so no YAML parser reads it as a number.',
      'Каждый порт в короткой форме записан строкой в кавычках ("8080:80", а не 8080:80), чтобы ни один YAML-парсер не прочёл его как число.'),
    criterion('valid-unique-ports', some && all.every((p) => p.valid) && unique,
      'Every port mapping is valid (ports 1-65535, protocol tcp, udp or sctp) and no host port is published twice.',
      'Каждое сопоставление портов корректно (порты 1-65535, протокол tcp, udp или sctp), и ни один порт хоста не публикуется дважды.'),
    criterion('database-not-public', some && dbPorts.every((p) => LOOPBACK.has(p.hostIp)),
      'No database service (postgres, mysql, redis and the like) publishes its port beyond 127.0.0.1; other services reach it by service name without any published port.',
      'Ни один сервис базы данных (postgres, mysql, redis и подобные) не публикует порт дальше 127.0.0.1; остальные сервисы обращаются к нему по имени сервиса без всякой публикации.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm4-01-local-port',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
