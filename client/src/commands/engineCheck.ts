// Before running docker: is the CLI there and does the daemon answer? One clear message with
// what to do and the install lesson, never a stack trace.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { currentToolset } from '../docker/detect';
import { readOnly } from '../docker/argv';
import { t } from '../i18n';

export async function engineProblem(): Promise<string | undefined> {
  const tools = await currentToolset();
  const argv = readOnly.version(tools);
  return new Promise((resolve) => {
    execFile(argv.program, argv.args, { timeout: 10_000, windowsHide: true }, (err, _out, stderr) => {
      if (!err) { resolve(undefined); return; }
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') resolve(t('{0} is not installed or not on PATH. Install Docker (or Podman), or set dockerCoach.dockerPath.', argv.program));
      else if (/daemon|connect|socket|permission/i.test(stderr)) resolve(t('{0} is installed but the engine is not running. Start Docker Desktop or the docker service, then try again.', argv.program));
      else resolve(t('{0} failed: {1}', argv.program, stderr.trim().split('\n').pop() ?? err.message));
    });
  });
}

export async function ensureEngine(): Promise<boolean> {
  const problem = await engineProblem();
  if (!problem) return true;
  const open = t('Open the install lesson');
  void vscode.window.showErrorMessage(problem, open).then((a) => {
    if (a === open) void vscode.commands.executeCommand('dockerCoach.openLesson', 'm0-04-first-run');
  });
  return false;
}
