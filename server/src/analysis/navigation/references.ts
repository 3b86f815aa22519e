// The one index of what a document names and where: declarations and references of stages and
// variables (Dockerfile), of services, volumes, networks, secrets and configs (Compose). Built
// once per parse (cached on the model) and shared by go to definition, find references, rename
// and semantic tokens. The references themselves come from the code the rules use
// (dockerfile/stageRefs, dockerfile/variables, compose/refs): one mechanism, not two.
import type { ComposeModel } from '../compose/model';
import { resourceRefs, serviceRefs, TOP_LEVEL_KEY, type ResourceKind } from '../compose/refs';
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model';
import { stageRefs } from '../dockerfile/stageRefs';
import { define, definitionsIn, parentStage, usesIn, type Scope, type VarDef, type VarUse } from '../dockerfile/variables';
import type { Position, Range } from '../types';
import { splitLines } from '../text';

export type NavKind = 'stage' | 'variable' | 'service' | ResourceKind;

export interface Occurrence {
  kind: NavKind;
  /** The name (for a reference: as written). */
  name: string;
  range: Range;
  declaration: boolean;
  /** Occurrences with the same id name the same thing. */
  id: string;
  /** The range holds exactly the name, so a rename can rewrite it. */
  renamable: boolean;
  /** Names its stage by number (`COPY --from=0`) or is an unnamed stage's FROM: a rename leaves it alone. */
  byIndex?: boolean;
  /** Variables: what the occurrence is bound to (its own kind for a declaration; nothing found for a use). */
  binding?: 'ARG' | 'ENV' | 'none';
  /** Variables: the group has an ARG declaration, so `--build-arg` and compose `build.args` pass it by name. */
  buildArg?: boolean;
  /** Variable uses: the declaration in scope here, by BuildKit's scoping. */
  resolved?: Range;
}

export interface NavIndex { occurrences: Occurrence[] }

const cache = new WeakMap<object, NavIndex>();

/** The index of a Dockerfile or Compose model (computed once per model). */
export function navIndex(model: DockerfileModel | ComposeModel): NavIndex {
  let hit = cache.get(model);
  if (!hit) cache.set(model, (hit = model.kind === 'dockerfile' ? dockerfileIndex(model) : composeIndex(model)));
  return hit;
}

