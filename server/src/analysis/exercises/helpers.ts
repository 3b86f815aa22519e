// Shared by exercise checks: find and parse the learner's Dockerfiles and Compose files with
// the same parsers the rules use, and read the parts of them that several checks look at
// (environment, networks, secrets, healthchecks, the final stage's user, .dockerignore).
import { isMap } from 'yaml';
import { kindOf } from '../fileKinds';
import { parseDockerfile, type DockerfileModel, type Instruction, type Stage } from '../dockerfile/model';
import { programOf, type ShellCommand } from '../dockerfile/shell';
import { deref, mapGet, mapPairs, parseCompose, scalarText, seqItems, type ComposeModel, type Entry } from '../compose/model';
import { parseDotEnv } from '../compose/interpolation';
import { parseImageRef } from '../dockerfile/imageRef';
import { contextPath, parseDockerignore, type DockerIgnore } from '../project/dockerignore';
import type { Criterion, WorkspaceFiles } from './types';

export function dockerfiles(files: WorkspaceFiles): { path: string; model: DockerfileModel }[] {
  return files.list().filter((p) => kindOf(p) === 'dockerfile').flatMap((path) => {
    const text = files.read(path);
    return text === undefined ? [] : [{ path, model: parseDockerfile(text) }];
  });
}

export interface ComposeFile { path: string; model: ComposeModel }

export function composeFiles(files: WorkspaceFiles): ComposeFile[] {
  return files.list().filter((p) => kindOf(p) === 'compose').flatMap((path) => {
    const text = files.read(path);
    return text === undefined ? [] : [{ path, model: parseCompose(text) }];
  });
}

export function criterion(id: string, passed: boolean, en: string, ru: string): Criterion {
  return { id, passed, text: { en, ru } };
}

/**
 * The judgement with the most passed criteria among the candidates (the workspace's Dockerfiles,
 * compose files...). The judgement of no candidate comes first: it is what an empty workspace
 * gets, and it wins a tie.
 */
export function bestJudgement<T>(candidates: Iterable<T>, judge: (candidate: T | undefined) => Criterion[]): Criterion[] {
  return mostPassed([judge(undefined), ...[...candidates].map((c) => judge(c))]) as Criterion[];
}

/** The result with the most passed criteria (the first one on a tie). */
export function mostPassed(results: Criterion[][]): Criterion[] | undefined {
  let best: Criterion[] | undefined;
  for (const r of results) if (!best || r.filter((c) => c.passed).length > best.filter((c) => c.passed).length) best = r;
  return best;
}

// ---- Compose ----

/** The node under `keys` (aliases followed), or null. */
export function nodeAt(model: ComposeModel, node: unknown, ...keys: string[]): unknown {
  let cur: unknown = node;
  for (const k of keys) {
    const pair = mapGet(model.doc, cur, k);
    if (!pair) return null;
    cur = deref(model.doc, pair.value);
  }
  return cur;
}

/** The scalar under `keys`, as text. */
export function textAt(model: ComposeModel, node: unknown, ...keys: string[]): string | undefined {
  return scalarText(nodeAt(model, node, ...keys));
}

/** Variables a service sets, from the mapping or the `KEY=value` list form (value undefined: `- KEY` or `KEY:` with no value). */
export function serviceEnvironment(model: ComposeModel, service: unknown): { name: string; value: string | undefined }[] {
  const node = deref(model.doc, mapGet(model.doc, service, 'environment')?.value ?? null);
  const fromMap = mapPairs(model.doc, node).map((p) => ({ name: String(p.key.value), value: scalarText(deref(model.doc, p.value)) }));
  const fromList = seqItems(model.doc, node).map((n) => scalarText(n) ?? '').map((line) => {
    const eq = line.indexOf('=');
    return eq < 0 ? { name: line, value: undefined } : { name: line.slice(0, eq), value: line.slice(eq + 1) };
  });
  return [...fromMap, ...fromList];
}

const SECRETISH = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)/i;
/** `scheme://user:password@host`: the password part of a connection URL. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/i;

/**
 * Names of the variables of a service whose value is a password written out in the file: a
 * variable named like a password, token or key (but not a _FILE path) with a literal value, or a
 * connection URL with a literal password in it. `${VAR}` interpolation is fine.
 */
export function literalSecrets(model: ComposeModel, service: unknown): string[] {
  return serviceEnvironment(model, service).filter((v) => {
    if (v.value === undefined || v.value === '' || v.value.includes('${')) return false;
    if (SECRETISH.test(v.name) && !/_FILE$/i.test(v.name)) return true;
    const url = URL_PASSWORD.exec(v.value.trim());
    return url !== null && !(url[1] as string).includes('$');
  }).map((v) => v.name);
}

/** Secrets or configs a service lists: `source` is the top-level name, `target` the file name it gets (short or long syntax). */
export function serviceGrants(model: ComposeModel, service: unknown, key: 'secrets' | 'configs'): { source: string; target: string }[] {
  return seqItems(model.doc, mapGet(model.doc, service, key)?.value).flatMap((item) => {
    const source = isMap(item) ? textAt(model, item, 'source') : scalarText(item);
    if (source === undefined) return [];
    const target = isMap(item) ? textAt(model, item, 'target') ?? source : source;
    return [{ source, target }];
  });
}

