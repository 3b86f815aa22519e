// Build image: choose the Dockerfile and context, tag defaulting to the folder name
// (remembered per Dockerfile), run `docker build` as a Task.
import * as vscode from 'vscode';
import { basename, dirname } from 'node:path';
import { build, defaultTag } from '../docker/argv';
import { currentToolset } from '../docker/detect';
import { makeExplainedTask } from '../docker/tasks';
import { explainBuildOutput, problemLine } from '../../../server/src/analysis/build/explainOutput';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { readFileSync } from 'node:fs';
import { lang } from '../i18n';
import { t } from '../i18n';
import { ensureEngine } from './engineCheck';

export interface BuildArgs { dockerfile?: string; context?: string; tag?: string; target?: string; interactive?: boolean }

async function pickDockerfile(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'dockerfile' && active.uri.scheme === 'file') return active.uri;
  const found = await vscode.workspace.findFiles('**/{Dockerfile,Containerfile,*.dockerfile,Dockerfile.*}', '**/node_modules/**', 50);
  if (found.length <= 1) return found[0];
  const pick = await vscode.window.showQuickPick(found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })), { placeHolder: t('Which Dockerfile?') });
  return pick?.uri;
}

export function buildCommand(context: vscode.ExtensionContext) {
  return async (arg?: unknown): Promise<number | undefined> => {
    const a: BuildArgs = arg instanceof vscode.Uri ? { dockerfile: arg.fsPath } : typeof arg === 'object' && arg !== null ? (arg as BuildArgs) : {};
    const file = a.dockerfile ? vscode.Uri.file(a.dockerfile) : await pickDockerfile();
    if (!file) { void vscode.window.showInformationMessage(t('No Dockerfile found in this workspace.')); return undefined; }
    if (!(await ensureEngine())) return undefined;
    let contextDir = a.context ?? dirname(file.fsPath);
    if (!a.context && a.interactive !== false) {
      // The context is what COPY can see: usually the Dockerfile's folder, sometimes the project root.
      const folders = [...new Set([dirname(file.fsPath), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath)])];
      if (folders.length > 1) {
        const pick = await vscode.window.showQuickPick(folders.map((f) => ({ label: vscode.workspace.asRelativePath(f, true) || f, description: f, path: f })),
          { placeHolder: t('Build context: the folder COPY and ADD can read') });
        if (!pick) return undefined;
        contextDir = pick.path;
      }
    }
    const key = `dockerCoach.tag:${file.fsPath}`;
    let tag = a.tag ?? context.workspaceState.get<string>(key) ?? defaultTag(basename(contextDir));
    if (!a.tag && a.interactive !== false) {
      const typed = await vscode.window.showInputBox({ prompt: t('Image tag'), value: tag, validateInput: (v) => (/^[a-z0-9][a-z0-9._\/:-]*$/.test(v) ? undefined : t('Use lower-case letters, digits and . _ - / :')) });
      if (typed === undefined) return undefined;
      tag = typed;
    }
    await context.workspaceState.update(key, tag);
    const tools = await currentToolset();
    const folder = vscode.workspace.getWorkspaceFolder(file);
    const argv = build(tools, { dockerfile: file.fsPath, context: contextDir, tag, ...(a.target ? { target: a.target } : {}) });
    const { task, exitCode } = makeExplainedTask(t('Build {0}', tag), argv, contextDir, folder ?? vscode.TaskScope.Workspace, ['$docker-coach-build'],
      (code, output) => (code === 0 ? [] : explainFailure(file, output)));
    await vscode.tasks.executeTask(task);
    return exitCode;
  };
}

/** Lines for the terminal (read back by the docker-coach-build problem matcher). */
function explainFailure(file: vscode.Uri, output: string): string[] {
  let text: string;
  try { text = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file.fsPath)?.getText() ?? readFileSync(file.fsPath, 'utf8'); } catch { return []; }
  return explainBuildOutput(output, parseDockerfile(text), lang()).map((f) => problemLine(file.fsPath, f));
}
