// Compose Specification validation. ajv compiles the schema once per process, lazily (the first
// Compose file pays ~0.2 s; then a file validates in well under a millisecond). ajv decides
// whether the file is valid; only when it is not does `explain` walk the same schema over the
// yaml nodes to say what is wrong in words a person understands, at the exact key or value,
// choosing the `oneOf` branch that matches the value's type (ajv reports every branch).
//
// Compose interpolates variables before it validates, and then converts strings to the numbers
// and booleans the specification expects: the schema accepts any string where a variable may
// stand (`cpus: ${CPUS}`), so a `dcCoerce` keyword added to those properties checks that the
// value after interpolation converts (`cpus: ${CPUS:-two}` does not).
import Ajv from 'ajv';
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { didYouMean as didYouMeanBounded } from '../text';
import type { Range } from '../types';
import { interpolate, NO_VARIABLES, type Lookup } from './interpolation';
import { deref, mapPairs, type ComposeModel } from './model';
import specJson from './schema/compose-spec.json';

export interface SchemaNode {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  uniqueItems?: boolean;
  description?: string;
  deprecated?: boolean;
  dcCoerce?: 'number' | 'integer' | 'boolean';
  definitions?: Record<string, SchemaNode>;
}

/** Properties whose strings carry units or words (`512m`, `all`) or that other rules check (ports). */
const NO_COERCE = new Set(['mem_limit', 'mem_reservation', 'memswap_limit', 'shm_size', 'rate', 'published', 'target', 'count', 'value', 'external']);

/** The schema with `$schema` dropped (ajv 8 does not know that draft-07 URL) and `dcCoerce` added. */
function prepare(): SchemaNode {
  const copy = JSON.parse(JSON.stringify(specJson)) as SchemaNode & { $schema?: string };
  delete copy.$schema;
  newerThanTheCopy(copy);
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) { n.forEach(visit); return; }
    if (!n || typeof n !== 'object') return;
    const node = n as SchemaNode;
    if (node.properties) {
      for (const [name, prop] of Object.entries(node.properties)) {
        const t = prop.type;
        if (!Array.isArray(t) || !t.includes('string') || NO_COERCE.has(name)) continue;
        const others = t.filter((x) => x !== 'string' && x !== 'null');
        if (others.length === 1 && (others[0] === 'number' || others[0] === 'integer' || others[0] === 'boolean')) prop.dcCoerce = others[0];
      }
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(copy);
  return copy;
}

/**
 * Keys Compose accepts that are newer than the copied schema (see schema/README.md), allowed
 * leniently so valid files are not flagged: `pre_start` hooks (they run a container: `image`,
 * `command`...) and a service's `models: {name: }` with an empty value.
 */
