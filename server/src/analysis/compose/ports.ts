// Port mappings of Compose services, short (`[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`, split the
// way Docker's nat.ParsePortSpec does) and long syntax (target, published, host_ip, protocol,
// mode), after interpolation. Shared by DC011-DC014, DC019 and the hover.
import { isMap, isScalar, type Node } from 'yaml';
import type { Range } from '../types';
import type { Lookup } from './interpolation';
import { mapGet, seqItems, type ComposeModel, type Entry } from './model';
import { contentRange, interpolated, quoteOf, type Quote } from './nodes';

export interface PortRange { start: number; end: number; text: string }

export interface Mapping {
  /** Host IP without brackets; undefined means all interfaces. */
  ip?: string;
  /** Host port(s); undefined means Docker picks a free one (or, without a host part, publishes a random port). */
  host?: PortRange;
  container: PortRange;
  protocol: string;
}

export type PortProblem =
  | { kind: 'malformed'; text: string }
  | { kind: 'out-of-range'; text: string }
  | { kind: 'reversed'; text: string }
  | { kind: 'zero'; text: string }
  | { kind: 'protocol'; text: string }
  | { kind: 'ip'; text: string }
  | { kind: 'mismatch'; text: string }
  | { kind: 'mode'; text: string };

export type PortParse = { ok: true; mapping: Mapping } | { ok: false; problem: PortProblem };

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** Parses `8080`, `8000-8010`; 0 is allowed (the caller decides where it is not). */
export function parseRange(text: string): PortRange | PortProblem {
  const m = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(text);
  if (!m) return { kind: 'malformed', text };
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535) return { kind: 'out-of-range', text };
  if (end < start) return { kind: 'reversed', text };
  return { start, end, text };
}

const isProblem = (r: PortRange | PortProblem): r is PortProblem => 'kind' in r;

export function validIp(ip: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip.split('.').every((p) => Number(p) <= 255);
  // IPv6: hex groups and colons, at most one '::' (an embedded IPv4 tail allowed).
  if (!/^[0-9a-fA-F:.]+$/.test(ip) || !ip.includes(':')) return false;
  if ((ip.match(/::/g) ?? []).length > 1) return false;
  const groups = ip.split(':');
  return groups.length <= 8 && groups.every((g) => g === '' || /^[0-9a-fA-F]{1,4}$/.test(g) || /^\d{1,3}(\.\d{1,3}){3}$/.test(g));
}

/** Docker's short syntax. */
export function parseShortPort(raw: string): PortParse {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: { kind: 'malformed', text: raw } };
  const parts = text.split(':');
  const n = parts.length;
  let containerPart = parts[n - 1] as string;
  const hostPart = n >= 2 ? parts[n - 2] as string : undefined;
  let ip = n >= 3 ? parts.slice(0, n - 2).join(':') : undefined;
  let protocol = 'tcp';
  const slash = containerPart.indexOf('/');
  if (slash >= 0) {
    protocol = containerPart.slice(slash + 1);
    containerPart = containerPart.slice(0, slash);
    if (!PROTOCOLS.has(protocol.toLowerCase())) return { ok: false, problem: { kind: 'protocol', text: protocol } };
    protocol = protocol.toLowerCase();
  }
  const container = parseRange(containerPart);
  if (isProblem(container)) return { ok: false, problem: container };
  if (container.start === 0) return { ok: false, problem: { kind: 'zero', text: containerPart } };
  let host: PortRange | undefined;
  if (hostPart !== undefined && hostPart !== '') {
    const h = parseRange(hostPart);
    if (isProblem(h)) return { ok: false, problem: h };
    host = h;
    const hostLen = h.end - h.start;
    const contLen = container.end - container.start;
    if (contLen !== 0 && hostLen !== contLen) return { ok: false, problem: { kind: 'mismatch', text: `${hostPart}:${containerPart}` } };
  }
  if (ip !== undefined) {
    if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
    if (ip === '') ip = undefined;
    else if (!validIp(ip)) return { ok: false, problem: { kind: 'ip', text: ip } };
  }
  const mapping: Mapping = { container, protocol };
  if (ip !== undefined) mapping.ip = ip;
  if (host !== undefined) mapping.host = host;
  return { ok: true, mapping };
}

export interface LongField { node: Node | null; text: string | undefined; complete: boolean; range: Range }