export function contains(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

/** The occurrence under the cursor; at the seam of two (`$A$B`), the one that starts there. */
export function occurrenceAt(index: NavIndex, p: Position): Occurrence | undefined {
  let touching: Occurrence | undefined;
  for (const o of index.occurrences) {
    if (!contains(o.range, p)) continue;
    if (o.range.end.line !== p.line || o.range.end.character !== p.character) return o;
    touching ??= o;
  }
  return touching;
}

export function occurrencesOf(index: NavIndex, id: string): Occurrence[] {
  return index.occurrences.filter((o) => o.id === id);
}

/** Where an occurrence is defined: the declaration in scope for a variable, else every declaration of its id. */
export function definitionsOf(index: NavIndex, o: Occurrence): Range[] {
  if (o.resolved) return [o.resolved];
  return occurrencesOf(index, o.id).filter((d) => d.declaration).map((d) => d.range);
}

// ---- Dockerfile ----

const stageId = (s: Stage): string => (s.name !== undefined ? `stage:${s.name.toLowerCase()}` : `stage#${s.index}`);

function stageOccurrences(model: DockerfileModel, out: Occurrence[]): void {
  for (const s of model.stages) {
    if (s.name !== undefined && s.nameRange) out.push({ kind: 'stage', name: s.name, range: s.nameRange, declaration: true, id: stageId(s), renamable: true });
    else out.push({ kind: 'stage', name: `stage ${s.index}`, range: s.from.keywordRange, declaration: true, id: stageId(s), renamable: false, byIndex: true });
    const parent = parentStage(model, s);
    if (parent) out.push({ kind: 'stage', name: s.base.text, range: s.base.range, declaration: false, id: stageId(parent), renamable: true });
  }
  for (const ref of stageRefs(model)) {
    if (ref.value.includes('$') || ref.instr.stage < 0) continue;
    if (/^\d+$/.test(ref.value)) {
      const target = model.stages[Number(ref.value)];
      if (target) out.push({ kind: 'stage', name: ref.value, range: ref.range, declaration: false, id: stageId(target), renamable: false, byIndex: true });
      continue;
    }
    const i = model.stageIndex(ref.value);
    const target = i === undefined ? undefined : model.stages[i];
    if (target) out.push({ kind: 'stage', name: ref.value, range: ref.range, declaration: false, id: stageId(target), renamable: true });
  }
}

/** Union-find over string keys: variables that must keep one name end up in one group. */
class Groups {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let root = this.parent.get(k) ?? k;
    while (root !== (this.parent.get(root) ?? root)) root = this.parent.get(root) as string;
    for (let x = k; x !== root;) { const next = this.parent.get(x) ?? root; this.parent.set(x, root); x = next; }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
  has(k: string): boolean { return this.parent.has(k); }
  add(k: string): void { if (!this.parent.has(k)) this.parent.set(k, k); }
}

const defKey = (d: VarDef): string => `${d.nameRange.start.line}:${d.nameRange.start.character}`;
const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * Variables, walked once in BuildKit's order: global ARGs, then each stage on top of the scope of
 * the stage it builds FROM. A use joins the declaration in scope; a declaration joins the one it
 * redeclares (`ARG X` after a global `ARG X=1`, `ENV X=$X:...`), and every ARG of one name is one
 * group, because `--build-arg NAME` sets all of them.
 */
function variableOccurrences(model: DockerfileModel, out: Occurrence[]): void {
  const groups = new Groups();
  const defs: VarDef[] = [];
  const uses: { use: VarUse; def: VarDef | undefined }[] = [];
  const declare = (scope: Scope, def: VarDef, globals: Scope): void => {
    groups.add(defKey(def));
    const prev = scope.get(def.name);
    if (prev) groups.union(defKey(def), defKey(prev));
    const global = def.kind === 'ARG' && !def.global ? globals.get(def.name) : undefined;
    if (global) groups.union(defKey(def), defKey(global));
    if (def.kind === 'ARG') { groups.add(`arg:${def.name}`); groups.union(defKey(def), `arg:${def.name}`); }
    defs.push(def);
    define(scope, [def], globals);
  };
  // An instruction's uses resolve against the scope before it; in an ARG, each default sees the names declared before it.
  const walk = (instr: Instruction, scope: Scope, globals: Scope): void => {
    const found = usesIn(model, instr);
    const declared = definitionsIn(model, instr);
    let next = 0;
    const resolveUntil = (end: Position | undefined): void => {
      for (; next < found.length; next++) {
        const u = found[next] as VarUse;
        if (end && !before(u.range.start, end)) break;
        uses.push({ use: u, def: scope.get(u.name) });
      }
    };
    if (instr.keyword === 'ARG') {
      for (const d of declared) { resolveUntil(d.range.end); declare(scope, d, globals); }
      resolveUntil(undefined);
    } else {
      resolveUntil(undefined);
      for (const d of declared) declare(scope, d, globals);
    }
  };

  const globals: Scope = new Map();
  for (const instr of model.globalArgs) walk(instr, globals, globals);
  const endScopes: Scope[] = [];
  for (const stage of model.stages) {
    const parent = parentStage(model, stage);
    const scope: Scope = new Map(parent ? endScopes[parent.index] : undefined);
    for (const instr of stage.instructions) {
      if (instr.keyword === 'FROM') {
        for (const u of usesIn(model, instr)) uses.push({ use: u, def: globals.get(u.name) });
        continue;
      }
      walk(instr, scope, globals);
    }
    endScopes[stage.index] = scope;
  }

  const hasArg = new Set<string>();
  for (const d of defs) if (d.kind === 'ARG') hasArg.add(groups.find(defKey(d)));
  for (const d of defs) {
    const g = groups.find(defKey(d));
    out.push({ kind: 'variable', name: d.name, range: d.nameRange, declaration: true, id: `var:${g}`, renamable: true, binding: d.kind, buildArg: hasArg.has(g) });
  }
  for (const { use, def } of uses) {
    // A use no declaration reaches (a global ARG the stage did not redeclare) stays with the ARGs of its name.
    const g = def ? groups.find(defKey(def)) : groups.has(`arg:${use.name}`) ? groups.find(`arg:${use.name}`) : `free:${use.name}`;
    const o: Occurrence = { kind: 'variable', name: use.name, range: use.nameRange, declaration: false, id: `var:${g}`, renamable: true, binding: def ? def.kind : 'none', buildArg: hasArg.has(g) };
    if (def) o.resolved = def.nameRange;
    out.push(o);
  }
}

function dockerfileIndex(model: DockerfileModel): NavIndex {
  const occurrences: Occurrence[] = [];
  stageOccurrences(model, occurrences);
  variableOccurrences(model, occurrences);
  occurrences.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { occurrences };
}

// ---- Compose ----

/** Lines of a text, split once (for exact-name checks without rescanning the file), where LSP ends lines. */
export function linesOf(text: string): string[] {
  return splitLines(text);
}

/**
 * The range of exactly `name` inside a single-line scalar's range, `offset` characters into its
 * value (`service:` in `network_mode: "service:db"`), quotes skipped. Undefined when the written
 * text is not the plain name there (escapes, folding), so a rename never rewrites a guess.
 */
export function exactName(lines: readonly string[], range: Range, name: string, offset = 0): Range | undefined {
  if (range.start.line !== range.end.line || name === '') return undefined;
  const text = (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  const q = text[0] === '"' || text[0] === "'" ? 1 : 0;
  const start = q + offset;
  if (text.slice(start, start + name.length) !== name) return undefined;
  const character = range.start.character + start;
  return { start: { line: range.start.line, character }, end: { line: range.start.line, character: character + name.length } };
}

const RESOURCE_KINDS: readonly ResourceKind[] = ['volume', 'network', 'secret', 'config'];

function composeIndex(model: ComposeModel): NavIndex {
  const lines = linesOf(model.text);
  const occurrences: Occurrence[] = [];
  const add = (kind: NavKind, name: string, range: Range, declaration: boolean, offset = 0): void => {
    const exact = exactName(lines, range, name, offset);
    occurrences.push({ kind, name, range: exact ?? range, declaration, id: `${kind}:${name}`, renamable: exact !== undefined });
  };
  for (const s of model.services) add('service', s.name, s.keyRange, true);
  for (const kind of RESOURCE_KINDS) for (const e of model.topLevel(TOP_LEVEL_KEY[kind])) add(kind, e.name, e.keyRange, true);
  for (const ref of serviceRefs(model)) {
    const text = exactText(lines, ref.range);
    const offset = ref.via === 'network_mode' || ref.via === 'ipc' || ref.via === 'pid' || (ref.via === 'volumes_from' && text.startsWith('service:')) ? 'service:'.length : 0;
    add('service', ref.name, ref.range, false, offset);
  }
  for (const ref of resourceRefs(model).refs) add(ref.kind, ref.name, ref.range, false);
  occurrences.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { occurrences };
}

/** The written text of a single-line range, quotes removed ('' when it spans lines). */
function exactText(lines: readonly string[], range: Range): string {
  if (range.start.line !== range.end.line) return '';
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character).replace(/^["']|["']$/g, '');
}
