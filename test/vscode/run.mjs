#!/usr/bin/env node
// Runs the in-editor suite inside real VS Code: code-server (VS Code 1.139) in headless Chromium
// driven by Playwright. Prints mocha's report and a closing "N passed, N failed" line; exits
// with the suite's code (0 passed, 1 failed, 124 timeout, 2 harness error).
//   node test/vscode/run.mjs [--workspace DIR] [--out DIR] [--timeout S] [--vsix FILE]
// --suite A,B runs out/test/vscode/suite/A.test.js then B.test.js; --profile DIR keeps the profile (globalState)
// and the workspace copy in DIR between runs, for tests that reload. --untrusted opens the folder
// with workspace trust on and not granted (restricted mode).
// --vsix installs the packaged extension and runs the same suite against it (the development
// path is then an empty host extension), proving the .vsix works on its own.
// Env: DOCKER_COACH_CACHE (Node 24 + code-server, from scripts/prereqs.sh), DOCKER_HOST (passed on).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: opt } = parseArgs({ options: {
  workspace: { type: 'string', default: join(root, 'samples', 'hello-node') },
  out: { type: 'string', default: join(root, 'test-results', 'vscode') },
  timeout: { type: 'string', default: '420' },
  settings: { type: 'string', default: '{}' },
  vsix: { type: 'string' },
  suite: { type: 'string', default: 'activation,extension,links,reliability' },
  profile: { type: 'string' },
  untrusted: { type: 'boolean', default: false },
} });
const cache = process.env.DOCKER_COACH_CACHE ?? join(homedir(), '.cache', 'docker-coach');
const node24 = join(cache, 'node24', 'node_modules', 'node', 'bin', 'node');
const codeServer = join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const t0 = Date.now();
const say = (m) => console.log(`[vscode ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const outDir = resolve(opt.out);

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer().once('error', rej);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
});

let tmp, server, browser, code = 2, passed = 0, failed = 0;
async function cleanup() {
  await browser?.close().catch(() => {});
  if (server?.pid) { try { process.kill(-server.pid, 'SIGTERM'); } catch {} await sleep(500); try { process.kill(-server.pid, 'SIGKILL'); } catch {} }
  if (tmp) await rm(tmp, { recursive: true, force: true });
}
process.once('SIGINT', () => { void cleanup().finally(() => { process.exitCode = 130; }); });

try {
  for (const f of [node24, codeServer]) if (!existsSync(f)) throw new Error(`missing ${f}: run scripts/prereqs.sh editor`);
  await mkdir(outDir, { recursive: true });
  for (const f of await readdir(outDir)) if (f.endsWith('.png') || f.endsWith('.log')) await rm(join(outDir, f), { force: true });
  tmp = await mkdtemp(join(tmpdir(), 'coach-vscode-'));
  const state = opt.profile ? resolve(opt.profile) : tmp;
  // A copy of the workspace: the tests edit and create files there.
  const workspace = join(state, 'workspace');
  if (!existsSync(workspace)) await cp(resolve(opt.workspace), workspace, { recursive: true });
  const xdg = { XDG_CONFIG_HOME: join(tmp, 'xdg', 'config'), XDG_DATA_HOME: join(tmp, 'xdg', 'data'), XDG_CACHE_HOME: join(tmp, 'xdg', 'cache') };
  const userDir = join(state, 'user');
  await mkdir(join(userDir, 'User'), { recursive: true });
  await writeFile(join(userDir, 'User', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'git.enabled': false, 'workbench.colorTheme': 'Default Dark Modern',
    'security.workspace.trust.enabled': opt.untrusted, 'security.workspace.trust.startupPrompt': 'never', ...JSON.parse(opt.settings),
  }, null, 2));
  await writeFile(join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  if (opt.vsix) {
    const r = spawnSync(node24, [codeServer, '--extensions-dir', join(tmp, 'extensions'), '--user-data-dir', userDir,
      '--install-extension', resolve(opt.vsix)], { encoding: 'utf8', env: { ...process.env, ...xdg } });
    if (r.status !== 0) throw new Error(`installing ${opt.vsix} failed: ${r.stdout}${r.stderr}`);
    say(`installed ${opt.vsix}`);
  }
  // Browser storage (extension globalState in the web workbench) belongs to the page's origin,
  // port included: a profile that is reused keeps its port.
  const portFile = join(state, 'port');
  const port = opt.profile && existsSync(portFile) ? Number(await readFile(portFile, 'utf8')) : await freePort();
  if (opt.profile) await writeFile(portFile, String(port));
  const log = createWriteStream(join(outDir, 'code-server.log'));
  server = spawn(node24, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDir,
    '--extensions-dir', join(tmp, 'extensions'), '--config', join(tmp, 'config.yaml'), '--disable-telemetry', '--disable-update-check',
    ...(opt.untrusted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver'],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...xdg, E2E_OUT_DIR: outDir, E2E_SUITE: opt.suite } });
  server.stdout.pipe(log); server.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error('code-server exited early (see code-server.log)');
    if (i > 240) throw new Error('code-server did not answer in 60 s');
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {}
    await sleep(250);
  }
  say(`code-server ready on ${base}`);
  const { chromium } = await import('playwright-core');
  browser = await chromium.launchPersistentContext(join(state, 'chromium'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, env: { ...process.env, ...xdg },
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // code-server's PWA service worker also controls webview frames and delays their first paint.
  await browser.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, ...rest) {
      if (String(url).includes('/_static/out/browser/serviceWorker.js')) return Promise.reject(new Error('skipped'));
      return register.call(this, url, ...rest);
    };
  });
  const page = browser.pages()[0] ?? await browser.newPage();
  const shoot = async (name) => {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(outDir, `.${name}.png`) });
    await rename(join(outDir, `.${name}.png`), join(outDir, `${name}.png`));
    say(`screenshot ${name}.png`);
  };
  // Playwright input for what the extension API cannot do (hover the squiggle with the mouse).
  const act = async (what) => {
    if (what.startsWith('key:')) await page.keyboard.press(what.slice(4));
    else if (what.startsWith('click:')) await page.getByText(what.slice(6), { exact: true }).first().click();
    else if (what.startsWith('css-click:')) await page.locator(what.slice(10)).first().click({ timeout: 15_000 });
    else if (what.startsWith('webview-click:')) {
      // Webviews are nested iframes: the outer one per webview, the page inside #active-frame.
      const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
      await frame.getByRole('button', { name: what.slice(14), exact: true }).first().click();
    } else if (what.startsWith('hover-text:')) {
      const el = page.locator('.view-lines .view-line span', { hasText: what.slice(11) }).first();
      const box = await el.boundingBox();
      if (box) await page.mouse.move(box.x + 5, box.y + box.height / 2);
    }
  };
  let finish;
  const done = new Promise((r) => { finish = r; });
  const workbenchLog = createWriteStream(join(outDir, 'workbench.log'));
  await page.exposeFunction('codeAutomationLog', (level, msg) => {
    const text = String(msg);
    workbenchLog.write(`[${level}] ${text}\n`);
    let m;
    if ((m = /^\[e2e:screenshot\] (\S+)$/.exec(text))) shoot(m[1]).catch((e) => say(`screenshot failed: ${e}`));
    else if ((m = /^\[e2e:act\] (\S+) (.+)$/.exec(text))) {
      const [, id, what] = m;
      act(what).then(() => say(`act ${what}`), (e) => say(`act failed: ${e}`)).finally(() => writeFile(join(outDir, `.act-${id}`), 'done').catch(() => {}));
    }
    else if (level === 'info') {
      console.log(text);
      let n;
      if ((n = /^\s*(\d+) passing/.exec(text))) passed = Number(n[1]);
      if ((n = /^\s*(\d+) failing/.exec(text))) failed = Number(n[1]);
    }
  });
  await page.exposeFunction('codeAutomationExit', (exitCode) => finish({ exitCode }));
  server.once('exit', () => finish({ error: 'code-server exited' }));
  const timer = setTimeout(() => finish({ error: `timed out after ${opt.timeout}s`, code: 124 }), Number(opt.timeout) * 1000);
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(p).pathname}`;
  const devPath = opt.vsix ? join(root, 'test', 'vscode', 'host') : root;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(join(root, 'out', 'test', 'vscode', 'suite', 'index.js'))]];
  await page.goto(`${base}/?${new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) })}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  say('workbench loading');
  const result = await done;
  clearTimeout(timer);
  await shoot('final').catch(() => {});
  workbenchLog.end();
  if (result.error) { say(result.error); code = result.code ?? 2; } else code = result.exitCode;
} catch (e) {
  say(`harness error: ${e?.stack ?? e}`);
  code = 2;
} finally {
  await cleanup();
}
if (code !== 0 && failed === 0) failed = 1; // a harness error or timeout is a failure, never a pass
console.log(`vscode: ${passed} passed, ${failed} failed`);
// scripts/test.sh adds the phases up into one closing line for the layer.
if (process.env.E2E_TALLY) await writeFile(process.env.E2E_TALLY, `${passed} ${failed}\n`, { flag: 'a' });
process.exitCode = code;
