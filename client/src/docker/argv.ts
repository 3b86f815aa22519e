// Argv arrays for every command Docker Coach runs. Pure: user text (file names, tags, service
// names) only ever becomes one array element, never part of a string a shell parses.
export type EngineKind = 'docker' | 'podman';

/** How to call the engine and its compose: a program plus fixed leading arguments. */
export interface Cli { program: string; prefix: string[] }
export interface Toolset { engine: EngineKind; cli: Cli; compose: Cli; composeFlavor: 'v2' | 'v1' | 'podman' }
export interface Argv { program: string; args: string[] }

const call = (cli: Cli, ...args: string[]): Argv => ({ program: cli.program, args: [...cli.prefix, ...args] });

export function toolset(engine: EngineKind, paths: { docker?: string; podman?: string; compose?: string }, flavor: 'v2' | 'v1' | 'podman'): Toolset {
  const program = engine === 'podman' ? paths.podman || 'podman' : paths.docker || 'docker';
  const cli = { program, prefix: [] };
  const compose = flavor === 'v1' ? { program: paths.compose || 'docker-compose', prefix: [] } : { program, prefix: ['compose'] };
  return { engine, cli, compose, composeFlavor: flavor };
}

/** A valid image reference from a folder name: lower case, only [a-z0-9._-], never empty. */
export function defaultTag(folderName: string): string {
  const base = folderName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return `${base || 'app'}:dev`;
}

export function build(t: Toolset, o: { dockerfile: string; context: string; tag: string; target?: string }): Argv {
  return call(t.cli, 'build', '-f', o.dockerfile, '-t', o.tag, ...(o.target ? ['--target', o.target] : []), '--', o.context);
}

export function run(t: Toolset, o: { image: string; name?: string; ports?: string[]; remove?: boolean; detach?: boolean; command?: string[] }): Argv {
  const args = ['run'];
  if (o.remove !== false) args.push('--rm');
  if (o.detach) args.push('-d');
  if (o.name) args.push('--name', o.name);
  for (const p of o.ports ?? []) args.push('-p', p);
  args.push('--', o.image, ...(o.command ?? []));
  return call(t.cli, ...args);
}

function composeFiles(files: string[]): string[] {
  return files.flatMap((f) => ['-f', f]);
}

export interface ComposeTarget { files: string[]; projectDir?: string; profiles?: string[] }

function composeBase(t: Toolset, target: ComposeTarget): string[] {
  const args = composeFiles(target.files);
  if (target.projectDir) args.push('--project-directory', target.projectDir);
  for (const p of target.profiles ?? []) args.push('--profile', p);
  return args;
}

export function composeUp(t: Toolset, target: ComposeTarget, o: { detach: boolean; services?: string[]; build?: boolean }): Argv {
  return call(t.compose, ...composeBase(t, target), 'up', ...(o.detach ? ['-d'] : []), ...(o.build ? ['--build'] : []), '--', ...(o.services ?? []));
}

export function composeDown(t: Toolset, target: ComposeTarget, o: { volumes: boolean }): Argv {
  return call(t.compose, ...composeBase(t, target), 'down', ...(o.volumes ? ['-v'] : []));
}

export function composeLogs(t: Toolset, target: ComposeTarget, o: { follow: boolean; services?: string[] }): Argv {
  return call(t.compose, ...composeBase(t, target), 'logs', ...(o.follow ? ['-f'] : []), '--', ...(o.services ?? []));
}

export function composePs(t: Toolset, target: ComposeTarget): Argv {
  return call(t.compose, ...composeBase(t, target), 'ps');
}

export function composeRestart(t: Toolset, target: ComposeTarget, service: string): Argv {
  return call(t.compose, ...composeBase(t, target), 'restart', '--', service);
}

export function composeExec(t: Toolset, target: ComposeTarget, service: string, shell = 'sh'): Argv {
  return call(t.compose, ...composeBase(t, target), 'exec', '--', service, shell);
}

export function containerExec(t: Toolset, container: string, shell = 'sh'): Argv {
  return call(t.cli, 'exec', '-it', '--', container, shell);
}

export function prune(t: Toolset, o: { volumes: boolean }): Argv {
  return call(t.cli, 'system', 'prune', '-f', ...(o.volumes ? ['--volumes'] : []));
}

/** Read-only questions for exercise checks and the engine check. */
export const readOnly = {
  version: (t: Toolset): Argv => call(t.cli, 'version', '--format', '{{json .}}'),
  containers: (t: Toolset): Argv => call(t.cli, 'ps', '-a', '--no-trunc', '--format', '{{json .}}'),
  images: (t: Toolset): Argv => call(t.cli, 'images', '--format', '{{json .}}'),
  volumes: (t: Toolset): Argv => call(t.cli, 'volume', 'ls', '--format', '{{json .}}'),
  networks: (t: Toolset): Argv => call(t.cli, 'network', 'ls', '--format', '{{json .}}'),
};
