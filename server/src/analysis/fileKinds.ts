// Which files Docker Coach reads, by name (contracts note). Shared by the CLI walk, the
// server and the manifest's patterns (a test keeps package.json in step with this list).
import type { FileKind } from './types';
import { globToRegExp } from './glob';

const DOCKERFILE = [/^(docker|container)file$/i, /\.(docker|container)file$/i, /^(docker|container)file\..+$/i];
const NOT_DOCKERFILE = /\.dockerignore$/i;
const COMPOSE = [/^compose\.ya?ml$/i, /^compose\..+\.ya?ml$/i, /docker.*compose.*\.ya?ml$/i];

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The kind a file's name says it is, or undefined. `extraCompose` globs come from settings. */
export function kindOf(path: string, extraCompose: readonly string[] = []): FileKind | undefined {
  const name = baseName(path);
  if (NOT_DOCKERFILE.test(name)) return undefined;
  if (DOCKERFILE.some((r) => r.test(name))) return 'dockerfile';
  if (COMPOSE.some((r) => r.test(name))) return 'compose';
  if (extraCompose.some((g) => globToRegExp(g).test(path) || globToRegExp(g).test(name))) return 'compose';
  return undefined;
}

/** For a file named explicitly on the command line: looser than kindOf (contracts note). */
export function explicitKind(path: string): FileKind | undefined {
  const byName = kindOf(path);
  if (byName) return byName;
  const name = baseName(path);
  if (/\.ya?ml$/i.test(name)) return 'compose';
  if (/dockerfile|containerfile/i.test(name)) return 'dockerfile';
  return undefined;
}
