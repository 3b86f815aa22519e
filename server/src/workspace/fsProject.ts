// The one place that reads files for the analysis: implements ProjectContext over the disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProjectContext } from '../analysis/project/context';

/** Files larger than this are not read for context (a Dockerfile or .env is never this big). */
export const MAX_CONTEXT_FILE_BYTES = 2 * 1024 * 1024;

export function fsProject(file: string, overlay?: (path: string) => string | undefined, composeSet: readonly string[] = []): ProjectContext {
  return {
    file: resolve(file),
    composeSet,
    read(path) {
      const open = overlay?.(resolve(path));
      if (open !== undefined) return open;
      try {
        if (statSync(path).size > MAX_CONTEXT_FILE_BYTES) return undefined;
        return stripBom(readFileSync(path, 'utf8'));
      } catch {
        return undefined;
      }
    },
    exists(path) {
      try { statSync(path); return true; } catch { return false; }
    },
    isDirectory(path) {
      try { return statSync(path).isDirectory(); } catch { return false; }
    },
    list(path) {
      try { return readdirSync(path); } catch { return []; }
    },
  };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
