// Document links in Compose files: a service's build context and Dockerfile, its env files, and
// the `file:` of top-level secrets and configs. Only local paths that exist (read through the
// ProjectContext), resolved the way Compose does: the Dockerfile from the build context,
// everything else from the compose file's folder. URLs, git contexts and paths with variables
// get no link.
import { isScalar, type Node } from 'yaml';
import { mapGet, scalarText, seqItems, type ComposeModel } from '../compose/model';
import { composeDir, hasVariable, resolveFrom, serviceBuilds } from '../project/builds';
import type { ProjectContext } from '../project/context';
import type { Range } from '../types';
import { linesOf } from './references';

export interface FileLink {
  range: Range;
  /** Absolute path. */
  target: string;
  /** A folder (the build context) rather than a file. */
  folder: boolean;
}

/** A URL, a git remote or anything else that is not a local path. */
function notLocal(path: string): boolean {
  return path === '' || hasVariable(path) || /^[a-z][a-z0-9+.-]+:\/\//i.test(path) || /^(git@|github\.com\/)/.test(path) || /\.git(#.*)?$/.test(path);
}

/** The range inside the quotes of a single-line quoted value; the range itself otherwise. */
export function unquoted(lines: readonly string[], range: Range): Range {
  if (range.start.line !== range.end.line) return range;
  const text = (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const q = text[0];
  if ((q !== '"' && q !== "'") || text.length < 2 || text[text.length - 1] !== q) return range;
  return { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.end.line, character: range.end.character - 1 } };
}

export function composeLinks(model: ComposeModel, project: ProjectContext): FileLink[] {
  const lines = linesOf(model.text);
  const base = composeDir(project);
  const out: FileLink[] = [];
  const add = (written: string | undefined, range: Range, target: string | undefined, folder: boolean): void => {
    if (written === undefined || target === undefined || notLocal(written) || !project.exists(target) || project.isDirectory(target) !== folder) return;
    out.push({ range: unquoted(lines, range), target, folder });
  };
  const fromNode = (node: Node | null | undefined, folder = false): void => {
    const written = scalarText(node);
    if (written !== undefined && isScalar(node)) add(written, model.rangeOf(node), notLocal(written) ? undefined : resolveFrom(base, written), folder);
  };

  for (const b of serviceBuilds(model, project)) {
    if (b.contextGiven && !b.remote) {
      const build = mapGet(model.doc, b.service.value, 'build')?.value;
      fromNode(scalarText(build) !== undefined ? build : mapGet(model.doc, build, 'context')?.value, true);
    }
    if (b.dockerfileGiven && b.dockerfile) {
      const build = mapGet(model.doc, b.service.value, 'build')?.value;
      add(scalarText(mapGet(model.doc, build, 'dockerfile')?.value), b.dockerfileRange, b.dockerfile, false);
    }
  }
  for (const service of model.services) {
    const envFile = mapGet(model.doc, service.value, 'env_file')?.value;
    const items = scalarText(envFile) !== undefined ? [envFile] : seqItems(model.doc, envFile);
    for (const item of items) fromNode(isScalar(item) ? item : mapGet(model.doc, item, 'path')?.value);
  }
  for (const section of ['secrets', 'configs'] as const) {
    for (const entry of model.topLevel(section)) fromNode(mapGet(model.doc, entry.value, 'file')?.value);
  }
  return out;
}