/** Networks a service joins: its list or mapping, or the project's default network. */
export function serviceNetworks(model: ComposeModel, service: Entry): string[] {
  const pair = mapGet(model.doc, service.value, 'networks');
  if (!pair) return mapGet(model.doc, service.value, 'network_mode') ? [] : ['default'];
  const node = deref(model.doc, pair.value);
  const list = seqItems(model.doc, node).map((n) => scalarText(n)).filter((s): s is string => s !== undefined);
  return [...list, ...mapPairs(model.doc, node).map((p) => String(p.key.value))];
}

/** Names of the top-level networks declared with `internal: true`. */
export function internalNetworks(model: ComposeModel): Set<string> {
  return new Set(model.topLevel('networks').filter((n) => textAt(model, n.value, 'internal') === 'true').map((n) => n.name));
}

/** Does the service have a `ports:` section with at least one item? */
export function publishesPorts(model: ComposeModel, service: Entry): boolean {
  return seqItems(model.doc, mapGet(model.doc, service.value, 'ports')?.value).length > 0;
}

const RESTART = /^(always|unless-stopped|on-failure(:\d+)?)$/;

/** `restart: unless-stopped`, `always` or `on-failure[:N]`: the service comes back after its process exits. */
export function hasRestartPolicy(model: ComposeModel, service: Entry): boolean {
  return RESTART.test(textAt(model, service.value, 'restart') ?? '');
}

/**
 * The command of a service's healthcheck as one string (`CMD`/`CMD-SHELL` dropped), or
 * undefined when there is none, it is disabled, or its test is not a runnable form.
 */
export function healthcheckCommand(model: ComposeModel, service: Entry): string | undefined {
  const hc = nodeAt(model, service.value, 'healthcheck');
  if (hc === null || textAt(model, hc, 'disable') === 'true') return undefined;
  const test = nodeAt(model, hc, 'test');
  const asText = scalarText(test);
  if (asText !== undefined) return asText.trim() === '' || asText.trim() === 'NONE' ? undefined : asText.trim();
  const items = seqItems(model.doc, test).map((n) => scalarText(n) ?? '');
  if (items.length >= 2 && (items[0] === 'CMD' || items[0] === 'CMD-SHELL')) return items.slice(1).join(' ');
  return undefined;
}

/** Where each database image keeps its files (postgres 18+ moved it one level up). */
export const DATA_DIRS: Record<string, string[]> = {
  postgres: ['/var/lib/postgresql/data', '/var/lib/postgresql'],
  mysql: ['/var/lib/mysql'],
  mariadb: ['/var/lib/mysql'],
  mongo: ['/data/db'],
  redis: ['/data'],
  valkey: ['/data'],
};

const NO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** An image reference with a version: a tag other than `latest` (no variable in it), or a digest. */
export function pinnedImage(image: string | undefined): boolean {
  if (image === undefined || image === '') return false;
  const ref = parseImageRef(image, NO_RANGE);
  if (ref.digest) return true;
  return !ref.usesVariable && ref.tag !== undefined && ref.tag !== '' && ref.tag !== 'latest';
}

/** Services that run a ready-made image: no `build:`, and an `image:` with a version (pinnedImage). */
export function pinnedImageServices(model: ComposeModel): Entry[] {
  return model.services.filter((s) => mapGet(model.doc, s.value, 'build') === undefined && pinnedImage(textAt(model, s.value, 'image')));
}

/** The files a service's `env_file:` names (short or long syntax), as workspace paths relative to the compose file's folder. */
export function envFilePaths(model: ComposeModel, composePath: string, service: unknown): string[] {
  const node = deref(model.doc, mapGet(model.doc, service, 'env_file')?.value ?? null);
  const items = seqItems(model.doc, node);
  return (items.length > 0 ? items : [node])
    .map((n) => (isMap(n) ? textAt(model, n, 'path') : scalarText(n)))
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => cleanPath(folderOf(composePath) + p));
}

/** Variables the service's env_file files set, with their values (files missing from the workspace give nothing). */
export function envFileVariables(files: WorkspaceFiles, model: ComposeModel, composePath: string, service: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of envFilePaths(model, composePath, service)) {
    const text = files.read(path);
    if (text === undefined) continue;
    for (const [name, entry] of parseDotEnv(text)) out.set(name, entry.value);
  }
  return out;
}

// ---- Dockerfile ----

/** The stage a stage finally rests on, following `FROM <earlier stage>` links. */
export function rootStage(model: DockerfileModel, stage: Stage): Stage {
  let current = stage;
  for (let hops = 0; hops < model.stages.length; hops++) {
    const earlier = model.stageIndex(current.base.name);
    if (earlier === undefined || earlier >= current.index) break;
    current = model.stages[earlier] as Stage;
  }
  return current;
}

