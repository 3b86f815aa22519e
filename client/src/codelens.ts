// CodeLens: Build above the first FROM (and Build stage above each named stage), Up / Logs /
// Exec above each compose service. Each kind can be switched off in settings.
import * as vscode from 'vscode';
import { parseDockerfile } from '../../server/src/analysis/dockerfile/model';
import { parseCompose } from '../../server/src/analysis/compose/model';
import { t } from './i18n';

export class CoachCodeLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  refresh(): void { this.changed.fire(); }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const c = vscode.workspace.getConfiguration('dockerCoach.codeLens', doc.uri);
    if (!vscode.workspace.isTrusted || doc.uri.scheme !== 'file') return [];
    if (doc.languageId === 'dockerfile') {
      if (!c.get('dockerfile', true)) return [];
      const model = parseDockerfile(doc.getText());
      return model.stages.flatMap((s, i) => {
        const at = new vscode.Range(s.from.range.start.line, 0, s.from.range.start.line, 0);
        const lenses: vscode.CodeLens[] = [];
        if (i === 0) lenses.push(new vscode.CodeLens(at, { title: `$(package) ${t('Build image')}`, command: 'dockerCoach.buildImage', arguments: [{ dockerfile: doc.uri.fsPath }] }));
        if (s.name && model.stages.length > 1) lenses.push(new vscode.CodeLens(at, { title: t('Build stage {0}', s.name), command: 'dockerCoach.buildImage', arguments: [{ dockerfile: doc.uri.fsPath, target: s.name }] }));
        if (i === 0) lenses.push(new vscode.CodeLens(at, { title: `$(play) ${t('Run')}`, command: 'dockerCoach.runContainer', arguments: [{ dockerfile: doc.uri.fsPath }] }));
        return lenses;
      });
    }
    if (doc.languageId === 'dockercompose') {
      if (!c.get('compose', true)) return [];
      const model = parseCompose(doc.getText());
      return model.services.flatMap((s) => {
        const at = new vscode.Range(s.keyRange.start.line, 0, s.keyRange.start.line, 0);
        const a = { file: doc.uri.fsPath, service: s.name };
        return [
          new vscode.CodeLens(at, { title: `$(play) ${t('Up')}`, command: 'dockerCoach.composeUp', arguments: [{ ...a, services: [s.name], detach: true }] }),
          new vscode.CodeLens(at, { title: `$(output) ${t('Logs')}`, command: 'dockerCoach.composeLogs', arguments: [a] }),
          new vscode.CodeLens(at, { title: `$(terminal) ${t('Exec')}`, command: 'dockerCoach.composeExec', arguments: [a] }),
        ];
      });
    }
    return [];
  }
}
