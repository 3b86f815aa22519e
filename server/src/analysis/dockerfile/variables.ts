// Build-time variables: what ARG and ENV define, where `$VAR` / `${VAR}` is used, and what is
// visible at a given instruction (BuildKit's scoping: a stage sees its own ARG and ENV above the
// instruction, what an earlier stage it builds FROM defined, and global ARGs only once redeclared).
import type { Range } from '../types';
import { propertiesOf, type DockerfileModel, type Instruction, type Stage, type Word } from './model';

/** Set by BuildKit in the global scope: usable in FROM, and in a stage after `ARG NAME`. */
export const PLATFORM_ARGS: readonly string[] = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
];
/** Passed to RUN without a declaration when given with --build-arg. */
export const PROXY_ARGS: readonly string[] = [
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
];
/** Other names BuildKit gives a meaning to. */
export const BUILDKIT_ARGS: readonly string[] = [
  'BUILDKIT_SYNTAX', 'BUILDKIT_INLINE_CACHE', 'BUILDKIT_MULTI_PLATFORM', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
  'BUILDKIT_CACHE_MOUNT_NS', 'BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE', 'SOURCE_DATE_EPOCH',
];

export interface VarDef {
  name: string;
  kind: 'ARG' | 'ENV';
  /** The value after `=` with quotes removed; null for `ARG NAME` without a default. */
  value: string | null;
  nameRange: Range;
  /** The whole `NAME=value`. */
  range: Range;
  instr: Instruction;
  /** An ARG before the first FROM. */
  global: boolean;
}

export interface VarUse {
  name: string;
  /** `$NAME` or `${NAME...}`. */
  range: Range;
  nameRange: Range;
  /** `-`, `+`, `?` ... for `${NAME:-x}` and friends; null for plain `$NAME` / `${NAME}`. */
  modifier: string | null;
}

/** Removes shell quotes and escapes the way BuildKit's word processing does, for display. */
export function unquote(raw: string, escape = '\\'): string {
  let out = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (quote === "'") { if (ch === "'") quote = null; else out += ch; continue; }
    if (ch === escape && i + 1 < raw.length) { out += raw[++i] as string; continue; }
    if (quote === '"') { if (ch === '"') quote = null; else out += ch; continue; }
    if (ch === '"' || ch === "'") { quote = ch; continue; }
    out += ch;
  }
  return out;
}

function quotesBalanced(text: string, escape: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === "'") { if (ch === "'") quote = null; continue; }
    if (ch === escape) { i++; continue; }
    if (quote === '"') { if (ch === '"') quote = null; continue; }
    if (ch === '"' || ch === "'") quote = ch;
  }
  return quote === null;
}

/** dockerfile-ast splits `A="x y"` into two words; join words until the quotes balance. */
export function shellWords(args: readonly Word[], escape: string): Word[] {
  const out: Word[] = [];
  let current: Word | undefined;
  for (const w of args) {
    current = current ? { value: `${current.value} ${w.value}`, range: { start: current.range.start, end: w.range.end } } : w;
    if (quotesBalanced(current.value, escape)) { out.push(current); current = undefined; }
  }
  if (current) out.push(current);
  return out;
}

