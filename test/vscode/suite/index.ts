// Entry point the extension host loads (extensionTestsPath); the same shape @vscode/test-electron
// expects: run() resolves when every test passed.
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // The web workbench forwards console.log arguments unformatted: format them here.
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  for (const name of (process.env.E2E_SUITE ?? 'extension').split(',')) mocha.addFile(path.join(__dirname, `${name.trim()}.test.js`));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
