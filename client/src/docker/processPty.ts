// A task terminal that runs one argv (no shell) and keeps its output, so a failed build can be
// explained afterwards: explanation lines are written into the same terminal, where the
// manifest's `docker-coach-build` problem matcher turns them into problems on the right line.
import { spawn, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import type { Argv } from './argv';

export class ProcessPty implements vscode.Pseudoterminal {
  private readonly write = new vscode.EventEmitter<string>();
  private readonly done = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.write.event;
  readonly onDidClose = this.done.event;
  private child: ChildProcess | undefined;
  private output = '';
  private static readonly MAX_KEPT = 4 * 1024 * 1024;

  constructor(private readonly argv: Argv, private readonly cwd: string | undefined,
    private readonly onExit: (code: number, output: string) => string[], private readonly exited: (code: number) => void) {}

  open(): void {
    this.write.fire(`\x1b[2m> ${[this.argv.program, ...this.argv.args].map(quoteForDisplay).join(' ')}\x1b[0m\r\n`);
    const child = spawn(this.argv.program, this.argv.args, { cwd: this.cwd, env: process.env, windowsHide: true });
    this.child = child;
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (this.output.length < ProcessPty.MAX_KEPT) this.output += text;
      this.write.fire(text.replace(/\r?\n/g, '\r\n'));
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('error', (e) => { this.write.fire(`${e.message}\r\n`); this.finish(127); });
    child.on('close', (code) => this.finish(code ?? 1));
  }

  private finish(code: number): void {
    if (!this.child) return;
    this.child = undefined;
    for (const line of this.onExit(code, this.output)) this.write.fire(`\r\n${line}\r\n`);
    this.exited(code);
    this.done.fire(code);
  }

  close(): void { this.child?.kill('SIGTERM'); }
}

/** How the command line is shown (display only: the process gets the argv array itself). */
function quoteForDisplay(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
