// The in-editor suite: real VS Code, the real extension bundle, the real language server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { coachDiagnostics, codeOf, screenshot, until } from './util';

const folder = () => (vscode.workspace.workspaceFolders?.[0] as vscode.WorkspaceFolder).uri;

suite('Docker Coach in VS Code', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('docker-coach.docker-coach');
    assert.ok(ext, 'the extension is installed');
    await ext.activate();
  });

  test('a Dockerfile gets diagnostics with codes and lesson links in the Problems panel', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'Dockerfile'));
    assert.equal(doc.languageId, 'dockerfile');
    await vscode.window.showTextDocument(doc);
    const diags = await until(vscode.languages.onDidChangeDiagnostics,
      () => coachDiagnostics(doc.uri).some((d) => codeOf(d) === 'DF005') && coachDiagnostics(doc.uri), 'DF001 and DF005');
    const df001 = diags.find((d) => codeOf(d) === 'DF001');
    assert.ok(df001);
    assert.equal(df001.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([df001.range.start.line, df001.range.start.character, df001.range.end.character], [0, 5, 9]);
    const target = typeof df001.code === 'object' ? df001.code.target.toString(true) : '';
    assert.equal(target, 'command:dockerCoach.openLesson?["m3-03-pinning"]');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems');
  });

  test('hover on an instruction explains it and links the lesson through a trusted command', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'Dockerfile');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(3, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c)))).join('\n');
    assert.match(text, /\*\*RUN\*\*/);
    assert.match(text, /command:dockerCoach\.openLesson\?/);
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(3, 1, 3, 1);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover');
  });

  test('the quick fix turns shell-form CMD into exec form and the finding goes away', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    const d = coachDiagnostics(uri).find((x) => codeOf(x) === 'DF005');
    assert.ok(d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore DF005 here'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Open lesson: ')), titles.join(' | '));
    const fix = actions.find((a) => a.title === 'Convert to exec form (JSON array)');
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(4).text, 'CMD ["node", "server.js"]');
    await until(vscode.languages.onDidChangeDiagnostics, () => !coachDiagnostics(uri).some((x) => codeOf(x) === 'DF005'), 'DF005 to clear');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the Lessons view lists the course and a lesson opens in a webview', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.dockerCoach');
    await screenshot('lessons-view');
    const title = await vscode.commands.executeCommand<string | undefined>('dockerCoach.openLesson', 'm2-03-cmd-vs-entrypoint');
    assert.ok(title, 'the lesson rendered (the command resolves when the page posted ready)');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === title);
    assert.ok(tab && tab.input instanceof vscode.TabInputWebview);
    await screenshot('lesson');
  });

  test('Build Image runs docker build in a task and it succeeds', async function () {
    this.timeout(180_000);
    const dir = path.join(folder().fsPath, 'lab');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM coach/busybox:1\nWORKDIR /app\nCOPY Dockerfile .\nCMD ["cat", "Dockerfile"]\n');
    const ended = new Promise<vscode.Task>((resolve) => { const sub = vscode.tasks.onDidEndTask((e) => { sub.dispose(); resolve(e.execution.task); }); });
    const code = await vscode.commands.executeCommand<number | undefined>('dockerCoach.buildImage', { dockerfile: path.join(dir, 'Dockerfile'), tag: 'coach-e2e/lab:1', interactive: false });
    const task = await ended;
    assert.equal(task.definition.type, 'docker-coach');
    assert.deepEqual((task.definition as unknown as { args: string[] }).args.slice(0, 5), ['build', '-f', path.join(dir, 'Dockerfile'), '-t', 'coach-e2e/lab:1']);
    assert.equal(code, 0, 'docker build exit code');
    await screenshot('build');
  });
});

suite('A failed build, explained', () => {
  test('the failing RUN gets a problem on its line with the explanation', async function () {
    this.timeout(180_000);
    const dir = path.join(folder().fsPath, 'broken');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'Dockerfile');
    fs.writeFileSync(file, 'FROM coach/busybox:1\nWORKDIR /src\nRUN echo ok > ok.txt\nRUN make build\nCMD ["cat", "ok.txt"]\n');
    const uri = vscode.Uri.file(file);
    await vscode.window.showTextDocument(uri);
    const code = await vscode.commands.executeCommand<number | undefined>('dockerCoach.buildImage', { dockerfile: file, tag: 'coach-e2e/broken:1', interactive: false });
    assert.notEqual(code, 0);
    const problem = await until(vscode.languages.onDidChangeDiagnostics,
      () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'docker-coach build'), 'the build problem');
    assert.equal(codeOf(problem), 'DF904');
    assert.equal(problem.range.start.line, 3);
    assert.match(problem.message, /exit code 127/);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('build-failure');
  });
});
