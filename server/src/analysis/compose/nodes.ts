// Helpers over the Compose model's yaml nodes shared by the DC rules and the hover: ranges of
// parts of a scalar, every scalar of the document, variables with their ranges, and the .env
// next to the compose file. Pure; reads other files only through the ProjectContext.
import { dirname, join } from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Node } from 'yaml';
import type { ProjectContext } from '../project/context';
import type { Range } from '../types';
import { interpolate, NO_VARIABLES, parseDotEnv, parseTemplate, type DotEnvEntry, type Interpolated, type Lookup, type TemplateError, type VariableUse } from './interpolation';
import type { ComposeModel } from './model';

export type Quote = 'plain' | 'single' | 'double' | 'block';

export function quoteOf(node: Scalar): Quote {
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE: return 'double';
    case Scalar.QUOTE_SINGLE: return 'single';
    case Scalar.BLOCK_FOLDED: case Scalar.BLOCK_LITERAL: return 'block';
    default: return 'plain';
  }
}

/** The text as written in the file (with quotes), from the node's range. */
export function sourceOf(model: ComposeModel, node: Node): string {
  const r = node.range;
  return r ? model.text.slice(r[0], r[1]) : '';
}

/**
 * The document range of `value.slice(start, end)` of a scalar, when the written text maps
 * one-to-one onto the value (plain and quoted single-line scalars without escapes); otherwise
 * the whole scalar's range.
 */
export function partRange(model: ComposeModel, node: Scalar, start: number, end: number): Range {
  const r = node.range;
  const value = typeof node.value === 'string' ? node.value : String(node.value);
  if (!r) return model.rangeOf(node);
  const src = model.text.slice(r[0], r[1]);
  const q = quoteOf(node);
  const inner = q === 'single' || q === 'double' ? src.slice(1, -1) : src;
  const shift = q === 'single' || q === 'double' ? 1 : 0;
  if (q !== 'block' && inner === value) return { start: model.position(r[0] + shift + start), end: model.position(r[0] + shift + end) };
  // Escapes or folding: find the part's text in the source, if it is there once.
  const part = value.slice(start, end);
  const at = part ? src.indexOf(part) : -1;
  if (at >= 0 && src.indexOf(part, at + 1) < 0) return { start: model.position(r[0] + at), end: model.position(r[0] + at + part.length) };
  return model.rangeOf(node);
}

/** A scalar's value as a string (numbers and booleans as written by yaml), or undefined for null and collections. */
export function stringValue(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return typeof node.value === 'string' ? node.value : String(node.value);
}

export interface ScalarVisit { node: Scalar; /** Keys from the root (numbers for sequence items). */ path: (string | number)[] }

const scalarCache = new WeakMap<ComposeModel, ScalarVisit[]>();

/** Every scalar value of the document (keys excluded), each once: aliases are not followed.
 * Depth-limited; computed once per model (several rules walk them). */
export function scalarValues(model: ComposeModel): ScalarVisit[] {
  let cached = scalarCache.get(model);
  if (!cached) scalarCache.set(model, (cached = collectScalars(model, 64)));
  return cached;
}

function collectScalars(model: ComposeModel, maxDepth: number): ScalarVisit[] {
  const out: ScalarVisit[] = [];
  const contents = model.doc.contents as Node | null;
  if (!contents) return out;
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: (string | number)[] };
    if (isAlias(node) || path.length > maxDepth) continue;
    if (isScalar(node)) { out.push({ node, path }); continue; }
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const p = node.items[i];
        if (!isPair(p)) continue;
        const k = isScalar(p.key) ? String(p.key.value) : '?';
        stack.push({ node: p.value, path: [...path, k] });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    }
  }
  return out;
}

export interface PlacedUse { use: VariableUse; range: Range; node: Scalar }
export interface PlacedError { error: TemplateError; range: Range; node: Scalar }

