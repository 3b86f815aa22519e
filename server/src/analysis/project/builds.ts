// What a compose service builds, resolved against the files around it: the context folder, the
// Dockerfile (parsed once per analysis and shared by the cross-file rules), args and target.
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { mapGet, mapPairs, scalarText, seqItems, type ComposeModel, type Entry } from '../compose/model';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model';
import type { Range } from '../types';
import type { ProjectContext } from './context';

export interface ServiceBuild {
  service: Entry;
  /** The `build:` key's value node range (the short string or the mapping). */
  range: Range;
  context: string;
  contextRange: Range;
  /** The context is written (`build: ./api` or `context:`), not the default `.`. */
  contextGiven: boolean;
  /** Absolute path of the Dockerfile (undefined for dockerfile_inline or a remote context). */
  dockerfile?: string;
  dockerfileRange: Range;
  dockerfileGiven: boolean;
  args: { name: string; range: Range; hasValue: boolean }[];
  target?: { name: string; range: Range };
  remote: boolean;
}

const cache = new WeakMap<ProjectContext, Map<string, DockerfileModel | null>>();

/** The parsed Dockerfile at `path`, once per analysis (null when it cannot be read). */
export function dockerfileAt(project: ProjectContext, path: string): DockerfileModel | null {
  let byPath = cache.get(project);
  if (!byPath) cache.set(project, (byPath = new Map()));
  if (!byPath.has(path)) {
    const text = project.read(path);
    byPath.set(path, text === undefined ? null : parseDockerfile(text));
  }
  return byPath.get(path) ?? null;
}

export const hasVariable = (s: string) => s.includes('$');
const isRemote = (s: string) => /^(https?:|git@|git:|ssh:|github\.com\/)/.test(s) || /\.git(#.*)?$/.test(s);

export function composeDir(project: ProjectContext): string {
  return dirname(project.file);
}

export function resolveFrom(base: string, p: string): string {
  return isAbsolute(p) ? p : resolve(join(base, p));
}

export function serviceBuilds(model: ComposeModel, project: ProjectContext): ServiceBuild[] {
  const out: ServiceBuild[] = [];
  const base = composeDir(project);
  for (const service of model.services) {
    const build = mapGet(model.doc, service.value, 'build');
    if (!build?.value) continue;
    const short = scalarText(build.value);
    const contextPair = short === undefined ? mapGet(model.doc, build.value, 'context') : undefined;
    const contextText = short ?? scalarText(contextPair?.value) ?? '.';
    if (hasVariable(contextText)) continue;
    const contextRange = model.rangeOf(short !== undefined ? build.value : contextPair?.value ?? build.key);
    const remote = isRemote(contextText);
    const context = remote ? contextText : resolveFrom(base, contextText);
    const dfPair = short === undefined ? mapGet(model.doc, build.value, 'dockerfile') : undefined;
    const inline = short === undefined && mapGet(model.doc, build.value, 'dockerfile_inline') !== undefined;
    const dfText = scalarText(dfPair?.value);
    const entry: ServiceBuild = {
      service, range: model.rangeOf(build.value), context, contextRange, contextGiven: short !== undefined || contextPair !== undefined, remote,
      dockerfileRange: model.rangeOf(dfPair?.value ?? build.value), dockerfileGiven: dfText !== undefined, args: [],
    };
    if (!remote && !inline && !(dfText && hasVariable(dfText))) entry.dockerfile = resolveFrom(context, dfText ?? 'Dockerfile');
    const argsNode = short === undefined ? mapGet(model.doc, build.value, 'args')?.value : undefined;
    for (const p of mapPairs(model.doc, argsNode)) entry.args.push({ name: String(p.key.value), range: model.rangeOf(p.key), hasValue: p.value !== null && scalarText(p.value) !== undefined });
    for (const item of seqItems(model.doc, argsNode)) {
      const text = scalarText(item);
      if (!text) continue;
      const eq = text.indexOf('=');
      entry.args.push({ name: eq < 0 ? text : text.slice(0, eq), range: model.rangeOf(item), hasValue: eq >= 0 });
    }
    const targetPair = short === undefined ? mapGet(model.doc, build.value, 'target') : undefined;
    const target = scalarText(targetPair?.value);
    if (target !== undefined && !hasVariable(target)) entry.target = { name: target, range: model.rangeOf(targetPair?.value) };
    out.push(entry);
  }
  return out;
}

/** ARG names BuildKit predefines: always available, never need a value. */
export const PREDEFINED_ARGS: ReadonlySet<string> = new Set(['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY',
  'http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'BUILDKIT_INLINE_CACHE', 'BUILDKIT_SYNTAX', 'SOURCE_DATE_EPOCH',
  'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_MULTI_PLATFORM', 'BUILDKIT_SANDBOX_HOSTNAME']);

/** Every ARG the Dockerfile declares (global and per stage): name -> has a default. */
export function declaredArgs(df: DockerfileModel): Map<string, { hasDefault: boolean; line: number }> {
  const out = new Map<string, { hasDefault: boolean; line: number }>();
  for (const i of df.instructions) {
    if (i.keyword !== 'ARG') continue;
    for (const a of i.args) {
      const eq = a.value.indexOf('=');
      const name = eq < 0 ? a.value : a.value.slice(0, eq);
      const prev = out.get(name);
      out.set(name, { hasDefault: (prev?.hasDefault ?? false) || eq >= 0, line: prev?.line ?? i.range.start.line });
    }
  }
  return out;
}
