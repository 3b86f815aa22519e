// The course in real VS Code, phase 1: open a lesson from the tree, create its file from the
// lesson, check the work, answer the quiz; the lesson is done. Phase 2 (course-reload) runs on
// the same profile after a reload and finds the progress still there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { coachApi, LESSON, lessonFile, type Api } from './course-helpers';
import { act, screenshot, until } from './util';

const progressEvent = (api: Api): vscode.Event<unknown> => (listener) => api.progress.onDidChange(() => listener(undefined));

suite('The course, phase 1', () => {
  test('a lesson opens from the Lessons tree', async () => {
    await coachApi();
    await vscode.commands.executeCommand('workbench.view.extension.dockerCoach');
    const { title } = lessonFile();
    await screenshot('course-tree');
    await act(`click:${title}`);
    await screenshot('course-tree-clicked');
    await until(vscode.window.tabGroups.onDidChangeTabs, () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === title), 'the lesson tab');
  });

  test('"Create this file in my workspace" writes the example, and "Check my work" passes', async () => {
    const api = await coachApi();
    const dockerfile = vscode.Uri.joinPath((vscode.workspace.workspaceFolders as vscode.WorkspaceFolder[])[0]!.uri, 'Dockerfile');
    // Start from a workspace without a Dockerfile: the button then writes it without asking.
    fs.renameSync(dockerfile.fsPath, `${dockerfile.fsPath}.orig`);
    await act('webview-click:Create Dockerfile in my workspace');
    const editor = await until(vscode.window.onDidChangeVisibleTextEditors as vscode.Event<unknown>,
      () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === dockerfile.fsPath), 'the created Dockerfile to open beside the lesson');
    assert.match(editor.document.getText(), /CMD \[/);
    assert.ok(fs.existsSync(dockerfile.fsPath));
    await act('webview-click:Check my work');
    await until(progressEvent(api), () => api.progress.get(LESSON).exercisePassed, 'the exercise to pass');
    await screenshot('course-checked');
  });

  test('answering the quiz completes the lesson, and the tree shows it', async () => {
    const api = await coachApi();
    const { quiz } = lessonFile();
    for (const q of quiz) await act(`webview-click:${q.choices[q.answer] as string}`);
    await until(progressEvent(api), () => api.progress.status(LESSON, quiz.length) === 'done', 'the lesson to be done');
    await vscode.commands.executeCommand('workbench.view.extension.dockerCoach');
    await screenshot('course-done-dark');
  });
});