/** What an ARG or ENV instruction defines, in order. */
export function definitionsIn(model: DockerfileModel, instr: Instruction): VarDef[] {
  const global = instr.stage < 0;
  if (instr.keyword === 'ARG') {
    const defs: VarDef[] = [];
    for (const w of shellWords(instr.args, model.escape)) {
      const eq = w.value.indexOf('=');
      const name = eq < 0 ? w.value : w.value.slice(0, eq);
      if (!/^[A-Za-z_][\w.-]*$/.test(name)) continue;
      const nameRange = { start: w.range.start, end: { line: w.range.start.line, character: w.range.start.character + name.length } };
      defs.push({ name, kind: 'ARG', value: eq < 0 ? null : unquote(w.value.slice(eq + 1), model.escape), nameRange, range: w.range, instr, global });
    }
    return defs;
  }
  if (instr.keyword === 'ENV') {
    return propertiesOf(instr)
      .filter((p) => p.name !== '')
      .map((p) => ({ name: p.name, kind: 'ENV' as const, value: p.value ?? '', nameRange: p.nameRange, range: p.range, instr, global }));
  }
  return [];
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * Variable references in an instruction (flags included), without those inside single quotes
 * (never expanded) or escaped (`\$X`), and, for heredocs, without the body (BuildKit expands a
 * COPY heredoc body, but rules should not second-guess script text). One pass over the text:
 * dockerfile-ast's getVariables() looks up definitions for every call, which is quadratic.
 */
export function usesIn(model: DockerfileModel, instr: Instruction): VarUse[] {
  const out: VarUse[] = [];
  const escape = model.escape;
  let inSingle = false;
  let inDouble = false;
  const first = instr.keywordRange.end.line;
  const last = instr.heredoc ? first : instr.range.end.line;
  for (let line = first; line <= last; line++) {
    const text = model.lines[line] ?? '';
    if (line > first && /^\s*#/.test(text)) continue;
    let closes: Map<number, number> | undefined;
    const end = line === instr.range.end.line ? Math.min(text.length, instr.range.end.character) : text.length;
    for (let i = line === first ? instr.keywordRange.end.character : 0; i < end; i++) {
      const ch = text[i];
      if (ch === escape && !inSingle) { i++; continue; }
      if (ch === "'" && !inDouble) { inSingle = !inSingle; continue; }
      if (ch === '"' && !inSingle) { inDouble = !inDouble; continue; }
      if (ch !== '$' || inSingle) continue;
      const braced = text[i + 1] === '{';
      const nameStart = braced ? i + 2 : i + 1;
      const name = NAME.exec(text.slice(nameStart, nameStart + 256))?.[0];
      if (!name) continue;
      const nameEnd = nameStart + name.length;
      let rangeEnd = nameEnd;
      let modifier: string | null = null;
      if (braced) {
        if (text[nameEnd] === '}') rangeEnd = nameEnd + 1;
        else {
          // ${NAME:-default}: up to the matching brace; variables inside the default are found later.
          closes ??= closingBraces(text, escape);
          const close = closes.get(i + 1);
          modifier = text.slice(nameEnd, close ?? text.length);
          rangeEnd = close === undefined ? text.length : close + 1;
        }
      }
      out.push({
        name,
        range: { start: { line, character: i }, end: { line, character: rangeEnd } },
        nameRange: { start: { line, character: nameStart }, end: { line, character: nameEnd } },
        modifier,
      });
      i = nameEnd - 1;
    }
  }
  return out;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Offset of each `{` -> its matching `}` on one line (escaped characters skipped), in one pass:
 * scanning from every `${` again would be quadratic in nested defaults (`${A:-${A:-...}}`).
 */
function closingBraces(text: string, escape: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const ch = text[j];
    if (ch === escape) j++;
    else if (ch === '{') open.push(j);
    else if (ch === '}') { const o = open.pop(); if (o !== undefined) closes.set(o, j); }
  }
  return closes;
}

/** The stage an image name refers to, when it is an earlier stage of this file. */
export function parentStage(model: DockerfileModel, stage: Stage): Stage | undefined {
  if (stage.base.usesVariable || !stage.base.text) return undefined;
  const i = model.stageIndex(stage.base.text);
  return i !== undefined && i < stage.index ? model.stages[i] : undefined;
}

/** True when every variable the stage starts with is known: it builds on scratch, directly or through earlier stages. */
export function baseEnvKnown(model: DockerfileModel, stage: Stage): boolean {
  for (let s: Stage | undefined = stage, guard = 0; s && guard <= model.stages.length; guard++) {
    if (s.base.isScratch) return true;
    s = parentStage(model, s);
  }
  return false;
}

export type Scope = Map<string, VarDef>;

/** Global ARGs, by name (the last declaration wins). */
export function globalScope(model: DockerfileModel): Scope {
  const scope: Scope = new Map();
  for (const instr of model.globalArgs) for (const d of definitionsIn(model, instr)) scope.set(d.name, d);
  return scope;
}

/** Applies an instruction's definitions to a scope. A stage ARG without a default takes the global one. */
export function define(scope: Scope, defs: readonly VarDef[], globals: Scope): void {
  for (const d of defs) {
    if (d.kind === 'ARG' && d.value === null && !d.global) {
      const g = globals.get(d.name);
      const earlier = scope.get(d.name);
      if (g && g.value !== null) { scope.set(d.name, { ...d, value: g.value }); continue; }
      if (earlier && earlier.value !== null) continue;
    }
    scope.set(d.name, d);
  }
}

/** What is visible right before `instr` (for FROM: the global ARGs). Linear in the stage chain's length. */
export function scopeBefore(model: DockerfileModel, instr: Instruction): Scope {
  const globals = globalScope(model);
  if (instr.stage < 0 || instr.keyword === 'FROM') {
    if (instr.stage >= 0) return globals;
    const scope: Scope = new Map();
    for (const g of model.globalArgs) {
      if (!before(g.range.start, instr.range.start)) break;
      define(scope, definitionsIn(model, g), scope);
    }
    return scope;
  }
  const stage = model.stages[instr.stage];
  if (!stage) return new Map();
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && chain.length <= model.stages.length; s = parentStage(model, s)) chain.unshift(s);
  const scope: Scope = new Map();
  for (const s of chain) {
    for (const i of s.instructions) {
      if (s === stage && !before(i.range.start, instr.range.start)) break;
      define(scope, definitionsIn(model, i), globals);
    }
  }
  return scope;
}
