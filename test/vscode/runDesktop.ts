// npm run test:desktop: the same in-editor suite in desktop VS Code through @vscode/test-electron,
// on machines that have it. Desktop VS Code cannot be downloaded here (no internet), so it needs
// VSCODE_EXECUTABLE (path of the `code` binary) and says so plainly when it is missing.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    console.error('test:desktop: set VSCODE_EXECUTABLE to a desktop VS Code binary (e.g. /usr/share/code/code). The same suite runs in code-server with npm run test:vscode.');
    process.exitCode = 2;
    return;
  }
  const root = join(__dirname, '..', '..', '..');
  // The suite edits and creates files: give it a copy of the sample project.
  const workspace = join(mkdtempSync(join(tmpdir(), 'coach-desktop-')), 'workspace');
  cpSync(join(root, 'samples', 'hello-node'), workspace, { recursive: true });
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(__dirname, 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { E2E_SUITE: 'extension' },
  });
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
