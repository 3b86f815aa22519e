// An untrusted folder (restricted mode): files are still checked and lessons still open, but no
// command starts docker, no CodeLens offers to, and the engine is not asked by "Check my work".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachDiagnostics, codeOf, screenshot, until } from './util';

suite('An untrusted folder', () => {
  test('checks files and teaches, runs no docker command', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opened the folder untrusted');
    const ext = vscode.extensions.getExtension('docker-coach.docker-coach') as vscode.Extension<unknown>;
    await ext.activate();
    const uri = vscode.Uri.joinPath((vscode.workspace.workspaceFolders as vscode.WorkspaceFolder[])[0]!.uri, 'Dockerfile');
    await vscode.window.showTextDocument(uri);
    await until(vscode.languages.onDidChangeDiagnostics, () => coachDiagnostics(uri).some((d) => codeOf(d) === 'DF001'), 'DF001');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.deepEqual(lenses.filter((l) => l.command?.command.startsWith('dockerCoach.')).map((l) => l.command?.title), []);
    const terminals = vscode.window.terminals.length;
    for (const id of ['dockerCoach.buildImage', 'dockerCoach.runContainer', 'dockerCoach.composeUp', 'dockerCoach.composeDown', 'dockerCoach.prune']) {
      assert.equal(await vscode.commands.executeCommand(id, uri), undefined, id);
    }
    await new Promise((r) => setTimeout(r, 1500)); // a task or terminal would have appeared by now
    assert.equal(vscode.window.terminals.length, terminals, 'no terminal was opened');
    assert.equal(vscode.tasks.taskExecutions.length, 0, 'no task runs');
    const title = await vscode.commands.executeCommand<string>('dockerCoach.openLesson', 'm1-01-lifecycle');
    assert.ok(title, 'lessons open');
    const result = await vscode.commands.executeCommand<{ passed: boolean; criteria: unknown[] } | undefined>('dockerCoach.checkWork');
    assert.ok(result && !result.passed && result.criteria.length === 0, 'an engine check is refused, not run');
    await screenshot('untrusted');
  });
});
