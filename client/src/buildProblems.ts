// Problems from a failed build (the docker-coach-build problem matcher) get an "Open lesson"
// action like every other finding.
import * as vscode from 'vscode';
import { BUILD_LESSONS } from '../../server/src/analysis/build/explainOutput';
import { t } from './i18n';

export function registerBuildProblemActions(): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'dockerfile' }, {
    provideCodeActions(_doc, _range, context) {
      return context.diagnostics.flatMap((d) => {
        const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
        const lesson = BUILD_LESSONS[code];
        if (d.source !== 'docker-coach build' || !lesson) return [];
        const action = new vscode.CodeAction(t('Open lesson'), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.command = { title: t('Open lesson'), command: 'dockerCoach.openLesson', arguments: [lesson] };
        return [action];
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
