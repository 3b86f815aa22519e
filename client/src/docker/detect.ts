// Finds the engine and its compose on this machine: prefers `docker compose` (v2), falls back
// to `docker-compose` (v1), or Podman by setting. Results are cached until settings change.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { toolset, type Toolset } from './argv';

function runs(program: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: 8000, windowsHide: true }, (err) => resolve(!err));
  });
}

let cached: Promise<Toolset> | undefined;
export function resetToolset(): void { cached = undefined; }

export function currentToolset(): Promise<Toolset> {
  cached ??= detect();
  return cached;
}

async function detect(): Promise<Toolset> {
  const c = vscode.workspace.getConfiguration('dockerCoach');
  const engine = c.get<string>('engine', 'auto');
  const paths = { docker: c.get<string>('dockerPath', ''), podman: c.get<string>('podmanPath', ''), compose: c.get<string>('composePath', '') };
  const composeSetting = c.get<string>('composeCommand', 'auto');
  const usePodman = engine === 'podman' || (engine === 'auto' && !(await runs(paths.docker || 'docker', ['--version'])) && (await runs(paths.podman || 'podman', ['--version'])));
  if (usePodman) return toolset('podman', paths, 'podman');
  if (composeSetting === 'docker-compose') return toolset('docker', paths, 'v1');
  if (composeSetting === 'docker compose') return toolset('docker', paths, 'v2');
  if (await runs(paths.docker || 'docker', ['compose', 'version'])) return toolset('docker', paths, 'v2');
  if (await runs(paths.compose || 'docker-compose', ['version'])) return toolset('docker', paths, 'v1');
  return toolset('docker', paths, 'v2');
}
