// Runs an argv as a VS Code Task (ProcessExecution: no shell, arguments passed as data), so it
// shows in the terminal, gets problem matchers and can be re-run. Resolves with the exit code.
import * as vscode from 'vscode';
import type { Argv } from './argv';
import { ProcessPty } from './processPty';

export const TASK_TYPE = 'docker-coach';

export interface CoachTaskDefinition extends vscode.TaskDefinition { type: typeof TASK_TYPE; program: string; args: string[]; cwd?: string }

export function makeTask(name: string, argv: Argv, cwd: string | undefined, scope: vscode.WorkspaceFolder | vscode.TaskScope = vscode.TaskScope.Workspace,
  matchers: string[] = []): vscode.Task {
  const definition: CoachTaskDefinition = { type: TASK_TYPE, program: argv.program, args: argv.args, ...(cwd ? { cwd } : {}) };
  const task = new vscode.Task(definition, scope, name, 'docker-coach', new vscode.ProcessExecution(argv.program, argv.args, cwd ? { cwd } : {}), matchers);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, panel: vscode.TaskPanelKind.Dedicated, clear: true };
  return task;
}

/** A task whose output is kept: `explain` turns a failure into lines the problem matcher reads. */
export function makeExplainedTask(name: string, argv: Argv, cwd: string | undefined, scope: vscode.WorkspaceFolder | vscode.TaskScope,
  matchers: string[], explain: (code: number, output: string) => string[]): { task: vscode.Task; exitCode: Promise<number> } {
  const definition: CoachTaskDefinition = { type: TASK_TYPE, program: argv.program, args: argv.args, ...(cwd ? { cwd } : {}) };
  let resolveExit: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((r) => { resolveExit = r; });
  const task = new vscode.Task(definition, scope, name, 'docker-coach',
    new vscode.CustomExecution(async () => new ProcessPty(argv, cwd, explain, resolveExit)), matchers);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, panel: vscode.TaskPanelKind.Dedicated, clear: true };
  return { task, exitCode };
}

export async function runTask(task: vscode.Task): Promise<number | undefined> {
  const execution = await vscode.tasks.executeTask(task);
  return new Promise((resolve) => {
    const sub = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution === execution) { sub.dispose(); resolve(e.exitCode); }
    });
  });
}

/** Lets tasks.json hold `{ "type": "docker-coach", "program": "docker", "args": [...] }`. */
export class CoachTaskProvider implements vscode.TaskProvider {
  provideTasks(): vscode.Task[] { return []; }
  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const d = task.definition as Partial<CoachTaskDefinition>;
    if (typeof d.program !== 'string' || !Array.isArray(d.args) || !d.args.every((a) => typeof a === 'string')) return undefined;
    const scope = task.scope ?? vscode.TaskScope.Workspace;
    return makeTask(task.name, { program: d.program, args: d.args }, typeof d.cwd === 'string' ? d.cwd : undefined, scope);
  }
}
