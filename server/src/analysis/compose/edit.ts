// Edits for Compose quick fixes: append key/value lines to a block mapping (a service, a
// top-level section) at its own indentation and with the file's line ending.
import { isMap, isPair, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position, TextEdit } from '../types';
import { deref, mapGet, type ComposeModel } from './model';
import { eolOf } from './nodes';

/** The column of the keys of a block mapping (undefined for flow mappings and empty ones). */
export function keyColumn(model: ComposeModel, map: YAMLMap): number | undefined {
  if (map.flow) return undefined;
  const first = map.items.find(isPair);
  const r = (first?.key as Node | null | undefined)?.range;
  return r ? model.position(r[0]).character : undefined;
}

/** The indentation unit the file uses (the column of the first service, else 2). */
export function indentUnit(model: ComposeModel): number {
  const first = model.services[0];
  return first ? Math.max(1, first.keyRange.start.character) : 2;
}

/** The end offset of a pair (its value, or its key when the value is empty). */
function pairEnd(pair: Pair): number {
  const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null && pair.value.source === '');
  const v = empty ? undefined : (pair.value as Node | null)?.range;
  const k = (pair.key as Node | null)?.range;
  return v ? v[1] : k ? k[1] : 0;
}

/** Position at the start of the line after the one holding `offset - 1`, or the end of the text (then a line break is needed first). */
function afterLineOf(model: ComposeModel, offset: number): { at: Position; needsBreak: boolean } {
  const line = model.position(Math.max(offset - 1, 0)).line;
  if (line + 1 >= model.lines.length) return { at: model.position(model.text.length), needsBreak: true };
  return { at: { line: line + 1, character: 0 }, needsBreak: false };
}

function block(lines: string[], indent: number, eol: string): string {
  return lines.map((l) => `${' '.repeat(indent)}${l}${eol}`).join('');
}

/** Appends `lines` (relative indentation kept) at the end of a block mapping. */
export function appendToMap(model: ComposeModel, mapNode: unknown, lines: string[]): TextEdit | undefined {
  const map = deref(model.doc, mapNode);
  if (!isMap(map)) return undefined;
  const col = keyColumn(model, map);
  const last = [...map.items].reverse().find(isPair);
  if (col === undefined || !last) return undefined;
  const eol = eolOf(model.text);
  const { at, needsBreak } = afterLineOf(model, pairEnd(last));
  return { range: { start: at, end: at }, newText: (needsBreak ? eol : '') + block(lines, col, eol) };
}

/** Adds `name:` (with optional body lines) under a top-level section, creating the section when missing. */
export function declareTopLevel(model: ComposeModel, section: string, entry: string[]): TextEdit | undefined {
  const root = model.root;
  if (!root || root.flow) return undefined;
  const unit = indentUnit(model);
  const eol = eolOf(model.text);
  const pair = mapGet(model.doc, root, section);
  // Only a section written in this mapping (not one merged in from an anchor).
  const own = pair && root.items.includes(pair as never) ? pair : undefined;
  if (pair && !own) return undefined;
  if (own) {
    const value = own.value as unknown;
    if (isMap(value)) return appendToMap(model, value, entry);
    if (value !== null && !(isScalar(value) && value.value === null)) return undefined;
    const keyStart = (own.key as Node).range?.[0] ?? 0;
    const keyCol = model.position(keyStart).character;
    const { at, needsBreak } = afterLineOf(model, pairEnd(own));
    return { range: { start: at, end: at }, newText: (needsBreak ? eol : '') + block(entry, keyCol + unit, eol) };
  }
  const { text } = model;
  const needsBreak = text.length > 0 && !/[\r\n]$/.test(text);
  const at = model.position(text.length);
  return { range: { start: at, end: at }, newText: `${needsBreak ? eol : ''}${eol}${section}:${eol}${block(entry, unit, eol)}` };
}

/** Deletes a pair of a block mapping: from the start of its key's line to the end of its value's last line. */
export function removePair(model: ComposeModel, pair: Pair): TextEdit | undefined {
  const k = (pair.key as Node | null)?.range;
  if (!k) return undefined;
  const keyPos = model.position(k[0]);
  // Only a key alone at the start of its line (not `- key:` or a flow mapping).
  if (model.text.slice(k[0] - keyPos.character, k[0]).trim() !== '') return undefined;
  const { at } = afterLineOf(model, pairEnd(pair));
  return { range: { start: { line: keyPos.line, character: 0 }, end: at }, newText: '' };
}
