// "Check my work": runs a lesson's exercise check over the learner's workspace files (kind
// files) or over a read-only snapshot of the engine (kind engine).
import * as vscode from 'vscode';
import { exerciseChecks } from '../../../server/src/analysis/exercises/checks';
import type { Criterion, WorkspaceFiles } from '../../../server/src/analysis/exercises/types';
import { engineSnapshot } from '../docker/snapshot';
import { untrustedReason } from '../trust';

const MAX_FILES = 300;
const MAX_BYTES = 512 * 1024;

export async function workspaceFiles(): Promise<WorkspaceFiles> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { list: () => [], read: () => undefined };
  const uris = await vscode.workspace.findFiles('**/*', '{**/node_modules/**,**/.git/**}', MAX_FILES);
  const texts = new Map<string, string>();
  await Promise.all(uris.map(async (uri) => {
    const rel = vscode.workspace.asRelativePath(uri, false).split('\\').join('/');
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) return;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      texts.set(rel, open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch { /* unreadable: the check sees it as missing */ }
  }));
  const names = [...texts.keys()].sort();
  return { list: () => names, read: (p) => texts.get(p) };
}

export async function runExercise(checkId: string): Promise<Criterion[] | string> {
  const check = exerciseChecks.find((c) => c.id === checkId);
  if (!check) return `unknown check ${checkId}`;
  if (check.kind === 'files') return check.run(await workspaceFiles());
  const untrusted = untrustedReason();
  if (untrusted) return untrusted;
  const snapshot = await engineSnapshot();
  if (typeof snapshot === 'string') return snapshot;
  return check.run(snapshot);
}
