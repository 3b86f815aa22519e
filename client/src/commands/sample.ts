// Create the sample project (a small app with teachable flaws) in the workspace folder.
import * as vscode from 'vscode';
import { t } from '../i18n';

export function sampleCommand(context: vscode.ExtensionContext) {
  return async (): Promise<vscode.Uri | undefined> => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) { void vscode.window.showWarningMessage(t('Open a folder first: the file is created in your workspace.')); return undefined; }
    const source = vscode.Uri.joinPath(context.extensionUri, 'samples', 'hello-node');
    const target = vscode.Uri.joinPath(folder.uri, 'hello-node');
    try { await vscode.workspace.fs.stat(target); } catch {
      await vscode.workspace.fs.copy(source, target, { overwrite: false });
    }
    const dockerfile = vscode.Uri.joinPath(target, 'Dockerfile');
    await vscode.window.showTextDocument(dockerfile);
    return dockerfile;
  };
}
