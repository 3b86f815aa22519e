// `docker-coach lint`: resolve paths to files, analyse each with the shared engine.
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze } from '../analysis/analyze';
import { explicitKind } from '../analysis/fileKinds';
import { MAX_FILE_BYTES, tooLargeFinding } from '../analysis/limits';
import { parseConfig, type CoachConfig } from '../analysis/config';
import type { FileKind, Finding, Lang } from '../analysis/types';
import { composeSetOf, ConfigLookup } from '../workspace/config';
import { fsProject, stripBom } from '../workspace/fsProject';
import { findFiles } from '../workspace/walk';
import { UsageError, type LintArgs } from './args';

export interface FileFinding extends Finding { file: string }
export interface LintResult { files: number; findings: FileFinding[] }

/** Files larger than this are reported, not analysed (a 50,000-line Dockerfile is about 2 MB). */

interface Target { display: string; kind: FileKind }

export function lint(args: LintArgs, onInternalError: (code: string, e: unknown) => void): LintResult {
  let fixed: CoachConfig | undefined;
  if (args.config) {
    let text: string;
    try { text = readFileSync(args.config, 'utf8'); } catch { throw new UsageError(`config file not found: ${args.config}`); }
    fixed = parseConfig(text);
    for (const p of fixed.problems) process.stderr.write(`docker-coach: ${args.config}: ${p}\n`);
  }
  const configs = new ConfigLookup(undefined, fixed && args.config ? { config: fixed, path: resolve(args.config) } : undefined);
  const targets: Target[] = [];
  for (const path of args.paths) {
    let isDir: boolean;
    try { isDir = statSync(path).isDirectory(); } catch { throw new UsageError(`no such file or folder: ${path}`); }
    if (isDir) {
      for (const f of findFiles(path, configs)) {
        const rel = relative(path, f.path);
        targets.push({ display: join(path, rel), kind: args.kind ?? f.kind });
      }
    } else {
      const kind = args.kind ?? explicitKind(path);
      if (!kind) throw new UsageError(`${path}: not a Dockerfile or Compose file by its name; pass --kind dockerfile|compose`);
      targets.push({ display: path, kind });
    }
  }
  const findings: FileFinding[] = [];
  for (const t of targets) {
    const loaded = configs.forFile(t.display);
    const config = loaded.config;
    const read = readTarget(t, args.lang);
    if (typeof read !== 'string') { findings.push({ ...read, file: t.display }); continue; }
    const { findings: found } = analyze(t.kind, read, {
      lang: args.lang,
      severities: config.rules,
      project: fsProject(t.display, undefined, composeSetOf(loaded)),
      onInternalError,
    });
    for (const f of found) findings.push({ ...f, file: t.display });
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { files: targets.length, findings };
}

function readTarget(t: Target, lang: Lang): string | Finding {
  const code = t.kind === 'dockerfile' ? 'DF034' : 'DC001';
  const lesson = t.kind === 'dockerfile' ? 'm2-01-first-dockerfile' : 'm5-01-first-compose';
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  try {
    const size = statSync(t.display).size;
    if (size > MAX_FILE_BYTES) return tooLargeFinding(t.kind, size, MAX_FILE_BYTES, lang);
    return stripBom(readFileSync(t.display, 'utf8'));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { code, severity: 'error', lesson, range: at, message: lang === 'ru' ? `Не удалось прочитать файл: ${why}` : `Cannot read this file: ${why}` };
  }
}
