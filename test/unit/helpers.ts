// Test helpers shared by the unit tests: in-memory workspaces and finding expectations.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixesFor } from '../../server/src/analysis/analyze';
import { applyEdits } from '../../server/src/analysis/text';
import type { WorkspaceFiles } from '../../server/src/analysis/exercises/types';
import type { FileKind, Finding, Lang, Range } from '../../server/src/analysis/types';

/** A workspace from a record of relative path -> text. */
export function memoryFiles(files: Record<string, string>): WorkspaceFiles {
  return { list: () => Object.keys(files).sort(), read: (p) => files[p] };
}

/** 1-based `line:col-line:col`, like the CLI prints. */
export function rangeText(r: Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

export function findings(kind: FileKind, text: string, code?: string, lang: Lang = 'en'): Finding[] {
  return analyze(kind, text, { lang, onInternalError: (c, e) => { throw new Error(`rule ${c} threw: ${String(e)}`); } })
    .findings.filter((f) => code === undefined || f.code === code);
}

/** Asserts the ranges at which `code` fires on `text`. */
export function expectFindings(kind: FileKind, code: string, text: string, ranges: string[]): Finding[] {
  const found = findings(kind, text, code);
  assert.deepEqual(found.map((f) => rangeText(f.range)), ranges, found.map((f) => f.message).join('\n'));
  return found;
}

/** Applies the first (or the titled) fix of the only `code` finding and returns the new text. */
export function applyFix(kind: FileKind, code: string, text: string, index = 0): string {
  const { model, findings: all } = analyze(kind, text);
  const mine = all.filter((f) => f.code === code);
  assert.equal(mine.length, 1, `expected one ${code} finding, got ${mine.length}`);
  const fixes = fixesFor(model, mine[0] as Finding, 'en');
  assert.ok(fixes[index], `${code} offered no fix #${index}`);
  return applyEdits(text, fixes[index].edits);
}

/** The shared corpus of real files, ../shared/corpus beside the project (CI puts it there). */
export const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? filesUnder(p) : [p]; });
}
