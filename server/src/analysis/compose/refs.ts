// What Compose services refer to (other services, volumes, networks, secrets, configs) and what
// the file declares, including names that come from files Compose merges in: `include:`d files,
// and, for an override file (compose.override.yaml, compose.prod.yaml), the base file next to it.
// Those are read through the ProjectContext; without one, `complete` says the rules cannot see.
import { basename, dirname, isAbsolute, join } from 'node:path';
import { isMap, isScalar, type Node } from 'yaml';
import type { ProjectContext } from '../project/context';
import type { Range } from '../types';
import { NO_VARIABLES, type Lookup } from './interpolation';
import { mapGet, mapPairs, parseCompose, scalarText, seqItems, type ComposeModel, type Entry } from './model';
import { serviceMounts } from './volumes';

export type RefVia = 'depends_on' | 'links' | 'extends' | 'network_mode' | 'volumes_from' | 'ipc' | 'pid';

export interface ServiceRef {
  from: Entry;
  name: string;
  range: Range;
  via: RefVia;
  /** depends_on long syntax. */
  condition?: string;
  conditionRange?: Range;
  /** depends_on `required: false`: Compose only warns when it is missing. */
  optional?: boolean;
  /** links: the alias after the colon. */
  alias?: string;
}

const hasVar = (s: string) => s.includes('$');

const refsCache = new WeakMap<ComposeModel, ServiceRef[]>();

/** Every reference from a service to another service, in file order (computed once per model). */
export function serviceRefs(model: ComposeModel): ServiceRef[] {
  let cached = refsCache.get(model);
  if (!cached) refsCache.set(model, (cached = computeServiceRefs(model)));
  return cached;
}

function computeServiceRefs(model: ComposeModel): ServiceRef[] {
  const out: ServiceRef[] = [];
  const { doc } = model;
  for (const svc of model.services) {
    const dep = mapGet(doc, svc.value, 'depends_on');
    for (const item of seqItems(doc, dep?.value)) {
      const name = scalarText(item);
      if (name !== undefined && !hasVar(name)) out.push({ from: svc, name, range: model.rangeOf(item), via: 'depends_on' });
    }
    for (const p of mapPairs(doc, dep?.value)) {
      const name = String(p.key.value);
      if (hasVar(name)) continue;
      const ref: ServiceRef = { from: svc, name, range: model.rangeOf(p.key), via: 'depends_on' };
      const cond = mapGet(doc, p.value, 'condition');
      const c = scalarText(cond?.value);
      if (c !== undefined) { ref.condition = c; ref.conditionRange = model.rangeOf(cond?.value); }
      if (scalarText(mapGet(doc, p.value, 'required')?.value) === 'false') ref.optional = true;
      out.push(ref);
    }
    for (const item of seqItems(doc, mapGet(doc, svc.value, 'links')?.value)) {
      const text = scalarText(item);
      if (text === undefined || hasVar(text)) continue;
      const colon = text.indexOf(':');
      const ref: ServiceRef = { from: svc, name: colon < 0 ? text : text.slice(0, colon), range: model.rangeOf(item), via: 'links' };
      if (colon >= 0) ref.alias = text.slice(colon + 1);
      out.push(ref);
    }
    const ext = mapGet(doc, svc.value, 'extends');
    if (ext) {
      const short = scalarText(ext.value);
      if (short !== undefined) { if (!hasVar(short)) out.push({ from: svc, name: short, range: model.rangeOf(ext.value), via: 'extends' }); }
      else if (isMap(ext.value) && !mapGet(doc, ext.value, 'file')) {
        const s = mapGet(doc, ext.value, 'service');
        const name = scalarText(s?.value);
        if (name !== undefined && !hasVar(name)) out.push({ from: svc, name, range: model.rangeOf(s?.value), via: 'extends' });
      }
    }
    for (const key of ['network_mode', 'ipc', 'pid'] as const) {
      const pair = mapGet(doc, svc.value, key);
      const text = scalarText(pair?.value);
      if (text?.startsWith('service:') && !hasVar(text)) out.push({ from: svc, name: text.slice('service:'.length), range: model.rangeOf(pair?.value), via: key });
    }
    for (const item of seqItems(doc, mapGet(doc, svc.value, 'volumes_from')?.value)) {
      const text = scalarText(item);
      if (text === undefined || hasVar(text) || text.startsWith('container:')) continue;
      const bare = text.startsWith('service:') ? text.slice('service:'.length) : text;
      out.push({ from: svc, name: bare.split(':')[0] as string, range: model.rangeOf(item), via: 'volumes_from' });
    }
  }
  return out;
}

