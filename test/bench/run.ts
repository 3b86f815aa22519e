// npm run bench: Docker Coach side by side with its peers, in one run, on the same files.
// Reports ratios (these machines are noisy); writes bench-results/results.json and results.md.
import { fork, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { validate } from 'dockerfile-utils';
import { createRequire } from 'node:module';
import { parseDocument } from 'yaml';
import { analyze } from '../../server/src/analysis/analyze';
import { DockerfileParser } from 'dockerfile-ast';
import { rulesFor } from '../../server/src/analysis/registry';
import { kindOf } from '../../server/src/analysis/fileKinds';
import { lint } from '../../server/src/cli/lint';
import { SERVER_EXEC_ARGV } from '../../server/src/runtimeFlags';

const root = join(__dirname, '..', '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const out = join(root, 'bench-results');
const COPIES = Number(process.env.BENCH_COPIES ?? 5);
const IDLE_WAIT_MS = 25_000;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? files(p) : [p]; });
}
function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] as number; }
function pct(xs: number[], p: number): number { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))] as number; }
/** Median of `runs` timings of fn, after one warm-up. */
function time(fn: () => void, runs = 5): number { fn(); const t: number[] = []; for (let i = 0; i < runs; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); } return median(t); }
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function syntheticDockerfile(lines: number): string {
  const block = ['FROM python:3.12-slim AS build', 'ARG APP_VERSION=1.0', 'ENV PYTHONDONTWRITEBYTECODE=1', 'WORKDIR /app',
    'RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \\', '    && rm -rf /var/lib/apt/lists/*',
    'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .', 'RUN python -m compileall -q /app',
    'EXPOSE 8000', 'HEALTHCHECK --interval=30s CMD python -c "import sys; sys.exit(0)"', 'USER nobody', 'CMD ["python", "-m", "app"]', ''];
  const out: string[] = [];
  for (let i = 0; out.length < lines; i++) out.push(...block.map((l) => l.replace(' AS build', ` AS s${i}`)));
  return out.slice(0, lines).join('\n') + '\n';
}
function syntheticCompose(services: number): string {
  let s = 'services:\n';
  for (let i = 0; i < services; i++) {
    s += `  svc${i}:\n    image: registry.example/team/svc${i}:1.${i}\n    restart: unless-stopped\n    environment:\n      LOG_LEVEL: info\n` +
      `    ports:\n      - "127.0.0.1:${10000 + i}:8080"\n    depends_on:\n      - db\n    networks: [back]\n`;
  }
  return s + '  db:\n    image: postgres:17\n    volumes:\n      - dbdata:/var/lib/postgresql/data\n    networks: [back]\nvolumes:\n  dbdata: {}\nnetworks:\n  back: {}\n';
}

