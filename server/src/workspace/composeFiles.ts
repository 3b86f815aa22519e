// Compose files that may build a Dockerfile: those in its folder and the folders above it up to
// the workspace root, plus a shallow, bounded walk of the root (compose files usually sit at the
// top or in a deploy/ folder). Without a root: the Dockerfile's folder and its parent.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { kindOf } from '../analysis/fileKinds';

const SKIP: ReadonlySet<string> = new Set(['node_modules', '.git']);
const MAX_DEPTH = 3;
const MAX_DIRS = 400;

function under(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function composeFilesAround(file: string, root: string | undefined, patterns: readonly string[]): string[] {
  const found = new Set<string>();
  const scan = (dir: string, onDir?: (path: string) => void): void => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isFile() && kindOf(e.name, patterns) === 'compose') found.add(path);
      else if (e.isDirectory() && onDir && !SKIP.has(e.name) && !e.name.startsWith('.')) onDir(path);
    }
  };
  const ancestors: string[] = [];
  const top = root && under(root, file) ? root : dirname(dirname(file));
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    ancestors.push(dir);
    if (dir === top || dirname(dir) === dir || !under(top, dir)) break;
  }
  for (const dir of ancestors) scan(dir);
  if (root && under(root, file)) {
    let budget = MAX_DIRS;
    const queue: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
    while (queue.length > 0 && budget-- > 0) {
      const { dir, depth } = queue.shift() as { dir: string; depth: number };
      scan(dir, depth < MAX_DEPTH ? (path) => queue.push({ dir: path, depth: depth + 1 }) : undefined);
    }
  }
  return [...found].sort();
}
