// Exercise checks: pure functions over the learner's files (kind: files) or over a read-only
// snapshot of the engine that the client collects (kind: engine). One check per file in checks/.
import type { Lang } from '../types';

export interface WorkspaceFiles {
  /** Slash-separated paths relative to the workspace folder (node_modules and .git skipped). */
  list(): string[];
  /** Text of a file by relative path, or undefined. */
  read(relPath: string): string | undefined;
}

/** What `docker ps -a` and `docker images` said, reduced to what checks need. */
export interface EngineSnapshot {
  containers: { id: string; name: string; image: string; state: string; status: string; ports: string }[];
  images: { repository: string; tag: string; id: string; size: string }[];
  volumes: { name: string }[];
  networks: { name: string; driver: string }[];
}

export interface Criterion {
  /** Stable within the check, e.g. "final-user-not-root". */
  id: string;
  passed: boolean;
  /** A sentence the learner can act on, in each language. */
  text: Record<Lang, string>;
}

export type ExerciseCheck =
  | { id: string; kind: 'files'; run(files: WorkspaceFiles): Criterion[] }
  | { id: string; kind: 'engine'; run(engine: EngineSnapshot): Criterion[] };