async function latency(): Promise<Record<string, unknown>> {
  console.log('bench: keystroke latency through the server over IPC');
  // Started as the extension starts it: same file, same Node options.
  const child = fork(join(root, 'dist', 'server.js'), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [...SERVER_EXEC_ARGV] });
  const rpc = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const waiters = new Map<string, (v: number) => void>();
  const seen: { uri: string; version?: number }[] = [];
  // One handler only: vscode-jsonrpc keeps the last one registered for a method.
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    seen.push({ uri: p.uri, ...(p.version !== undefined ? { version: p.version } : {}) });
    waiters.get(`${p.uri}#${p.version}`)?.(performance.now());
  });
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.listen();
  await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {} });
  await rpc.sendNotification('initialized', {});
  const published = (uri: string, version: number) => new Promise<number>((r) => waiters.set(`${uri}#${version}`, r));
  /**
   * Keystrokes through the server, each timed from didChange to its publishDiagnostics.
   * `line`: a comment line added in the middle of the file and removed again (the lines after it move);
   * `char`: a character typed and removed inside a value in the middle of the file.
   */
  async function keystrokes(name: string, languageId: string, text: string, edits: number, how: 'line' | 'char'): Promise<{ p50: number; p95: number }> {
    const uri = pathToFileURL(join(tmpdir(), 'coach-bench', how, name)).toString();
    const first = published(uri, 1);
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await first;
    const times: number[] = [];
    // A value in the middle: `info` in the compose files, `/app` in the Dockerfiles.
    const middle = [text.indexOf('info', text.length >> 1), text.indexOf('/app', text.length >> 1)].find((i) => i >= 0) ?? text.length >> 1;
    const lineStart = text.lastIndexOf('\n', middle) + 1;
    let current = text;
    const WARM_UP = 6; // an editing session is warm: the first keystrokes after opening are not timed
    for (let v = 2; v < edits + WARM_UP + 2; v++) {
      const adding = v % 2 === 0; // versions start at 2: add first, then take it away again
      current = how === 'line' ? (adding ? current.slice(0, lineStart) + '# x\n' + current.slice(lineStart) : current.slice(0, lineStart) + current.slice(lineStart + '# x\n'.length))
        : adding ? current.slice(0, middle) + 'x' + current.slice(middle) : current.slice(0, middle) + current.slice(middle + 1);
      const done = published(uri, v);
      const start = performance.now();
      await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: current }] });
      if (v >= WARM_UP + 2) times.push((await done) - start);
      else await done;
    }
    return { p50: round(median(times)), p95: round(pct(times, 0.95)) };
  }
  const result: Record<string, unknown> = {};
  for (const how of ['line', 'char'] as const) {
    result[`dockerfile300_${how}`] = await keystrokes('Dockerfile', 'dockerfile', syntheticDockerfile(300), 100, how);
    result[`compose50_${how}`] = await keystrokes('compose.yaml', 'dockercompose', syntheticCompose(50), 100, how);
    result[`dockerfile2000_${how}`] = await keystrokes('big/Dockerfile', 'dockerfile', syntheticDockerfile(2000), 30, how);
    result[`compose1000_${how}`] = await keystrokes('big/compose.yaml', 'dockercompose', syntheticCompose(1000), 20, how);
  }
  // Stale results never overwrite newer ones: a burst of 20 versions publishes the last one last.
  const uri = pathToFileURL(join(tmpdir(), 'coach-bench', 'burst', 'Dockerfile')).toString();
  await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM a:1\n' } });
  const last = published(uri, 21);
  for (let v = 2; v <= 21; v++) await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: `FROM a:${v}\n` }] });
  await last;
  const versions = seen.filter((p) => p.uri === uri && p.version !== undefined).map((p) => p.version as number);
  result.burstPublishedVersions = versions;
  result.staleAfterNewer = versions.some((v, i) => versions.slice(0, i).some((earlier) => earlier > v));
  console.log('bench: memory after opening the corpus');
  // Memory after opening every corpus file.
  let opened = 0;
  if (existsSync(corpus)) {
    for (const f of files(corpus)) {
      const kind = kindOf(f);
      if (!kind) continue;
      const u = pathToFileURL(f).toString();
      const p = published(u, 1);
      await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: kind === 'dockerfile' ? 'dockerfile' : 'dockercompose', version: 1, text: readFileSync(f, 'utf8') } });
      await p;
      opened++;
    }
  }
  const rssMb = () => round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024, 1);
  result.serverRssMbAfterCorpus = rssMb();
  // What stays once the editor is idle: V8's memory reducer gives the heap back some seconds after the work stops.
  await new Promise((r) => setTimeout(r, IDLE_WAIT_MS));
  result.serverRssMbIdle = rssMb();
  result.corpusFilesOpened = opened;
  rpc.dispose();
  child.kill();
  return result;
}

/** activate() in real VS Code, through the in-editor harness (needs scripts/prereqs.sh editor). */
function activation(work: string): number | null {
  const dir = join(work, 'activation');
  const r = spawnSync(process.execPath, [join(root, 'test', 'vscode', 'run.mjs'), '--suite', 'activation', '--out', dir], { encoding: 'utf8' });
  const file = join(dir, 'activation.json');
  if (r.status !== 0 || !existsSync(file)) { console.log(`bench: activation not measured (code-server run: exit ${r.status})`); return null; }
  return round((JSON.parse(readFileSync(file, 'utf8')) as { activationMs: number }).activationMs, 1);
}

