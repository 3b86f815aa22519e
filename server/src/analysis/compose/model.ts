// One parse of a Compose file with exact ranges (yaml's node offsets mapped to lines and columns),
// shared by every rule. Helpers resolve `<<: *anchor` merges and aliases with a budget, so
// an alias bomb costs nothing here (expansion into JS is limited in `value()`).
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Position, Range } from '../types';
import { lineAt, lineStartOffsets, splitLines } from '../text';
import { reparseCompose } from './reparse';

export interface Entry {
  name: string;
  key: Scalar;
  keyRange: Range;
  /** The mapping under the key, if it is one (merges resolved by mapGet). */
  value: Node | null;
}

export interface SyntaxProblem { code: string; message: string; range: Range }

export interface ComposeModel {
  kind: 'compose';
  text: string;
  /** The lines of the text, split where LSP ends lines (\r\n, \r, \n): line numbers match ranges. */
  lines: string[];
  doc: Document.Parsed;
  root: YAMLMap | null;
  syntax: SyntaxProblem[];
  services: Entry[];
  /** Entries of a top-level mapping: volumes, networks, secrets, configs. */
  topLevel(key: 'volumes' | 'networks' | 'secrets' | 'configs'): Entry[];
  position(offset: number): Position;
  /** The offset of a position (clamped to its line and to the text). */
  offset(position: Position): number;
  rangeOf(node: Node | Pair | null | undefined): Range;
  /** The document as plain JS, aliases limited; throws on an alias bomb. Computed once. */
  value(): unknown;
}

export const MAX_ALIAS_COUNT = 1000;

/** Follow an alias to its node (once: aliases cannot point at aliases). */
export function deref(doc: Document.Parsed, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return v === null || v === undefined ? undefined : String(v);
}

/** Pairs of a mapping, `<<` merge keys expanded (own keys win), at most `budget` merges deep. */
export function mapPairs(doc: Document.Parsed, map: unknown, budget = 8): Pair<Scalar, Node | null>[] {
  const m = deref(doc, map);
  if (!isMap(m)) return [];
  const own: Pair<Scalar, Node | null>[] = [];
  const merged: Pair<Scalar, Node | null>[] = [];
  for (const item of m.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    if (isMergeKey(item.key) && budget > 0) {
      const src = deref(doc, item.value);
      const sources = isSeq(src) ? src.items : [src];
      for (const s of sources) merged.push(...mapPairs(doc, s, budget - 1));
      continue;
    }
    own.push(item as Pair<Scalar, Node | null>);
  }
  if (merged.length === 0) return own;
  const seen = new Set(own.map((p) => String(p.key.value)));
  return [...own, ...merged.filter((p) => !seen.has(String(p.key.value)))];
}

function isMergeKey(key: Scalar): boolean {
  // With `merge: true`, yaml gives the key a symbol value; its source text is `<<`.
  return key.value === '<<' || (typeof key.value === 'symbol' && key.source === '<<');
}

export function mapGet(doc: Document.Parsed, map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  return mapPairs(doc, map).find((p) => String(p.key.value) === key);
}

/** Items of a sequence (aliases resolved), or [] for anything else. */
export function seqItems(doc: Document.Parsed, node: unknown): Node[] {
  const s = deref(doc, node);
  if (!isSeq(s)) return [];
  return s.items.map((i) => deref(doc, i)).filter((i): i is Node => i !== null);
}

export const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, merge: true, strict: true } as const;

/** Parse a Compose file. With the model of the document's previous version, only the entry an
 * edit touched is parsed again (see reparse.ts; the previous model is consumed). */
export function parseCompose(text: string, previous?: ComposeModel): ComposeModel {
  const doc = (previous && reparseCompose(previous, text)) || parseDocument(text, YAML_OPTIONS);
  return composeModel(text, doc);
}

/** The model over a parsed document of `text`. */
function composeModel(text: string, doc: Document.Parsed): ComposeModel {
  // Our own line table: yaml's LineCounter only knows the lines its lexer reached, so after a
  // syntax error later offsets would land on an earlier line with an impossible column. Lines
  // end where LSP ends them (a lone \r too, which yaml does not treat as a break), so every
  // range is a place in the editor's document.
  const lineStarts = lineStartOffsets(text);
  const lines = splitLines(text);
  const position = (offset: number): Position => {
    const o = Math.min(Math.max(offset, 0), text.length);
    const line = lineAt(lineStarts, o);
    // An offset inside a \r\n pair belongs to the end of its line.
    return { line, character: Math.min(o - (lineStarts[line] as number), (lines[line] as string).length) };
  };
  const offset = (p: Position): number => {
    const line = Math.max(p.line, 0);
    const start = lineStarts[line];
    if (start === undefined) return text.length;
    return start + Math.min(Math.max(p.character, 0), (lines[line] as string).length);
  };
  const rangeOf = (node: Node | Pair | null | undefined): Range => {
    const r = isPair(node) ? spanOfPair(node) : (node as Node | null | undefined)?.range;
    if (!r) return { start: position(0), end: position(0) };
    return { start: position(r[0]), end: position(r[1]) };
  };
  const syntax: SyntaxProblem[] = [...doc.errors, ...doc.warnings].map((e) => {
    // yaml often points at one character: widen it to the word there, so the squiggle is visible.
    let end = Math.max(e.pos[1], e.pos[0] + 1);
    if (end - e.pos[0] <= 1) {
      const word = /^[^\s:,[\]{}]+/.exec(text.slice(e.pos[0], e.pos[0] + 200));
      if (word) end = e.pos[0] + word[0].length;
    }
    return { code: e.code, message: e.message, range: { start: position(e.pos[0]), end: position(end) } };
  });
  const root = isMap(doc.contents) ? doc.contents : null;
  const entriesOf = (key: string): Entry[] => {
    const pair = root ? mapGet(doc, root, key) : undefined;
    return mapPairs(doc, pair?.value).map((p) => ({
      name: String(p.key.value),
      key: p.key,
      keyRange: rangeOf(p.key),
      value: deref(doc, p.value),
    }));
  };
  const services = entriesOf('services');
  const cache = new Map<string, Entry[]>();
  let jsValue: { ok: true; value: unknown } | { ok: false; error: unknown } | undefined;
  return {
    kind: 'compose',
    text,
    lines,
    doc,
    root,
    syntax,
    services,
    topLevel(key) {
      let e = cache.get(key);
      if (!e) cache.set(key, (e = entriesOf(key)));
      return e;
    },
    position,
    offset,
    rangeOf,
    value() {
      jsValue ??= (() => {
        try {
          return { ok: true as const, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
        } catch (error) {
          return { ok: false as const, error };
        }
      })();
      if (!jsValue.ok) throw jsValue.error;
      return jsValue.value;
    },
  };
}

function spanOfPair(pair: Pair): [number, number] | undefined {
  const k = (pair.key as Node | null)?.range;
  const v = (pair.value as Node | null)?.range;
  if (k && v) return [k[0], v[1]];
  return k ? [k[0], k[1]] : v ? [v[0], v[1]] : undefined;
}
