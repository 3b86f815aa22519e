// Helpers for the Compose rule tests: an in-memory ProjectContext (absolute POSIX paths) and
// analysis with it.
import assert from 'node:assert/strict';
import { analyze, fixesFor } from '../../../server/src/analysis/analyze';
import type { ProjectContext } from '../../../server/src/analysis/project/context';
import { applyEdits } from '../../../server/src/analysis/text';
import type { Finding, Lang } from '../../../server/src/analysis/types';
import { rangeText } from '../helpers';

/** A project of absolute path -> text; `file` is the compose file analysed. */
export function memoryProject(file: string, files: Record<string, string>): ProjectContext {
  const dirs = new Set<string>();
  for (const p of Object.keys(files)) for (let d = p.slice(0, p.lastIndexOf('/')); d.length > 0; d = d.slice(0, d.lastIndexOf('/'))) dirs.add(d);
  return {
    file,
    read: (p) => files[p],
    exists: (p) => p in files || dirs.has(p),
    isDirectory: (p) => dirs.has(p),
    list: (p) => [...new Set(Object.keys(files).filter((f) => f.startsWith(`${p}/`)).map((f) => f.slice(p.length + 1).split('/')[0] as string))],
  };
}

export function projectFindings(code: string, text: string, project: ProjectContext, lang: Lang = 'en'): Finding[] {
  return analyze('compose', text, { lang, project, onInternalError: (c, e) => { throw new Error(`rule ${c} threw: ${String(e)}`); } })
    .findings.filter((f) => f.code === code);
}

export function expectProjectFindings(code: string, text: string, project: ProjectContext, ranges: string[]): Finding[] {
  const found = projectFindings(code, text, project);
  assert.deepEqual(found.map((f) => rangeText(f.range)), ranges, found.map((f) => f.message).join('\n'));
  return found;
}

/** All fixes of the only `code` finding, applied one at a time: the texts after each. */
export function fixedTexts(code: string, text: string): { title: string; text: string }[] {
  const { model, findings } = analyze('compose', text);
  const mine = findings.filter((f) => f.code === code);
  assert.equal(mine.length, 1, `expected one ${code} finding, got ${mine.length}: ${mine.map((f) => f.message).join(' | ')}`);
  return fixesFor(model, mine[0] as Finding, 'en').map((f) => ({ title: f.title, text: applyEdits(text, f.edits) }));
}
