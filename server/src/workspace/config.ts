// Finds and reads `.docker-coach.yaml`: from a file's folder upward to a stop folder; the
// nearest wins, no merging (contracts note). Results are cached per folder for a walk.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { emptyConfig, parseConfig, type CoachConfig } from '../analysis/config';
import { matchesAny } from '../analysis/glob';

export const CONFIG_FILE = '.docker-coach.yaml';

export interface LoadedConfig { config: CoachConfig; path?: string }

export class ConfigLookup {
  private readonly cache = new Map<string, LoadedConfig>();
  /** `fixed`: one config for every file (the CLI's --config). */
  constructor(private readonly stopAt?: string, private readonly fixed?: LoadedConfig) {}

  forFile(file: string): LoadedConfig {
    return this.fixed ?? this.forFolder(dirname(resolve(file)));
  }

  private forFolder(dir: string): LoadedConfig {
    const hit = this.cache.get(dir);
    if (hit) return hit;
    let found: LoadedConfig | undefined;
    const path = join(dir, CONFIG_FILE);
    try {
      found = { config: parseConfig(readFileSync(path, 'utf8')), path };
    } catch {
      const parent = dirname(dir);
      const atStop = this.stopAt !== undefined && resolve(this.stopAt) === dir;
      found = atStop || parent === dir ? { config: emptyConfig() } : this.forFolder(parent);
    }
    this.cache.set(dir, found);
    return found;
  }

  clear(): void { this.cache.clear(); }
}

/** Is the file excluded by its config's `ignore` globs (relative to the config file)? */
export function isIgnoredByConfig(file: string, loaded: LoadedConfig): boolean {
  if (!loaded.path || loaded.config.ignore.length === 0) return false;
  const rel = relative(dirname(loaded.path), resolve(file)).split(sep).join('/');
  return matchesAny(rel, loaded.config.ignore);
}

/** The `compose.files` set of a config, as absolute paths (relative to the config file). */
export function composeSetOf(loaded: LoadedConfig): string[] {
  if (!loaded.path) return [];
  const dir = dirname(loaded.path);
  return loaded.config.composeFiles.map((f) => resolve(dir, f));
}