function newerThanTheCopy(schema: SchemaNode): void {
  const service = schema.definitions?.service;
  if (!service?.properties) return;
  service.properties.pre_start ??= { type: 'array', items: { type: 'object' }, description: 'Containers run before the service starts (hooks); if one fails, the service does not start.' };
  const models = service.properties.models;
  for (const branch of models?.oneOf ?? []) {
    for (const sub of Object.values(branch.patternProperties ?? {})) {
      if (sub.type === 'object') sub.type = ['object', 'null'];
    }
  }
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(y|yes|true|on|n|no|false|off)$/i;

/** Does a string convert to the type Compose expects, after interpolation? Unknown variables pass. */
export function coerces(value: string, kind: string, lookup: Lookup): { ok: boolean; resolved: string } {
  const r = interpolate(value, lookup);
  if (!r.complete) return { ok: true, resolved: r.value };
  const v = r.value.trim();
  const ok = kind === 'integer' ? INTEGER.test(v) : kind === 'number' ? NUMBER.test(v) : BOOLEAN.test(v);
  return { ok, resolved: r.value };
}

interface Compiled { schema: SchemaNode; validate: (data: unknown) => boolean; compileMs: number }

let compiled: Compiled | undefined;
let currentLookup: Lookup = NO_VARIABLES;

/** The compiled validator: built on first use, then shared by every file of the process. */
export function validator(): Compiled {
  if (compiled) return compiled;
  const t0 = now();
  const schema = prepare();
  const ajv = new Ajv({ allErrors: false, strict: false, validateSchema: false, allowUnionTypes: true, logger: false });
  ajv.addKeyword({
    keyword: 'dcCoerce',
    schemaType: 'string',
    errors: false,
    validate: (kind: string, data: unknown) => typeof data !== 'string' || coerces(data, kind, currentLookup).ok,
  });
  const fn = ajv.compile(schema);
  compiled = { schema, validate: (data) => fn(data) as boolean, compileMs: now() - t0 };
  return compiled;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export type ProblemKind = 'unknown-key' | 'bad-name' | 'type' | 'enum' | 'required' | 'pattern' | 'minimum' | 'maximum' | 'unique' | 'coerce' | 'generic';

export interface SchemaProblem {
  kind: ProblemKind;
  /** Keys from the root to the value concerned (for an unknown key: to the mapping holding it). */
  path: (string | number)[];
  range: Range;
  key?: string;
  suggestion?: string;
  expected?: string[];
  actual?: string;
  allowed?: string[];
  value?: string;
  limit?: number;
  pattern?: string;
  resolved?: string;
}

/** Validates the document; returns [] when it conforms. The lookup gives variables' values (.env). */
export function validateCompose(model: ComposeModel, data: unknown, lookup: Lookup): SchemaProblem[] {
  const v = validator();
  currentLookup = lookup;
  try {
    if (v.validate(data)) return [];
    const out: SchemaProblem[] = [];
    const root = model.doc.contents as Node | null;
    new Explainer(model, v.schema, lookup).check(v.schema, root, [], anchorOf(model, root, undefined), out);
    if (out.length === 0) out.push({ kind: 'generic', path: [], range: model.rangeOf(root) });
    // At most one message per location: the first (outermost) wins.
    const seen = new Set<string>();
    return out.filter((p) => {
      const k = `${p.range.start.line}:${p.range.start.character}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  } finally {
    currentLookup = NO_VARIABLES;
  }
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

function typeOf(node: Node | null): JsonType {
  if (node === null) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
    if (typeof v === 'boolean') return 'boolean';
    return 'string';
  }
  return 'null';
}

function typeMatches(wanted: string, actual: JsonType): boolean {
  return wanted === actual || (wanted === 'number' && actual === 'integer');
}

/** Where to put a message about a value: scalars on themselves, collections on their key (or first line). */
function anchorOf(model: ComposeModel, node: Node | null, key: Node | undefined): Range {
  if (node && isScalar(node) && node.range && node.range[1] > node.range[0]) return model.rangeOf(node);
  if (key) return model.rangeOf(key);
  const r = model.rangeOf(node);
  if (r.end.line > r.start.line) return { start: r.start, end: { line: r.start.line, character: (model.lines[r.start.line] ?? '').length } };
  return r;
}

const patternCache = new Map<string, RegExp>();
function regex(p: string): RegExp {
  let r = patternCache.get(p);
  if (!r) { r = new RegExp(p, 'u'); patternCache.set(p, r); }
  return r;
}

function scalarString(node: Node | null): string {
  if (!node || !isScalar(node)) return '';
  return String((node as Scalar).value);
}

class Explainer {
  constructor(private readonly model: ComposeModel, private readonly root: SchemaNode, private readonly lookup: Lookup) {}

  resolve(s: SchemaNode): SchemaNode {
    let cur = s;
    for (let i = 0; i < 8 && cur.$ref; i++) {
      const m = /^#\/definitions\/(.+)$/.exec(cur.$ref);
      const target = m ? this.root.definitions?.[m[1] as string] : undefined;
      if (!target) break;
      // Sibling keywords of a $ref (draft-07 ignores them; the spec only adds descriptions).
      cur = target;
    }
    return cur;
  }

  /** The JSON types a schema accepts at its top (after refs and oneOf), for "must be X or Y". */
  topTypes(s: SchemaNode): string[] {
    const r = this.resolve(s);
    if (r.type) return Array.isArray(r.type) ? r.type : [r.type];
    const branches = r.oneOf ?? r.anyOf;
    if (branches) return [...new Set(branches.flatMap((b) => this.topTypes(b)))];
    return [];
  }

  check(schema: SchemaNode, raw: Node | null, path: (string | number)[], anchor: Range, out: SchemaProblem[], key?: Node): void {
    const s = this.resolve(schema);
    const node = deref(this.model.doc, raw);
    const actual = typeOf(node);
    const branches = s.oneOf ?? s.anyOf;
    if (branches) {
      const results = branches.map((b) => {
        const problems: SchemaProblem[] = [];
        this.check(b, node, path, anchor, problems, key);
        const types = this.topTypes(b);
        return { problems, compatible: types.length === 0 || types.some((t) => typeMatches(t, actual)) };
      });
      if (results.some((r) => r.problems.length === 0)) {
        // ajv failed, but not here (or here by matching two branches at once): keep walking siblings.
      } else {
        const compatible = results.filter((r) => r.compatible);
        if (compatible.length === 0) {
          out.push({ kind: 'type', path, range: anchor, expected: this.topTypes(s), actual });
          return;
        }
        const best = compatible.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
        out.push(...best.problems);
        return;
      }
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => typeMatches(t, actual))) {
        // A string is accepted only to hold variables: name the type Compose converts it to.
        out.push({ kind: 'type', path, range: anchor, expected: s.dcCoerce ? [s.dcCoerce] : types, actual });
        return;
      }
    }
    if (s.enum && !s.enum.some((e) => e === (isScalar(node) ? node.value : undefined))) {
      out.push({ kind: 'enum', path, range: anchor, allowed: s.enum.map(String), value: scalarString(node) });
      return;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') {
        if (s.dcCoerce) {
          const c = coerces(v, s.dcCoerce, this.lookup);
          if (!c.ok) out.push({ kind: 'coerce', path, range: anchor, expected: [s.dcCoerce], value: v, resolved: c.resolved });
        }
        if (s.pattern && !regex(s.pattern).test(v)) out.push({ kind: 'pattern', path, range: anchor, pattern: s.pattern, value: v });
      }
      if (typeof v === 'number') {
        if (s.minimum !== undefined && v < s.minimum) out.push({ kind: 'minimum', path, range: anchor, limit: s.minimum, value: String(v) });
        if (s.maximum !== undefined && v > s.maximum) out.push({ kind: 'maximum', path, range: anchor, limit: s.maximum, value: String(v) });
      }
      return;
    }
    if (isMap(node)) { this.checkObject(s, node, path, anchor, out); return; }
    if (isSeq(node)) this.checkArray(s, node, path, out);
  }

  private checkObject(s: SchemaNode, node: Node, path: (string | number)[], anchor: Range, out: SchemaProblem[]): void {
    const pairs = mapPairs(this.model.doc, node);
    const present = new Set(pairs.map((p) => String(p.key.value)));
    for (const req of s.required ?? []) if (!present.has(req)) out.push({ kind: 'required', path, range: anchor, key: req });
    const props = s.properties ?? {};
    const patterns = Object.entries(s.patternProperties ?? {});
    const names = Object.keys(props);
    for (const p of pairs) {
      const name = String(p.key.value);
      const value = p.value as Node | null;
      const childPath = [...path, name];
      const childAnchor = anchorOf(this.model, deref(this.model.doc, value), p.key);
      let matched = false;
      const own = Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined;
      if (own) { matched = true; this.check(own, value, childPath, childAnchor, out, p.key); }
      for (const [pat, sub] of patterns) {
        if (!regex(pat).test(name)) continue;
        matched = true;
        this.check(sub, value, childPath, childAnchor, out, p.key);
      }
      if (matched) continue;
      if (s.additionalProperties === false) {
        const range = this.model.rangeOf(p.key);
        if (names.length === 0 && patterns.some(([pat]) => pat !== '^x-')) {
          out.push({ kind: 'bad-name', path, range, key: name, pattern: patterns.map(([pat]) => pat).find((pat) => pat !== '^x-') as string });
        } else {
          const problem: SchemaProblem = { kind: 'unknown-key', path, range, key: name };
          const suggestion = didYouMeanKey(name, names.filter((n) => !present.has(n)));
          if (suggestion) problem.suggestion = suggestion;
          out.push(problem);
        }
      } else if (typeof s.additionalProperties === 'object') {
        this.check(s.additionalProperties, value, childPath, childAnchor, out, p.key);
      }
    }
  }

  private checkArray(s: SchemaNode, node: Node, path: (string | number)[], out: SchemaProblem[]): void {
    if (!isSeq(node)) return;
    const seen = new Map<string, number>();
    node.items.forEach((rawItem, i) => {
      const item = deref(this.model.doc, rawItem);
      const itemAnchor = anchorOf(this.model, item as Node | null, undefined);
      if (s.items) this.check(s.items, item as Node | null, [...path, i], itemAnchor, out);
      if (s.uniqueItems && isScalar(item)) {
        const k = `${typeof item.value}:${String(item.value)}`;
        if (seen.has(k)) out.push({ kind: 'unique', path: [...path, i], range: itemAnchor, value: String(item.value), limit: (seen.get(k) as number) + 1 });
        else seen.set(k, i);
      }
    });
  }
}

/** A known key close to a mistyped one: edit distance up to 2 (3 for long keys), or the same letters with `-` for `_`. */
export function didYouMeanKey(word: string, candidates: readonly string[]): string | undefined {
  const norm = (w: string) => w.toLowerCase().replace(/-/g, '_');
  const exact = candidates.find((c) => norm(c) === norm(word));
  if (exact) return exact;
  return didYouMeanBounded(word, candidates, word.length > 7 ? 3 : 2);
}

/** The schema of the value at a path of keys (for hovers): as written (with its description) and resolved. */
export function schemaAt(path: (string | number)[]): { node: SchemaNode; resolved: SchemaNode } | undefined {
  const v = validator();
  const ex = new Explainer(null as unknown as ComposeModel, v.schema, NO_VARIABLES);
  let cur: SchemaNode | undefined = v.schema;
  for (const seg of path) {
    if (!cur) return undefined;
    const s: SchemaNode = ex.resolve(cur);
    const options: SchemaNode[] = s.oneOf ?? s.anyOf ?? [s];
    let next: SchemaNode | undefined;
    for (const o0 of options) {
      const o = ex.resolve(o0);
      if (typeof seg === 'number') { if (o.items) { next = o.items; break; } continue; }
      const own = o.properties?.[seg];
      if (own) { next = own; break; }
      const pat = Object.entries(o.patternProperties ?? {}).find(([p]) => regex(p).test(seg));
      if (pat) { next = pat[1]; break; }
    }
    cur = next;
  }
  return cur ? { node: cur, resolved: ex.resolve(cur) } : undefined;
}
