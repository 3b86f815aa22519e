// Which compose file(s) a command acts on, and what they declare (services, profiles), read with
// the same parser as the analysis.
import * as vscode from 'vscode';
import { dirname, isAbsolute, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { mapGet, parseCompose, seqItems, scalarText } from '../../../server/src/analysis/compose/model';
import type { ComposeTarget } from '../docker/argv';
import { t } from '../i18n';

export interface ComposeInfo { target: ComposeTarget; file: string; services: string[]; profiles: string[]; folder: vscode.WorkspaceFolder | undefined }

const COMPOSE_GLOB = '**/{compose.yml,compose.yaml,compose.*.yml,compose.*.yaml,*docker*compose*.yml,*docker*compose*.yaml}';

export async function resolveCompose(file?: string): Promise<ComposeInfo | undefined> {
  let path = file;
  if (!path) {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'dockercompose' && active.uri.scheme === 'file') path = active.uri.fsPath;
  }
  if (!path) {
    const found = await vscode.workspace.findFiles(COMPOSE_GLOB, '**/node_modules/**', 50);
    if (found.length > 1) {
      const pick = await vscode.window.showQuickPick(found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })), { placeHolder: t('Which compose file?') });
      path = pick?.uri.fsPath;
    } else path = found[0]?.fsPath;
  }
  if (!path) { void vscode.window.showInformationMessage(t('No compose file found in this workspace.')); return undefined; }
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path));
  const configured = vscode.workspace.getConfiguration('dockerCoach', folder?.uri).get<string[]>('compose.files', []);
  const base = folder?.uri.fsPath ?? dirname(path);
  const files = configured.length > 0 && configured.some((f) => resolveIn(base, f) === path) ? configured.map((f) => resolveIn(base, f)) : [path];
  let services: string[] = [];
  const profiles = new Set<string>();
  for (const f of files) {
    let text: string;
    try { text = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === f)?.getText() ?? readFileSync(f, 'utf8'); } catch { continue; }
    const model = parseCompose(text);
    services = [...new Set([...services, ...model.services.map((s) => s.name)])];
    for (const s of model.services) for (const p of seqItems(model.doc, mapGet(model.doc, s.value, 'profiles')?.value)) { const v = scalarText(p); if (v) profiles.add(v); }
  }
  return { target: { files, projectDir: dirname(files[0] as string) }, file: path, services, profiles: [...profiles].sort(), folder };
}

function resolveIn(base: string, f: string): string { return isAbsolute(f) ? f : join(base, f); }

export async function pickService(info: ComposeInfo, given?: string): Promise<string | undefined> {
  if (given !== undefined) return given;
  if (info.services.length === 1) return info.services[0];
  return vscode.window.showQuickPick(info.services, { placeHolder: t('Which service?') });
}