export interface PortItem {
  service: Entry;
  node: Node;
  range: Range;
  form: 'short' | 'long';
  /** Short syntax: how the item is written. */
  quote?: Quote | 'number';
  /** Short syntax: the text as Compose reads it, after interpolation. */
  value?: string;
  /** False when a variable without a known value or default is involved: nothing can be said. */
  complete: boolean;
  parse?: PortParse;
  long?: { target?: LongField; published?: LongField; hostIp?: LongField; protocol?: LongField; mode?: LongField };
}

function field(model: ComposeModel, map: Node, key: string, lookup: Lookup): LongField | undefined {
  const pair = mapGet(model.doc, map, key);
  if (!pair) return undefined;
  const r = interpolated(pair.value, lookup);
  return { node: pair.value, text: r?.value, complete: r?.complete ?? true, range: model.rangeOf(pair.value ?? pair.key) };
}

const portCache = new WeakMap<Entry, Map<Lookup, PortItem[]>>();

/** The `ports` items of a service (computed once per service entry and variable lookup). */
export function servicePorts(model: ComposeModel, service: Entry, lookup: Lookup): PortItem[] {
  let byLookup = portCache.get(service);
  if (!byLookup) portCache.set(service, (byLookup = new Map()));
  let hit = byLookup.get(lookup);
  if (!hit) byLookup.set(lookup, (hit = computePorts(model, service, lookup)));
  return hit;
}

function computePorts(model: ComposeModel, service: Entry, lookup: Lookup): PortItem[] {
  const ports = mapGet(model.doc, service.value, 'ports');
  const out: PortItem[] = [];
  for (const node of seqItems(model.doc, ports?.value)) {
    const range = contentRange(model, node);
    if (isScalar(node)) {
      if (node.value === null) continue;
      const r = interpolated(node, lookup);
      if (!r) continue;
      const item: PortItem = { service, node, range, form: 'short', quote: typeof node.value === 'number' ? 'number' : quoteOf(node), value: r.value, complete: r.complete };
      if (typeof node.value === 'number' && !Number.isInteger(node.value)) item.parse = { ok: false, problem: { kind: 'malformed', text: String(node.value) } };
      else if (r.complete) item.parse = parseShortPort(r.value);
      out.push(item);
      continue;
    }
    if (!isMap(node)) continue;
    const long: NonNullable<PortItem['long']> = {};
    const target = field(model, node, 'target', lookup);
    const published = field(model, node, 'published', lookup);
    const hostIp = field(model, node, 'host_ip', lookup);
    const protocol = field(model, node, 'protocol', lookup);
    const mode = field(model, node, 'mode', lookup);
    if (target) long.target = target;
    if (published) long.published = published;
    if (hostIp) long.hostIp = hostIp;
    if (protocol) long.protocol = protocol;
    if (mode) long.mode = mode;
    const complete = [target, published, hostIp, protocol, mode].every((f) => !f || f.complete);
    const item: PortItem = { service, node, range, form: 'long', long, complete };
    if (complete) item.parse = parseLong(long);
    out.push(item);
  }
  return out;
}

function parseLong(long: NonNullable<PortItem['long']>): PortParse {
  const targetText = long.target?.text;
  if (targetText === undefined) return { ok: false, problem: { kind: 'malformed', text: '' } };
  const container = parseRange(targetText);
  if (isProblem(container)) return { ok: false, problem: container };
  if (container.start === 0) return { ok: false, problem: { kind: 'zero', text: targetText } };
  const mapping: Mapping = { container, protocol: 'tcp' };
  const pub = long.published?.text;
  if (pub !== undefined && pub !== '') {
    const h = parseRange(pub);
    if (isProblem(h)) return { ok: false, problem: h };
    mapping.host = h;
  }
  const proto = long.protocol?.text;
  if (proto !== undefined) {
    if (!PROTOCOLS.has(proto.toLowerCase())) return { ok: false, problem: { kind: 'protocol', text: proto } };
    mapping.protocol = proto.toLowerCase();
  }
  const ip = long.hostIp?.text;
  if (ip !== undefined && ip !== '') {
    const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
    if (!validIp(bare)) return { ok: false, problem: { kind: 'ip', text: ip } };
    mapping.ip = bare;
  }
  const mode = long.mode?.text;
  if (mode !== undefined && mode !== 'host' && mode !== 'ingress') return { ok: false, problem: { kind: 'mode', text: mode } };
  return { ok: true, mapping };
}

/** True when the host IP means every interface. */
export function allInterfaces(ip: string | undefined): boolean {
  return ip === undefined || ip === '0.0.0.0' || ip === '::' || ip === '';
}
