// Russian chosen by the dockerCoach.language setting (language packs are not reachable here).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachApi, LESSON, lessonFile } from './course-helpers';
import { coachDiagnostics, codeOf, screenshot, until } from './util';

suite('Docker Coach in Russian', () => {
  test('findings, hovers and the lesson come in Russian', async () => {
    await coachApi();
    assert.equal(vscode.workspace.getConfiguration('dockerCoach').get('language'), 'ru');
    const uri = vscode.Uri.joinPath((vscode.workspace.workspaceFolders as vscode.WorkspaceFolder[])[0]!.uri, 'Dockerfile');
    await vscode.window.showTextDocument(uri);
    const d = await until(vscode.languages.onDidChangeDiagnostics, () => coachDiagnostics(uri).find((x) => codeOf(x) === 'DF001'), 'DF001');
    assert.match(d.message, /нет тега/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 1));
    assert.match(hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c)))).join('\n'), /Урок: /);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const title = await vscode.commands.executeCommand<string>('dockerCoach.openLesson', LESSON);
    assert.equal(title, lessonFile('ru').title);
    await vscode.commands.executeCommand('workbench.view.extension.dockerCoach');
    await screenshot('russian');
  });
});