export type ResourceKind = 'volume' | 'network' | 'secret' | 'config';
export const TOP_LEVEL_KEY = { volume: 'volumes', network: 'networks', secret: 'secrets', config: 'configs' } as const;

export interface ResourceRef { kind: ResourceKind; name: string; range: Range; service: Entry; node: Node }

export interface ResourceUse { refs: ResourceRef[]; unknown: Record<ResourceKind, number> }

const resourceCache = new WeakMap<ComposeModel, Map<Lookup, ResourceUse>>();

/** Named volumes, networks, secrets and configs the services use. `unknown` counts references hidden behind variables. */
export function resourceRefs(model: ComposeModel, lookup: Lookup = NO_VARIABLES): ResourceUse {
  let byLookup = resourceCache.get(model);
  if (!byLookup) resourceCache.set(model, (byLookup = new Map()));
  let hit = byLookup.get(lookup);
  if (!hit) byLookup.set(lookup, (hit = computeResourceRefs(model, lookup)));
  return hit;
}

function computeResourceRefs(model: ComposeModel, lookup: Lookup): ResourceUse {
  const refs: ResourceRef[] = [];
  const unknown: Record<ResourceKind, number> = { volume: 0, network: 0, secret: 0, config: 0 };
  const { doc } = model;
  for (const svc of model.services) {
    for (const m of serviceMounts(model, svc, lookup)) {
      if (!m.complete) { unknown.volume++; continue; }
      if (m.type === 'volume' && m.source) refs.push({ kind: 'volume', name: m.source, range: m.sourceRange ?? m.range, service: svc, node: m.node });
    }
    const nets = mapGet(doc, svc.value, 'networks');
    for (const item of seqItems(doc, nets?.value)) {
      const name = scalarText(item);
      if (name === undefined) continue;
      if (hasVar(name)) unknown.network++;
      else refs.push({ kind: 'network', name, range: model.rangeOf(item), service: svc, node: item });
    }
    for (const p of mapPairs(doc, nets?.value)) {
      const name = String(p.key.value);
      if (hasVar(name)) unknown.network++;
      else refs.push({ kind: 'network', name, range: model.rangeOf(p.key), service: svc, node: p.key });
    }
    const build = mapGet(doc, svc.value, 'build');
    const lists: [ResourceKind, unknown][] = [
      ['secret', mapGet(doc, svc.value, 'secrets')?.value],
      ['config', mapGet(doc, svc.value, 'configs')?.value],
      ['secret', isMap(build?.value) ? mapGet(doc, build?.value, 'secrets')?.value : undefined],
    ];
    for (const [kind, list] of lists) {
      for (const item of seqItems(doc, list)) {
        const node = isScalar(item) ? item : mapGet(doc, item, 'source')?.value ?? null;
        const name = scalarText(node);
        if (name === undefined || !node) continue;
        if (hasVar(name)) unknown[kind]++;
        else refs.push({ kind, name, range: model.rangeOf(node), service: svc, node });
      }
    }
  }
  return { refs, unknown };
}

export interface Declared {
  services: Set<string>;
  volume: Set<string>;
  network: Set<string>;
  secret: Set<string>;
  config: Set<string>;
  /** False when names may come from files that could not be seen (an include without a project, a variable path...). */
  complete: boolean;
}

const parsed = new Map<string, { text: string; model: ComposeModel }>();

/** Another compose file, parsed once per text (a small cache: the same files are read on every keystroke). */
export function composeAt(project: ProjectContext, path: string): ComposeModel | undefined {
  const text = project.read(path);
  if (text === undefined) return undefined;
  const hit = parsed.get(path);
  if (hit && hit.text === text) return hit.model;
  const model = parseCompose(text);
  if (parsed.size >= 32) parsed.delete(parsed.keys().next().value as string);
  parsed.set(path, { text, model });
  return model;
}

