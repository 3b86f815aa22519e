import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Resolves with check()'s first truthy value, re-checking whenever `event` fires (no sleeps). */
export function until<T>(event: vscode.Event<unknown>, check: () => T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const now = check();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for ${what}`)); }, timeoutMs);
    const sub = event(() => {
      const v = check();
      if (v) { clearTimeout(timer); sub.dispose(); resolve(v); }
    });
  });
}

/** Asks the harness for a screenshot (run.mjs) and waits until it is written. */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.E2E_OUT_DIR;
  if (!dir) return; // @vscode/test-electron: no harness
  const file = path.join(dir, `${name}.png`);
  console.log(`[e2e:screenshot] ${name}`);
  for (const start = Date.now(); !fs.existsSync(file); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() - start > 20_000) throw new Error(`the harness did not write ${file}`);
  }
}

let acts = 0;
/** Mouse or keyboard input through the harness, for what the API cannot do; resolves when done. */
export async function act(what: string): Promise<void> {
  const dir = process.env.E2E_OUT_DIR;
  if (!dir) throw new Error('act() needs the code-server harness (test/vscode/run.mjs)');
  const id = `${process.pid}-${++acts}`;
  console.log(`[e2e:act] ${id} ${what}`);
  const file = path.join(dir, `.act-${id}`);
  for (const start = Date.now(); !fs.existsSync(file); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() - start > 20_000) throw new Error(`the harness did not perform: ${what}`);
  }
}

export const coachDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docker-coach');
export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
