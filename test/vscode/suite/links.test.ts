// Findings lead to lessons: the Problems panel's code link, the "Open lesson" code action and the
// hover's trusted link each open the right lesson, and the page scrolls to the right section
// (the page itself reports whether the heading exists).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { act, coachDiagnostics, codeOf, screenshot, until } from './util';

interface Panel { currentLessonId: string | undefined; lastScroll: { id: string; section: string; found: boolean } | undefined; onDidScroll: vscode.Event<void> }
const folder = () => (vscode.workspace.workspaceFolders as vscode.WorkspaceFolder[])[0]!.uri;
let panel: Panel;

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function freshEditor(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // the lesson panel too
  assert.equal(panel.currentLessonId, undefined, 'no lesson is open before the link is followed');
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
}

async function arrivedAt(lesson: string, section: string): Promise<void> {
  const at = await until(panel.onDidScroll, () => panel.lastScroll, `the lesson page to scroll to #${section}`);
  assert.equal(panel.currentLessonId, lesson);
  assert.deepEqual(at, { id: lesson, section, found: true });
}

suite('Findings lead to the right lesson section', () => {
  const DOCKERFILE = 'Dockerfile.links';
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('docker-coach.docker-coach') as vscode.Extension<{ panel: Panel }>;
    panel = (await ext.activate()).panel;
    await write(DOCKERFILE, 'FROM node:22-alpine\nRUNN echo hello\nUSER node\nCMD ["node", "-v"]\n');
  });

  test('clicking the code in the Problems panel opens the lesson at its section', async () => {
    const uri = vscode.Uri.joinPath(folder(), DOCKERFILE);
    await freshEditor(uri);
    const d = await until(vscode.languages.onDidChangeDiagnostics, () => coachDiagnostics(uri).find((x) => codeOf(x) === 'DF033'), 'DF033');
    const target = typeof d.code === 'object' ? d.code.target.toString(true) : '';
    assert.equal(target, 'command:dockerCoach.openLesson?["m2-01-first-dockerfile","the-instructions"]');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await act('css-click: .markers-panel .monaco-link:has-text("DF033")');
    await arrivedAt('m2-01-first-dockerfile', 'the-instructions');
    await screenshot('link-problems');
  });

  test('the "Open lesson" code action opens the lesson at its section', async () => {
    const uri = vscode.Uri.joinPath(folder(), DOCKERFILE);
    await freshEditor(uri);
    const d = coachDiagnostics(uri).find((x) => codeOf(x) === 'DF033');
    assert.ok(d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
    const open = actions.find((a) => a.title.startsWith('Open lesson: '));
    assert.ok(open?.command, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    await arrivedAt('m2-01-first-dockerfile', 'the-instructions');
  });

  test('the hover link, clicked with the mouse, opens the lesson at its section', async () => {
    const uri = await write('compose.links.yaml', 'x-common: &common\n  restart: unless-stopped\nservices:\n  web:\n    <<: *common\n    image: nginx:1.27-alpine\n');
    await freshEditor(uri);
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c)))).join('\n');
    assert.match(text, /command:dockerCoach\.openLesson\?/);
    await vscode.commands.executeCommand('editor.action.showHover');
    await act('css-click: .monaco-hover a[data-href^="command:dockerCoach.openLesson"]');
    await arrivedAt('m5-01-first-compose', 'yaml-in-five-minutes');
    await screenshot('link-hover');
  });
});
