// Activation cost in real VS Code: activate() is timed by the extension itself (the editor waits
// for it); the language server starts after it. The figure goes to activation.json for the bench.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

suite('Activation', () => {
  test('activate() returns quickly and the server becomes ready after it', async () => {
    const ext = vscode.extensions.getExtension('docker-coach.docker-coach') as vscode.Extension<{ activationMs: number; serverReady: Promise<void> }>;
    const api = await ext.activate();
    console.log(`activation: ${api.activationMs.toFixed(1)} ms`);
    if (process.env.E2E_OUT_DIR) fs.writeFileSync(path.join(process.env.E2E_OUT_DIR, 'activation.json'), JSON.stringify({ activationMs: api.activationMs }));
    assert.ok(api.activationMs < 100, `activation took ${api.activationMs} ms (goal: under 100)`);
    await api.serverReady;
  });
});