/** Variables (nested defaults included) and template errors of a string scalar, with document ranges. */
export function variablesOf(model: ComposeModel, node: Scalar): { uses: PlacedUse[]; errors: PlacedError[] } {
  const value = typeof node.value === 'string' ? node.value : undefined;
  if (value === undefined || !value.includes('$')) return { uses: [], errors: [] };
  const t = parseTemplate(value);
  const r = node.range;
  const src = r ? model.text.slice(r[0], r[1]) : '';
  // Parse the written text too: when it finds the same variables, their offsets are exact.
  const written = parseTemplate(src);
  const flat = (list: VariableUse[]): VariableUse[] => list.flatMap((u) => [u, ...flat(u.nested)]);
  const mine = flat(t.uses);
  const theirs = flat(written.uses);
  const exact = r !== undefined && theirs.length === mine.length && theirs.every((u, i) => u.name === mine[i]?.name);
  const uses = mine.map((use, i) => {
    const w = theirs[i];
    const range = exact && w && r ? { start: model.position(r[0] + w.start), end: model.position(r[0] + w.end) } : partRange(model, node, use.start, use.end);
    return { use, range, node };
  });
  const errExact = r !== undefined && written.errors.length === t.errors.length;
  const errors = t.errors.map((error, i) => {
    const w = written.errors[i];
    const same = w !== undefined && src.slice(w.start, w.end) === value.slice(error.start, error.end);
    const range = errExact && same && w && r ? { start: model.position(r[0] + w.start), end: model.position(r[0] + w.end) } : partRange(model, node, error.start, error.end);
    return { error, range, node };
  });
  return { uses, errors };
}

export interface ProjectEnv {
  /** Absolute path of the .env next to the compose file. */
  path: string;
  /** Undefined when the file does not exist. */
  entries: Map<string, DotEnvEntry> | undefined;
}

const envCache = new WeakMap<ProjectContext, ProjectEnv>();

/** The .env next to the compose file (what Compose reads for interpolation), once per analysis. */
export function projectEnv(project: ProjectContext): ProjectEnv {
  let env = envCache.get(project);
  if (!env) {
    const path = join(dirname(project.file), '.env');
    const text = project.read(path);
    env = { path, entries: text === undefined ? undefined : parseDotEnv(text) };
    envCache.set(project, env);
  }
  return env;
}

const lookupCache = new WeakMap<ProjectContext, Lookup>();

/** Variable lookup for a model: the .env values when there is a project, else nothing (defaults only). One function per project, so results can be cached by it. */
export function lookupFor(project: ProjectContext | undefined): Lookup {
  if (!project) return NO_VARIABLES;
  let l = lookupCache.get(project);
  if (!l) {
    const entries = projectEnv(project).entries;
    l = entries ? (n) => entries.get(n)?.value : NO_VARIABLES;
    lookupCache.set(project, l);
  }
  return l;
}

/** A scalar's string after interpolation (numbers as written). */
export function interpolated(node: unknown, lookup: Lookup): Interpolated | undefined {
  const s = stringValue(node);
  return s === undefined ? undefined : interpolate(s, lookup);
}

/** Line break used by the file (its first one). */
export function eolOf(text: string): string {
  const i = text.search(/[\r\n]/);
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

/** Deeper than this, a Compose file is not a real one: DC024 reports it and the other checks skip it. */
export const MAX_DEPTH = 100;

const depthCache = new WeakMap<ComposeModel, { depth: number; node: Node | null }>();

/** The nesting depth of the document (collections inside collections) and the first node that reaches it. Iterative. */
export function nesting(model: ComposeModel): { depth: number; node: Node | null } {
  const hit = depthCache.get(model);
  if (hit) return hit;
  let best = { depth: 0, node: null as Node | null };
  const contents = model.doc.contents as Node | null;
  const stack: { node: unknown; depth: number }[] = contents ? [{ node: contents, depth: 1 }] : [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > best.depth) best = { depth, node: node as Node };
    if (depth > MAX_DEPTH) continue;
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      if (isMap(child) || isSeq(child)) stack.push({ node: child, depth: depth + 1 });
      if (isPair(item) && (isMap(item.key) || isSeq(item.key))) stack.push({ node: item.key, depth: depth + 1 });
    }
  }
  depthCache.set(model, best);
  return best;
}

/** True when the rules that read the whole document should stay out (DC024 reports why). */
export function unreadable(model: ComposeModel): boolean {
  if (nesting(model).depth > MAX_DEPTH) return true;
  try { model.value(); return false; } catch { return true; }
}

/** The text of a single-line range (undefined when it spans lines). */
export function textAt(model: ComposeModel, range: Range): string | undefined {
  if (range.start.line !== range.end.line) return undefined;
  const start = model.lines[range.start.line] ?? '';
  return start.slice(range.start.character, range.end.character);
}

/** A node's range without the line breaks and spaces a block collection's range ends with. */
export function contentRange(model: ComposeModel, node: Node | null | undefined): Range {
  const r = node?.range;
  if (!r) return model.rangeOf(node);
  let end = r[1];
  while (end > r[0] && /\s/.test(model.text[end - 1] ?? '')) end--;
  return { start: model.position(r[0]), end: model.position(end) };
}
