// Volume mounts of Compose services, short (`SOURCE:TARGET[:MODE]`, split the way compose-go's
// ParseVolume does, Windows drive letters included) and long syntax, after interpolation.
// Shared by DC007, DC010, DC017 and the hover.
import { isMap, isScalar, type Node } from 'yaml';
import type { Range } from '../types';
import type { Lookup } from './interpolation';
import { mapGet, seqItems, type ComposeModel, type Entry } from './model';
import { contentRange, interpolated, partRange, stringValue } from './nodes';

export type MountType = 'bind' | 'volume' | 'anonymous' | 'tmpfs' | 'npipe' | 'cluster' | 'image' | 'unknown';

export interface Mount {
  service: Entry;
  node: Node;
  range: Range;
  form: 'short' | 'long';
  type: MountType;
  /** After interpolation. */
  source?: string;
  /** The range of the source as written (short syntax: the part before the first colon). */
  sourceRange?: Range;
  target?: string;
  mode?: string;
  readOnly: boolean;
  /** False when a variable without a known value or default is involved. */
  complete: boolean;
}

/** compose-go's isFilePath: `.`, `/`, `~`, a Windows drive or a pipe path. */
export function isFilePath(source: string): boolean {
  const c = source[0];
  if (c === '.' || c === '/' || c === '~' || c === '\\') return true;
  return /^[A-Za-z]:/.test(source);
}

/** Splits `SOURCE:TARGET[:MODE]` like compose-go (a drive letter `C:` does not split). */
export function splitShortVolume(spec: string): string[] {
  if (spec.length <= 2) return [spec];
  const parts: string[] = [];
  let buf = '';
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i] as string;
    if (ch === ':' && buf.length === 1 && /[A-Za-z]/.test(buf) && /[\\/]/.test(spec[i + 1] ?? '')) { buf += ch; continue; }
    if (ch === ':') { parts.push(buf); buf = ''; continue; }
    buf += ch;
  }
  parts.push(buf);
  return parts;
}

const mountCache = new WeakMap<Entry, Map<Lookup, Mount[]>>();

/** The `volumes` items of a service (computed once per service entry and variable lookup). */
export function serviceMounts(model: ComposeModel, service: Entry, lookup: Lookup): Mount[] {
  let byLookup = mountCache.get(service);
  if (!byLookup) mountCache.set(service, (byLookup = new Map()));
  let hit = byLookup.get(lookup);
  if (!hit) byLookup.set(lookup, (hit = computeMounts(model, service, lookup)));
  return hit;
}

function computeMounts(model: ComposeModel, service: Entry, lookup: Lookup): Mount[] {
  const volumes = mapGet(model.doc, service.value, 'volumes');
  const out: Mount[] = [];
  for (const node of seqItems(model.doc, volumes?.value)) {
    const range = contentRange(model, node);
    if (isScalar(node)) {
      const raw = stringValue(node);
      if (raw === undefined) continue;
      const r = interpolated(node, lookup);
      const value = r?.value ?? raw;
      const parts = splitShortVolume(value);
      const mount: Mount = { service, node, range, form: 'short', type: 'unknown', readOnly: false, complete: r?.complete ?? true };
      if (parts.length === 1) {
        mount.type = 'anonymous';
        mount.target = parts[0] as string;
      } else {
        const source = parts[0] as string;
        mount.source = source;
        mount.target = parts[1] as string;
        if (parts.length > 2) mount.mode = parts.slice(2).join(':');
        mount.type = source === '' ? 'anonymous' : isFilePath(source) ? 'bind' : 'volume';
        mount.readOnly = (mount.mode ?? '').split(',').includes('ro');
        // The source as written: only when the raw text starts with it (no variable before it).
        const rawSource = splitShortVolume(raw)[0] as string;
        if (raw.startsWith(rawSource) && rawSource.length > 0) mount.sourceRange = partRange(model, node, 0, rawSource.length);
      }
      out.push(mount);
      continue;
    }
    if (!isMap(node)) continue;
    const typePair = mapGet(model.doc, node, 'type');
    const sourcePair = mapGet(model.doc, node, 'source');
    const targetPair = mapGet(model.doc, node, 'target');
    const t = interpolated(typePair?.value, lookup);
    const s = interpolated(sourcePair?.value, lookup);
    const g = interpolated(targetPair?.value, lookup);
    const ro = stringValue(mapGet(model.doc, node, 'read_only')?.value);
    const typeText = t?.value ?? 'unknown';
    const known: MountType[] = ['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image'];
    let type: MountType = (known as string[]).includes(typeText) ? typeText as MountType : 'unknown';
    if (type === 'volume' && (s?.value ?? '') === '') type = 'anonymous';
    const mount: Mount = {
      service, node, range, form: 'long', type, readOnly: ro === 'true',
      complete: [t, s, g].every((x) => !x || x.complete),
    };
    if (s) { mount.source = s.value; mount.sourceRange = model.rangeOf(sourcePair?.value); }
    if (g) mount.target = g.value;
    out.push(mount);
  }
  return out;
}

/** Docker's socket, in the paths people mount it from. */
export function isDockerSocket(path: string | undefined): boolean {
  if (!path) return false;
  const p = path.replace(/\\/g, '/').replace(/^\/\/+/, '/');
  return p === '/var/run/docker.sock' || p === '/run/docker.sock' || p === '/./pipe/docker_engine' || /^\/\/?\.\/pipe\/docker_engine$/.test(p);
}
