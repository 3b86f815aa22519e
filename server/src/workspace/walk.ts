// Finds Dockerfiles and Compose files under a folder by the shared name patterns, skipping
// node_modules, .git and paths the nearest .docker-coach.yaml ignores.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kindOf } from '../analysis/fileKinds';
import type { FileKind } from '../analysis/types';
import { isIgnoredByConfig, type ConfigLookup } from './config';

const SKIP: ReadonlySet<string> = new Set(['node_modules', '.git']);

export interface FoundFile { path: string; kind: FileKind }

export function findFiles(root: string, configs: ConfigLookup): FoundFile[] {
  const out: FoundFile[] = [];
  const visit = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !isIgnoredByConfig(join(path, 'x'), configs.forFile(join(path, 'x')))) visit(path);
        continue;
      }
      if (!e.isFile()) continue;
      const kind = kindOf(e.name, configs.forFile(path).config.composeFiles);
      if (kind && !isIgnoredByConfig(path, configs.forFile(path))) out.push({ path, kind });
    }
  };
  visit(root);
  return out;
}
