// EXPOSE port specs, read the way BuildKit reads them (dockerfile2llb/convert_expose.go):
// `[ip:][hostPort:]containerPort[-end][/proto]`. BuildKit rejects a bad number, a bad range, a
// missing port, an unknown protocol and a bad IP; it accepts a host part or an IP with a
// warning (ExposeInvalidFormat) and exposes only the container port.

export type PortProblem =
  /** Fatal: the build fails. */
  | 'not-a-number' | 'out-of-range' | 'reversed-range' | 'no-port' | 'protocol' | 'bad-ip' | 'range-mismatch'
  /** Accepted by Docker, but wrong or meaningless. */
  | 'mapping' | 'zero';

export const FATAL_PORT_PROBLEMS: ReadonlySet<PortProblem> = new Set(['not-a-number', 'out-of-range', 'reversed-range', 'no-port', 'protocol', 'bad-ip', 'range-mismatch']);

export interface ExposePort {
  text: string;
  ip?: string;
  host?: string;
  /** The container port or range, without the protocol. */
  container: string;
  /** The protocol as written ('' when none). */
  proto: string;
  /** Offset of the protocol in `text`, -1 when none is written. */
  protoOffset: number;
  start?: number;
  end?: number;
  problem?: PortProblem;
  /** The part of the spec the problem is about. */
  culprit?: string;
}

const NUMBER = /^\+?\d{1,10}$/;

function portNumber(raw: string): number | 'not-a-number' | 'out-of-range' {
  if (!NUMBER.test(raw)) return /^\+?\d+$/.test(raw) ? 'out-of-range' : 'not-a-number';
  const n = Number(raw);
  return n > 65535 ? 'out-of-range' : n;
}

function portRange(raw: string): { start: number; end: number } | { problem: PortProblem; culprit: string } {
  if (raw === '') return { problem: 'not-a-number', culprit: raw };
  const dash = raw.indexOf('-');
  const startRaw = dash < 0 ? raw : raw.slice(0, dash);
  const endRaw = dash < 0 ? raw : raw.slice(dash + 1);
  const start = portNumber(startRaw);
  if (typeof start !== 'number') return { problem: start, culprit: startRaw };
  if (dash < 0 || startRaw === endRaw) return { start, end: start };
  const end = portNumber(endRaw);
  if (typeof end !== 'number') return { problem: end, culprit: endRaw };
  if (end < start) return { problem: 'reversed-range', culprit: raw };
  return { start, end };
}

function validIp(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(bare)) return bare.split('.').every((p) => Number(p) <= 255);
  return bare.includes(':') && /^[0-9a-fA-F:.]+$/.test(bare);
}

export function parseExposePort(text: string): ExposePort {
  const parts = text.split(':');
  let ip: string | undefined;
  let host: string | undefined;
  let rest: string;
  if (parts.length === 1) rest = text;
  else if (parts.length === 2) { host = parts[0] as string; rest = parts[1] as string; }
  else {
    const n = parts.length;
    ip = parts.slice(0, n - 2).join(':');
    host = parts[n - 2] as string;
    rest = parts[n - 1] as string;
  }
  const restOffset = text.length - rest.length;
  const slash = rest.indexOf('/');
  const container = slash < 0 ? rest : rest.slice(0, slash);
  const proto = slash < 0 ? '' : rest.slice(slash + 1);
  const port: ExposePort = { text, container, proto, protoOffset: slash < 0 ? -1 : restOffset + slash + 1 };
  if (ip !== undefined) port.ip = ip;
  if (host !== undefined) port.host = host;
  const fail = (problem: PortProblem, culprit: string): ExposePort => Object.assign(port, { problem, culprit });
  if (container === '') return fail('no-port', text);
  if (!['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return fail('protocol', proto);
  if (ip !== undefined && ip !== '' && !validIp(ip)) return fail('bad-ip', ip);
  const c = portRange(container);
  if ('problem' in c) return fail(c.problem, c.culprit);
  port.start = c.start;
  port.end = c.end;
  if (host !== undefined && host !== '') {
    const h = portRange(host);
    if ('problem' in h) return fail(h.problem, h.culprit);
    if (h.end - h.start !== c.end - c.start && c.end !== c.start) return fail('range-mismatch', text);
  }
  if (ip !== undefined || host !== undefined) return fail('mapping', text);
  if (c.start === 0) return fail('zero', container);
  return port;
}

/** The spec with only what EXPOSE means: the container port and the protocol as written. */
export function containerPart(port: ExposePort): string {
  return port.protoOffset >= 0 ? `${port.container}/${port.proto}` : port.container;
}
