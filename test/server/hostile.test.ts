// Each named hostile input through the real server: diagnostics arrive within the case's budget
// with a normal result, then every request the server supports answers within budget, without
// an error and without a handler failing behind the scenes (the guard would answer empty and
// log: the log must stay quiet), and an edit still publishes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, LogMessageParams, Position, Range } from 'vscode-languageserver/node';
import { DiagnosticSeverity, MessageType } from 'vscode-languageserver/node';
import { HOSTILE_CASES, lspLines, textOf, unmet, type HostileCase } from '../unit/hostileCases';
import { startTestServer, type TestClient } from './lsp';

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Start, middle and end of the document (LSP lines, UTF-16 columns). */
function positions(lines: readonly string[]): Position[] {
  const mid = Math.floor(lines.length / 2);
  const last = lines.length - 1;
  return [
    { line: 0, character: 0 },
    { line: mid, character: Math.floor((lines[mid] ?? '').length / 2) },
    { line: last, character: (lines[last] ?? '').length },
  ];
}

function inside(lines: readonly string[], r: Range): boolean {
  return [r.start, r.end].every((p) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= (lines[p.line] ?? '').length);
}

async function timed<T>(label: string, budgetMs: number, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  const took = Math.round(performance.now() - start);
  assert.ok(took < budgetMs, `${label} took ${took} ms (budget ${budgetMs})`);
  return result;
}

function checkDiagnostics(c: HostileCase, lines: readonly string[], diags: Diagnostic[]): void {
  assert.deepEqual(unmet(c, diags, (s) => s === DiagnosticSeverity.Error), []);
  for (const d of diags) assert.ok(inside(lines, d.range), `${String(d.code)} ${JSON.stringify(d.range)} lies inside the document`);
}

async function everyRequest(client: TestClient, c: HostileCase, uri: string, lines: readonly string[], diags: Diagnostic[]): Promise<void> {
  const textDocument = { uri };
  const options = { tabSize: 4, insertSpaces: true };
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length } };
  const request = (method: string, params: object): Promise<unknown> => timed(method, c.budgetMs, () => client.rpc.sendRequest(method, params));
  const list = async (method: string, params: object): Promise<unknown[]> => {
    const r = await request(method, params);
    assert.ok(r === null || Array.isArray(r), `${method} answers a list or null`);
    return (r ?? []) as unknown[];
  };
  const ranges = (label: string, rs: (Range | undefined)[]): void => {
    for (const r of rs) if (r) assert.ok(inside(lines, r), `${label} ${JSON.stringify(r)} lies inside the document`);
  };

  for (const position of positions(lines)) {
    const at = { textDocument, position };
    await request('textDocument/hover', at);
    await list('textDocument/completion', at);
    await list('textDocument/definition', at);
    await list('textDocument/references', { ...at, context: { includeDeclaration: true } });
    // prepareRename answers a range, null, or an error that explains why not (a refusal is a normal answer).
    const prepared = await timed('textDocument/prepareRename', c.budgetMs, () => client.rpc.sendRequest('textDocument/prepareRename', at).catch((e: unknown) => e));
    if (prepared && typeof prepared === 'object' && 'range' in prepared) {
      await timed('textDocument/rename', c.budgetMs, () => client.rpc.sendRequest('textDocument/rename', { ...at, newName: 'renamed' }).catch((e: unknown) => e));
    }
  }
  await list('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: diags } });
  ranges('documentSymbol', (await list('textDocument/documentSymbol', { textDocument }) as { range?: Range }[]).map((s) => s.range));
  for (const f of await list('textDocument/foldingRange', { textDocument }) as { startLine: number; endLine: number }[]) {
    assert.ok(f.startLine >= 0 && f.endLine < lines.length && f.startLine <= f.endLine, `fold ${f.startLine}-${f.endLine} lies inside the document`);
  }
  for (const method of ['textDocument/semanticTokens/full', 'textDocument/semanticTokens/range']) {
    const tokens = await request(method, method.endsWith('range') ? { textDocument, range: whole } : { textDocument }) as { data: number[] };
    assert.ok(Array.isArray(tokens.data) && tokens.data.length % 5 === 0, `${method} answers whole tokens`);
  }
  ranges('documentLink', (await list('textDocument/documentLink', { textDocument }) as { range?: Range }[]).map((l) => l.range));
  ranges('formatting', (await list('textDocument/formatting', { textDocument, options }) as { range?: Range }[]).map((e) => e.range));
  ranges('rangeFormatting', (await list('textDocument/rangeFormatting', { textDocument, range: whole, options }) as { range?: Range }[]).map((e) => e.range));
  const end = positions(lines)[2] as Position;
  await list('textDocument/onTypeFormatting', { textDocument, position: end, ch: '\n', options });
}

for (const c of HOSTILE_CASES) {
  test(`through the server: ${c.name}`, { timeout: 30 * c.budgetMs }, async () => {
    const client = await startTestServer();
    const warnings: string[] = [];
    client.rpc.onNotification('window/logMessage', (p: LogMessageParams) => {
      if (p.type === MessageType.Error || p.type === MessageType.Warning) warnings.push(p.message.split('\n')[0] ?? '');
    });
    try {
      const uri = `file:///tmp/docker-coach-hostile/${slug(c.name)}/${c.fileName}`;
      const languageId = c.kind === 'dockerfile' ? 'dockerfile' : 'dockercompose';
      const text = textOf(c);
      const lines = lspLines(text);
      const diags = await timed('didOpen -> publishDiagnostics', c.budgetMs, async () => { client.open(uri, languageId, text); return client.diagnostics(uri); });
      checkDiagnostics(c, lines, diags);
      await everyRequest(client, c, uri, lines, diags);
      const edited = `${text}${text === '' || /[\r\n]$/.test(text) ? '' : '\n'}# edited\n`;
      const after = await timed('didChange -> publishDiagnostics', c.budgetMs, async () => { client.change(uri, 2, edited); return client.diagnostics(uri, 2); });
      assert.deepEqual(unmet({ ...c, expect: { ...(c.expect?.codes ? { codes: c.expect.codes } : {}) } }, after, () => false), []);
      assert.deepEqual(warnings, [], 'no handler or rule failed');
    } finally {
      client.close();
    }
  });
}
