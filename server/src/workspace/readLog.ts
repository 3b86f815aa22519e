// Which files each document's analysis looked at (its Dockerfiles, .dockerignore, .env, the
// other compose files), so that a change to one of them refreshes exactly the documents that
// depend on it, not every open document.
import { dirname, resolve } from 'node:path';
import type { ProjectContext } from '../analysis/project/context';

export class ReadLog {
  private readonly byUri = new Map<string, Set<string>>();

  /** `project`, recording for `uri` every path it is asked about (this analysis replaces the last one's record). */
  recording(uri: string, project: ProjectContext): ProjectContext {
    const seen = new Set<string>();
    this.byUri.set(uri, seen);
    const note = (path: string) => { seen.add(resolve(path)); };
    return {
      ...project,
      read: (path) => { note(path); return project.read(path); },
      exists: (path) => { note(path); return project.exists(path); },
      isDirectory: (path) => { note(path); return project.isDirectory(path); },
      list: (path) => { note(path); return project.list(path); },
    };
  }

  forget(uri: string): void { this.byUri.delete(uri); }

  /** Documents whose last analysis looked at `path`, or at the folder it is in (a new file appears there). */
  readersOf(path: string): string[] {
    const file = resolve(path);
    const folder = dirname(file);
    const out: string[] = [];
    for (const [uri, seen] of this.byUri) if (seen.has(file) || seen.has(folder)) out.push(uri);
    return out;
  }
}
