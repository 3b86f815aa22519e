// Incremental parsing of a Compose file: an edit inside one entry of a block mapping at the
// top (`services:`) or one level down (one service) parses only that entry's lines again and
// puts the new pair into the previous document; the nodes after it move by the edit's length.
// Anything that could make a difference elsewhere (syntax errors, anchors and aliases, merge
// keys, a duplicate or re-indented key, flow style) gives up, and the caller parses the whole
// text: the document is then the one a full parse gives. The previous document is reused in
// place, so the previous model must not be used afterwards.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, Range as YamlRange, Scalar, YAMLMap } from 'yaml';
import { commonEnds } from '../text';
import { YAML_OPTIONS, type ComposeModel } from './model';

/** The edit as offsets: text before `start` and from `oldEnd` (old) / `oldEnd + delta` (new) on is unchanged. */
interface Edit { start: number; oldEnd: number; delta: number }

/** One entry of a block mapping with the lines it owns: from its key's line to the next key's. */
interface Unit { map: YAMLMap; index: number; start: number; end: number }

/** A line that starts or ends a YAML document, or a directive: the document's shape changes. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:\s|$)|^%/m;

function editBetween(old: string, text: string): Edit {
  const { prefix, suffix } = commonEnds(old, text);
  return { start: prefix, oldEnd: old.length - suffix, delta: text.length - old.length };
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Where the entry at `index` starts: its key's line, if only indentation comes before the key. */
function entryStart(text: string, map: YAMLMap, index: number): number | undefined {
  const key = (map.items[index] as Pair).key;
  if (!isScalar(key) || !key.range) return undefined;
  const start = lineStartOf(text, key.range[0]);
  return /^[ ]*$/.test(text.slice(start, key.range[0])) ? start : undefined;
}

