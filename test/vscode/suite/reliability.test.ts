// Reliability in real VS Code: a language server that dies is restarted by the client and checks
// the open file again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { coachDiagnostics, codeOf, screenshot, until } from './util';

/** Pids of this extension host's children running the Docker Coach server bundle. */
function serverPids(): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server.js');
    } catch { return false; } // the process ended while we looked
  }).map(Number);
}

suite('The language server survives a crash', () => {
  test('killing the server: the client restarts it and findings come back on the next edit', async function () {
    this.timeout(90_000);
    const ext = vscode.extensions.getExtension('docker-coach.docker-coach') as vscode.Extension<unknown>;
    await ext.activate();
    const uri = vscode.Uri.joinPath((vscode.workspace.workspaceFolders as vscode.WorkspaceFolder[])[0]!.uri, 'Dockerfile.crash');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('FROM node:22-alpine\nUSER node\nCMD ["node", "-v"]\n'));
    const editor = await vscode.window.showTextDocument(uri);
    const [before] = serverPids();
    assert.ok(before, 'the server runs as a child of the extension host');
    process.kill(before, 'SIGKILL');
    const after = await new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const now = serverPids().find((p) => p !== before);
        if (now) { clearInterval(poll); resolve(now); } else if (Date.now() - started > 60_000) { clearInterval(poll); reject(new Error('no new server process within 60 s')); }
      }, 200);
    });
    assert.notEqual(after, before);
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'RUNN echo typo\n'));
    await until(vscode.languages.onDidChangeDiagnostics, () => coachDiagnostics(uri).some((d) => codeOf(d) === 'DF033'), 'DF033 from the restarted server', 60_000);
    await screenshot('restarted-server');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
