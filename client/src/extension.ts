// activate() wires the parts together, nothing else.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { buildCommand } from './commands/build';
import { sampleCommand } from './commands/sample';
import { registerBuildProblemActions } from './buildProblems';
import { lessonCommands } from './commands/lessons';
import { composeCommands } from './commands/compose';
import { containerCommands } from './commands/container';
import { CoachCodeLens } from './codelens';
import { resetToolset } from './docker/detect';
import { CoachTaskProvider, TASK_TYPE } from './docker/tasks';
import { loadStrings } from './i18n';
import { whenTrusted } from './trust';
import { createLanguageClient, serverSettings } from './languageClient';
import { ProgressStore } from './lessons/progress';
import { LessonTree } from './lessons/tree';
import { LessonPanel } from './lessons/webview';

let client: LanguageClient | undefined;

export interface DockerCoachApi {
  client: LanguageClient | undefined; panel: LessonPanel; progress: ProgressStore;
  /** Resolves once the language server answered initialize. */
  serverReady: Promise<void>;
  /** How long activate() took, in ms (the editor waits for it; the server starts after it). */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<DockerCoachApi> {
  const started = performance.now();
  loadStrings(context.extensionPath);
  const progress = new ProgressStore(context.globalState);
  const panel = new LessonPanel(context, progress);
  const tree = new LessonTree(progress);
  context.subscriptions.push(vscode.window.registerTreeDataProvider('dockerCoach.lessons', tree));

  const commands: Record<string, (...args: unknown[]) => unknown> = {
    ...lessonCommands(panel, progress),
    'dockerCoach.buildImage': whenTrusted(buildCommand(context)),
    'dockerCoach.createSample': sampleCommand(context),
    'dockerCoach.noteFixApplied': () => vscode.commands.executeCommand('setContext', 'dockerCoach.appliedFix', true),
    ...mapValues({ ...composeCommands(), ...containerCommands(context) }, (id, handler) => (id === 'dockerCoach.openPort' ? handler : whenTrusted(handler))),
  };
  for (const [id, handler] of Object.entries(commands)) context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, new CoachTaskProvider()), registerBuildProblemActions());

  const lenses = new CoachCodeLens();
  context.subscriptions.push(vscode.languages.registerCodeLensProvider([{ language: 'dockerfile' }, { language: 'dockercompose' }], lenses),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lenses.refresh()));

  client = createLanguageClient(context);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('dockerCoach')) return;
    resetToolset();
    lenses.refresh();
    if (e.affectsConfiguration('dockerCoach.language')) { loadStrings(context.extensionPath); tree.refresh(); }
    void client?.sendNotification('dockerCoach/settings', serverSettings());
  }));
  // Not awaited: the server's start (a process, its bundle, initialize) must not delay the editor.
  const serverReady = client.start().catch((err: unknown) => {
    void vscode.window.showErrorMessage(`Docker Coach: ${err instanceof Error ? err.message : String(err)}`);
  });
  return { client, panel, progress, serverReady, activationMs: performance.now() - started };
}

function mapValues<T, U>(o: Record<string, T>, f: (key: string, value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(k, v)]));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
