// Shared by the tests of file exercise checks: a check run over an in-memory workspace, the ids
// of the criteria that fail, and workspaces made from another one by a small change.
import assert from 'node:assert/strict';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../../../server/src/analysis/exercises/types';
import { memoryFiles } from '../helpers';

export type Files = Record<string, string>;

/** `run`: the criteria of a files check over a workspace; `failed`: the ids of those that do not pass. */
export function filesCheck(check: ExerciseCheck): { run: (files: Files) => Criterion[]; failed: (files: Files) => string[] } {
  assert.equal(check.kind, 'files');
  const run = (files: Files) => (check.run as (files: WorkspaceFiles) => Criterion[])(memoryFiles(files));
  return { run, failed: (files) => run(files).filter((c) => !c.passed).map((c) => c.id) };
}

/** The workspace with one file's text changed by `edit` (which must change it). */
export function withEdit(files: Files, path: string, edit: (text: string) => string): Files {
  const before = files[path];
  assert.ok(before !== undefined, `the workspace has no ${path}`);
  const after = edit(before);
  assert.notEqual(after, before, `the edit of ${path} changed nothing`);
  return { ...files, [path]: after };
}

/** The workspace without the given files. */
export function without(files: Files, ...paths: string[]): Files {
  return Object.fromEntries(Object.entries(files).filter(([p]) => !paths.includes(p)));
}

/** The workspace moved into a subfolder. */
export function inFolder(files: Files, folder: string): Files {
  return Object.fromEntries(Object.entries(files).map(([p, text]) => [`${folder}/${p}`, text]));
}