function addOwn(model: ComposeModel, into: Declared): void {
  for (const s of model.services) into.services.add(s.name);
  for (const kind of ['volume', 'network', 'secret', 'config'] as const) for (const e of model.topLevel(TOP_LEVEL_KEY[kind])) into[kind].add(e.name);
}

/** Paths of the files an `include:` lists (undefined entries: not resolvable). */
function includePaths(model: ComposeModel, dir: string): (string | undefined)[] {
  const inc = model.root ? mapGet(model.doc, model.root, 'include') : undefined;
  const out: (string | undefined)[] = [];
  const add = (p: string | undefined) => out.push(p === undefined || hasVar(p) || /^(oci|git|https?):/.test(p) ? undefined : isAbsolute(p) ? p : join(dir, p));
  for (const item of seqItems(model.doc, inc?.value)) {
    if (isScalar(item)) { add(scalarText(item)); continue; }
    const path = mapGet(model.doc, item, 'path');
    const many = seqItems(model.doc, path?.value);
    if (many.length > 0) for (const p of many) add(scalarText(p));
    else add(scalarText(path?.value));
  }
  return out;
}

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const FAMILY = /^(docker-)?compose\.([\w.-]+)\.ya?ml$/i;

/** Base files an override file is merged onto. */
function baseFiles(project: ProjectContext): string[] {
  // A set the user named (-f a -f b): every other file of the set is merged with this one.
  const set = project.composeSet ?? [];
  if (set.includes(project.file)) return set.filter((p) => p !== project.file && project.exists(p));
  const name = basename(project.file);
  if (!FAMILY.test(name)) return [];
  const dir = dirname(project.file);
  return BASE_NAMES.map((b) => join(dir, b)).filter((p) => p !== project.file && project.exists(p));
}

/** Sibling compose files of the same folder (overrides that may use what this file declares). */
export function siblingComposeFiles(project: ProjectContext): string[] {
  const dir = dirname(project.file);
  const named = (project.composeSet ?? []).filter((p) => p !== project.file);
  const byName = project.list(dir).filter((n) => (BASE_NAMES.includes(n) || FAMILY.test(n)) && join(dir, n) !== project.file).map((n) => join(dir, n));
  return [...new Set([...byName, ...named])];
}

export function siblingModels(project: ProjectContext): ComposeModel[] {
  return siblingComposeFiles(project).map((p) => composeAt(project, p)).filter((m): m is ComposeModel => m !== undefined);
}

const declaredCache = new WeakMap<ComposeModel, { project: ProjectContext | undefined; declared: Declared }>();

/** Names the file (and what Compose merges into it) declares. */
export function declared(model: ComposeModel, project: ProjectContext | undefined): Declared {
  const hit = declaredCache.get(model);
  if (hit && hit.project === project) return hit.declared;
  const d: Declared = { services: new Set(), volume: new Set(), network: new Set(), secret: new Set(), config: new Set(), complete: true };
  addOwn(model, d);
  const hasInclude = model.root ? mapGet(model.doc, model.root, 'include') !== undefined : false;
  if (hasInclude && !project) d.complete = false;
  if (project) {
    const seen = new Set<string>([project.file]);
    const queue: { model: ComposeModel; dir: string; depth: number }[] = [{ model, dir: dirname(project.file), depth: 0 }];
    for (const base of baseFiles(project)) {
      const m = composeAt(project, base);
      if (m) { seen.add(base); addOwn(m, d); queue.push({ model: m, dir: dirname(base), depth: 1 }); }
    }
    while (queue.length > 0) {
      const { model: m, dir, depth } = queue.shift() as { model: ComposeModel; dir: string; depth: number };
      for (const p of includePaths(m, dir)) {
        if (p === undefined || depth >= 4) { d.complete = false; continue; }
        if (seen.has(p)) continue;
        seen.add(p);
        const inc = composeAt(project, p);
        if (!inc) { d.complete = false; continue; }
        addOwn(inc, d);
        queue.push({ model: inc, dir: dirname(p), depth: depth + 1 });
      }
    }
  }
  declaredCache.set(model, { project, declared: d });
  return d;
}