/** The user the final stage runs as: its last USER, or one inherited through FROM <stage>. */
export function finalUser(model: DockerfileModel): string | undefined {
  let current = model.stages[model.stages.length - 1];
  if (!current) return undefined;
  for (let hops = 0; hops <= model.stages.length; hops++) {
    const users = current.instructions.filter((i) => i.keyword === 'USER');
    const last = users[users.length - 1];
    if (last) return last.args[0]?.value.split(':')[0] ?? '';
    const earlier = model.stageIndex(current.base.name);
    if (earlier === undefined || earlier >= current.index) break;
    current = model.stages[earlier] as Stage;
  }
  // Distroless images tagged nonroot (and debug-nonroot) already run as UID 65532.
  return /(^|[-_])nonroot([-_]|$)/.test(current.base.tag ?? '') ? 'nonroot' : undefined;
}

/** A user that is set and is not root (by name or UID 0). */
export function isNonRoot(user: string | undefined): boolean {
  return user !== undefined && user !== '' && user !== 'root' && user !== '0';
}

/** `apt-get install`, `apk add`, `pip install` (also `python -m pip install`). */
export function installKind(c: ShellCommand): 'apt' | 'apk' | 'pip' | undefined {
  const p = programOf(c);
  if (!p) return undefined;
  const rest = c.words.map((w) => w.value).slice(p.index + 1);
  if ((p.name === 'apt-get' || p.name === 'apt') && rest.includes('install')) return 'apt';
  if (p.name === 'apk' && rest.includes('add')) return 'apk';
  if (/^pip3?(\.\d+)?$/.test(p.name) && rest.includes('install')) return 'pip';
  if (/^python3?(\.\d+)?$/.test(p.name) && rest[0] === '-m' && /^pip3?$/.test(rest[1] ?? '') && rest.includes('install')) return 'pip';
  return undefined;
}

/** `RUN --mount=type=cache,...`. */
export function hasCacheMount(instr: Instruction): boolean {
  return instr.flags.some((f) => f.name === 'mount' && /type=cache/.test(f.value ?? ''));
}

/** `ENV PIP_NO_CACHE_DIR=1` (or ARG) before the install, in the stage or globally. */
export function pipCacheOff(model: DockerfileModel, stage: Stage): boolean {
  return [...model.globalArgs, ...stage.instructions].some((i) => (i.keyword === 'ENV' || i.keyword === 'ARG')
    && i.args.some((a) => /^PIP_NO_CACHE_DIR=(1|true|on|yes)$/i.test(a.value)));
}

/** Every `pip install` of the file, with whether it leaves pip's download cache out of the layer. */
export function pipInstalls(model: DockerfileModel): { lean: boolean }[] {
  const out: { lean: boolean }[] = [];
  for (const stage of model.stages) {
    for (const instr of stage.instructions) {
      if (instr.keyword !== 'RUN' || instr.execForm) continue;
      for (const c of model.commands(instr)) {
        if (installKind(c) !== 'pip') continue;
        out.push({ lean: c.words.some((w) => w.value === '--no-cache-dir') || hasCacheMount(instr) || pipCacheOff(model, stage) });
      }
    }
  }
  return out;
}

// ---- .dockerignore ----

/** `a/./b/../c` -> `a/c`: a workspace path, cleaned as the builder cleans context paths (a leading `..` is dropped). */
export const cleanPath: (path: string) => string = contextPath;

/** The folder of a workspace path, with a trailing slash ('' at the root). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/**
 * The ignore file BuildKit uses for a Dockerfile whose context is its own folder:
 * `<Dockerfile>.dockerignore` first, then `.dockerignore` beside it. Undefined when there is none.
 */
export function dockerignoreFor(files: WorkspaceFiles, dockerfilePath: string | undefined): DockerIgnore | undefined {
  const candidates = dockerfilePath === undefined ? ['.dockerignore'] : [`${dockerfilePath}.dockerignore`, `${folderOf(dockerfilePath)}.dockerignore`];
  const text = candidates.map((c) => files.read(c)).find((t) => t !== undefined);
  return text === undefined ? undefined : parseDockerignore(text);
}

// ---- .gitignore ----

/**
 * A .gitignore rewritten for the .dockerignore matcher: a pattern with no slash but a trailing one
 * matches at any depth in Git, as if `**` and a slash stood before it; a leading `/` anchors it.
 */
function gitignoreAsDockerignore(text: string): string {
  return text.split(/\r?\n/).map((raw) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return '';
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/');
    return `${negated ? '!' : ''}${anchored ? pattern : `**/${pattern}`}`;
  }).join('\n');
}

/** Is the workspace file at `rel` ignored by a .gitignore in one of the folders above it? The last matching line wins. */
export function gitIgnored(files: WorkspaceFiles, rel: string): boolean {
  const parts = rel.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    const dir = parts.slice(0, depth).join('/');
    const text = files.read(dir ? `${dir}/.gitignore` : '.gitignore');
    if (text !== undefined && parseDockerignore(gitignoreAsDockerignore(text)).excludes(parts.slice(depth).join('/'))) return true;
  }
  return false;
}