/** Size of the packaged extension, packaged now. */
function vsixSize(work: string): number | null {
  const file = join(work, 'docker-coach.vsix');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', file], { cwd: root, encoding: 'utf8' });
  return r.status === 0 && existsSync(file) ? round(statSync(file).size / 1024, 0) : null;
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) throw new Error(`the corpus is not at ${corpus}: benchmarks need ../shared/corpus beside the project`);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'coach-bench-'));
  for (let i = 0; i < COPIES; i++) cpSync(corpus, join(work, `copy${i}`), { recursive: true });
  const all = files(work);
  const dockerfiles = all.filter((f) => kindOf(f) === 'dockerfile').map((f) => readFileSync(f, 'utf8'));

  console.log(`bench: ${dockerfiles.length} Dockerfiles`);
  const ours = time(() => { for (const t of dockerfiles) analyze('dockerfile', t); });
  const peer = time(() => { for (const t of dockerfiles) validate(t); });
  const dockerfile = { files: dockerfiles.length, dockerCoachMs: round(ours), dockerfileUtilsMs: round(peer), ratio: round(ours / peer),
    dockerCoachRules: rulesFor('dockerfile').length, goal: 'ratio <= 1 (no slower) while running several times as many rules' };

  // dclint takes about 60 ms a file (it recompiles the schema per file): one copy, one timed run.
  const composeFiles = all.filter((f) => kindOf(f) === 'compose' && f.startsWith(join(work, 'copy0')));
  // dclint's types resolve to its ES module; its CommonJS build is what runs here.
  const { DCLinter } = createRequire(__filename)('dclint') as { DCLinter: new (c: unknown) => { lintFiles(p: string[], r: boolean): unknown[] } };
  const dclint = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
  dclint.lintFiles(composeFiles.slice(0, 5), false);
  const dclintStart = performance.now();
  dclint.lintFiles(composeFiles, false);
  const dclintMs = performance.now() - dclintStart;
  const oursCompose = time(() => { lint({ command: 'lint', format: 'json', lang: 'en', paths: composeFiles }, () => undefined); }, 3);
  const compose = { files: composeFiles.length, dockerCoachMs: round(oursCompose), dclintMs: round(dclintMs), speedup: round(dclintMs / oursCompose, 1), goal: 'speedup >= 10' };

  console.log(`bench: compose done (${compose.speedup}x); large files and scaling`);
  const big = syntheticDockerfile(2000);
  const bigCompose = syntheticCompose(1000);
  // Bare parse: the parser alone (dockerfile-ast, yaml), no model, no rules.
  const large = {
    dockerfile2000: { bareParseMs: round(time(() => DockerfileParser.parse(big))), analyzeMs: round(time(() => analyze('dockerfile', big))) },
    compose1000: { bareParseMs: round(time(() => parseDocument(bigCompose), 3)), analyzeMs: round(time(() => analyze('compose', bigCompose), 3)) },
  };
  const perLine = (n: number) => { const t = syntheticDockerfile(n); return time(() => analyze('dockerfile', t), 3) / n; };
  const scaling = { msPerKLineAt4k: round(perLine(4000) * 1000, 3), msPerKLineAt40k: round(perLine(40000) * 1000, 3), ratio: 0 };
  scaling.ratio = round(scaling.msPerKLineAt40k / scaling.msPerKLineAt4k);

  const results = { date: new Date().toISOString(), node: process.version, copies: COPIES, dockerfile, compose, large, scaling,
    latency: await latency(), activationMs: activation(work), vsixKb: vsixSize(work) };
  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const L = results.latency as Record<string, { p50: number; p95: number } | unknown>;
  const lat = (k: string) => { const v = L[k] as { p50: number; p95: number }; return `${v.p50} / ${v.p95}`; };
  const p50 = (k: string) => (L[k] as { p50: number }).p50;
  const vsParse = (k: string, bare: number) => `${round(p50(k) / bare)}x`;
  const bigD = large.dockerfile2000;
  const bigC = large.compose1000;
  const md = [`# Benchmarks (${results.date}, ${results.node}, corpus x${COPIES})`, '', '| measure | Docker Coach | peer | ratio | goal |', '| --- | --- | --- | --- | --- |',
    `| Dockerfiles: full analysis vs dockerfile-utils validate (${dockerfile.files} files) | ${dockerfile.dockerCoachMs} ms, ${dockerfile.dockerCoachRules} rules | ${dockerfile.dockerfileUtilsMs} ms | ${dockerfile.ratio}x the time | <= 1 |`,
    `| Compose: lint (schema, rules, cross-file) vs dclint (${compose.files} files) | ${compose.dockerCoachMs} ms | ${compose.dclintMs} ms | ${compose.speedup}x faster | >= 10x |`,
    `| keystroke -> diagnostics p50 / p95, 300-line Dockerfile, typing in a line (IPC) | ${lat('dockerfile300_char')} ms | | | p95 < 15 ms |`,
    `| keystroke -> diagnostics p50 / p95, 300-line Dockerfile, adding a line | ${lat('dockerfile300_line')} ms | | | p95 < 15 ms |`,
    `| keystroke -> diagnostics p50 / p95, 50-service compose, typing in a line | ${lat('compose50_char')} ms | | | p95 < 15 ms |`,
    `| keystroke -> diagnostics p50 / p95, 50-service compose, adding a line | ${lat('compose50_line')} ms | | | p95 < 15 ms |`,
    `| 2,000-line Dockerfile: keystroke -> diagnostics p50 (typing) vs bare dockerfile-ast parse | ${lat('dockerfile2000_char')} ms | ${bigD.bareParseMs} ms | ${vsParse('dockerfile2000_char', bigD.bareParseMs)} | <= 1.5 |`,
    `| 2,000-line Dockerfile: keystroke p50 (adding a line) vs bare parse | ${lat('dockerfile2000_line')} ms | ${bigD.bareParseMs} ms | ${vsParse('dockerfile2000_line', bigD.bareParseMs)} | <= 1.5 |`,
    `| 2,000-line Dockerfile: cold full analysis vs bare parse | ${bigD.analyzeMs} ms | ${bigD.bareParseMs} ms | ${round(bigD.analyzeMs / bigD.bareParseMs)}x | |`,
    `| 1,000-service compose: keystroke -> diagnostics p50 (typing) vs bare yaml parse | ${lat('compose1000_char')} ms | ${bigC.bareParseMs} ms | ${vsParse('compose1000_char', bigC.bareParseMs)} | <= 1.5 |`,
    `| 1,000-service compose: keystroke p50 (adding a line) vs bare yaml parse | ${lat('compose1000_line')} ms | ${bigC.bareParseMs} ms | ${vsParse('compose1000_line', bigC.bareParseMs)} | <= 1.5 |`,
    `| 1,000-service compose: cold full analysis vs bare yaml parse | ${bigC.analyzeMs} ms | ${bigC.bareParseMs} ms | ${round(bigC.analyzeMs / bigC.bareParseMs)}x | |`,
    `| cost per line, 40k vs 4k lines | ${scaling.msPerKLineAt40k} ms/kline | ${scaling.msPerKLineAt4k} ms/kline | ${scaling.ratio} | <= 1.5 |`,
    `| stale diagnostics after newer ones | ${String(L.staleAfterNewer)} | | | false |`,
    `| server RSS after opening ${String(L.corpusFilesOpened)} corpus files: at once / after 25 s idle | ${String(L.serverRssMbAfterCorpus)} / ${String(L.serverRssMbIdle)} MB | | | < 100 MB |`,
    `| extension activation in real VS Code (code-server) | ${results.activationMs ?? 'not measured'} ms | | | < 100 ms |`,
    `| VSIX size | ${results.vsixKb ?? 'not built'} KB | | | < 2048 KB |`, ''].join('\n');
  writeFileSync(join(out, 'results.md'), md);
  console.log(md);
  console.log(`bench: written ${relative(root, join(out, 'results.md'))} and results.json`);
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
