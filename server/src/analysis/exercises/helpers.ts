// Shared by exercise checks: find and parse the learner's Dockerfiles and Compose files with
// the same parsers the rules use.
import { kindOf } from '../fileKinds';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model';
import { parseCompose, type ComposeModel } from '../compose/model';
import type { Criterion, WorkspaceFiles } from './types';

export function dockerfiles(files: WorkspaceFiles): { path: string; model: DockerfileModel }[] {
  return files.list().filter((p) => kindOf(p) === 'dockerfile').flatMap((path) => {
    const text = files.read(path);
    return text === undefined ? [] : [{ path, model: parseDockerfile(text) }];
  });
}

export function composeFiles(files: WorkspaceFiles): { path: string; model: ComposeModel }[] {
  return files.list().filter((p) => kindOf(p) === 'compose').flatMap((path) => {
    const text = files.read(path);
    return text === undefined ? [] : [{ path, model: parseCompose(text) }];
  });
}

export function criterion(id: string, passed: boolean, en: string, ru: string): Criterion {
  return { id, passed, text: { en, ru } };
}