/** The entry of a block mapping whose lines hold the whole edit. */
function unitAround(text: string, map: YAMLMap, edit: Edit, regionEnd: number): Unit | undefined {
  if (map.flow) return undefined;
  let lo = 0;
  let hi = map.items.length - 1;
  let index = -1;
  while (lo <= hi) { // the last entry whose key starts at or before the edit
    const mid = (lo + hi) >> 1;
    const key = (map.items[mid] as Pair).key as Node | null;
    if (key?.range && lineStartOf(text, key.range[0]) <= edit.start) { index = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (index < 0) return undefined;
  const start = entryStart(text, map, index);
  const end = index + 1 < map.items.length ? entryStart(text, map, index + 1) : regionEnd;
  if (start === undefined || end === undefined || edit.start < start) return undefined;
  // The entry's last line end must survive the edit (unless the entry ends the text), so the
  // reparsed lines end where the next entry's begin.
  if (edit.oldEnd > end || (edit.oldEnd === end && end < text.length)) return undefined;
  return { map, index, start, end };
}

/** A chunk of lines that parses cleanly to a block mapping of exactly one entry. */
function entryAlone(chunk: string): { doc: Document.Parsed; map: YAMLMap; pair: Pair; indent: number } | undefined {
  if (DOCUMENT_MARKER.test(chunk)) return undefined;
  const doc = parseDocument(chunk, YAML_OPTIONS);
  const map = doc.contents;
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(map) || map.flow || map.items.length !== 1 || !doc.range || !map.range) return undefined;
  const pair = map.items[0] as Pair;
  const key = pair.key;
  if (!isScalar(key) || !key.range) return undefined;
  return { doc, map, pair, indent: key.range[0] - lineStartOf(chunk, key.range[0]) };
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (isPair(node)) { walk(node.key, visit); walk(node.value, visit); return; }
  if (!node || typeof node !== 'object' || !('range' in node)) return;
  visit(node as Node);
  if (isMap(node) || isSeq(node)) for (const item of node.items) walk(item, visit);
}

function usesAnchors(pair: unknown): boolean {
  let found = false;
  walk(pair, (n) => { if (isAlias(n) || (n as { anchor?: string }).anchor) found = true; });
  return found;
}

function shift(pair: unknown, by: number): void {
  if (by === 0) return;
  walk(pair, (n) => {
    const r = n.range as YamlRange | null | undefined;
    if (r) { r[0] += by; r[1] += by; r[2] += by; }
  });
}

export function reparseCompose(prev: ComposeModel, text: string): Document.Parsed | undefined {
  const doc = prev.doc;
  if (text === prev.text) return doc;
  const root = doc.contents;
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(root) || !doc.range) return undefined;
  const old = prev.text;
  const edit = editBetween(old, text);
  const top = unitAround(old, root, edit, old.length);
  if (!top) return undefined;
  const topValue = (root.items[top.index] as Pair).value;
  const inner = isMap(topValue) ? unitAround(old, topValue, edit, top.end) : undefined;
  const unit = inner ?? top;
  const oldPair = unit.map.items[unit.index] as Pair;

  // The entry parsed on its own, before and after the edit: the old one shows how the
  // containers' bounds relate to the entry's, the new one gives the new bounds.
  // (A lone \r before the entry followed by a new \n would join the two lines.)
  if (old[unit.start - 1] === '\r' && text[unit.start] === '\n') return undefined;
  const before = entryAlone(old.slice(unit.start, unit.end));
  const after = entryAlone(text.slice(unit.start, unit.end + edit.delta));
  if (!before || !after) return undefined;
  const newPair = after.pair;
  const newKey = newPair.key as Scalar;
  const oldKey = oldPair.key as Node;
  if (!oldKey.range || (before.pair.key as Scalar).range?.[0] !== oldKey.range[0] - unit.start) return undefined;
  // The key must stay at its indentation, stay unique, and not become a merge key.
  if (after.indent !== before.indent) return undefined;
  const name = String(newKey.value);
  if (typeof newKey.value !== 'string' || name === '<<') return undefined;
  if (unit.map.items.some((p, i) => i !== unit.index && isScalar(p.key) && String(p.key.value) === name)) return undefined;
  if (usesAnchors(oldPair) || usesAnchors(newPair)) return undefined;

  // The containers' bounds: before the entry they stay, after it they move; where one
  // coincides with a bound of the entry parsed alone, it follows the new entry's bound.
  // The document's bounds follow the entry's document when the entry ends the text.
  const alike = (old: YamlRange, neu: YamlRange) => ({ old: old.map((x) => x + unit.start), neu: neu.map((x) => x + unit.start) });
  const asMap = alike(before.map.range as YamlRange, after.map.range as YamlRange);
  const asDoc = unit.end === old.length ? alike(before.doc.range, after.doc.range) : asMap;
  const moved = (offset: number, k: number, like: { old: number[]; neu: number[] }): number | undefined =>
    offset === like.old[k] ? like.neu[k] : offset === asMap.old[0] && k === 0 ? asMap.neu[0]
      : offset < unit.start ? offset : offset > unit.end || (offset === unit.end && unit.end < old.length) ? offset + edit.delta : undefined;
  const containers: YamlRange[] = [doc.range, root.range as YamlRange];
  if (inner) containers.push((topValue as YAMLMap).range as YamlRange);
  const bounds = containers.map((r, i) => r.map((offset, k) => moved(offset, k, i === 0 ? asDoc : asMap)));
  if (bounds.some((b) => b.some((x) => x === undefined))) return undefined;

  shift(newPair, unit.start);
  unit.map.items[unit.index] = newPair as Pair<unknown, unknown>;
  for (let i = unit.index + 1; i < unit.map.items.length; i++) shift(unit.map.items[i], edit.delta);
  if (inner) for (let i = top.index + 1; i < root.items.length; i++) shift(root.items[i], edit.delta);
  containers.forEach((r, i) => { for (let k = 0; k < 3; k++) r[k] = bounds[i]?.[k] as number; });
  return doc;
}
