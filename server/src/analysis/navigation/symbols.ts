// Document symbols (the outline and breadcrumbs): a Dockerfile's stages with their instructions,
// a Compose file's top-level sections with services (and their keys), volumes, networks,
// secrets and configs. Ranges are exact: a symbol's range holds its selection range and its
// children, so editors can follow the cursor.
import { isMap, isPair, isScalar, type Node, type Pair, type Scalar } from 'yaml';
import type { ComposeModel } from '../compose/model';
import { contentRange } from '../compose/nodes';
import type { DockerfileModel, Instruction } from '../dockerfile/model';
import type { Range } from '../types';

export type SymbolKind = 'stage' | 'instruction' | 'variable' | 'section' | 'service' | 'volume' | 'network' | 'secret' | 'config' | 'key';

export interface DocSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: DocSymbol[];
}

const MAX_DETAIL = 60;

/** One line of text for the outline: whitespace collapsed, cut at MAX_DETAIL. */
function summary(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

function instructionSymbol(model: DockerfileModel, instr: Instruction): DocSymbol {
  // The first line after the keyword, flags included: a heredoc's body or a long RUN's continuation stays out.
  const k = instr.keywordRange.end;
  const line = model.lines[k.line] ?? '';
  const raw = line.slice(k.character, instr.range.end.line === k.line ? instr.range.end.character : line.length);
  const detail = summary(raw.replace(new RegExp(`\\s*${model.escape === '`' ? '`' : '\\\\'}\\s*$`), ''));
  return {
    name: instr.keyword,
    ...(detail ? { detail } : {}),
    kind: instr.keyword === 'ARG' || instr.keyword === 'ENV' ? 'variable' : 'instruction',
    range: instr.range,
    selectionRange: instr.keywordRange,
    children: [],
  };
}

export function dockerfileSymbols(model: DockerfileModel): DocSymbol[] {
  const out: DocSymbol[] = model.instructions.filter((i) => i.stage < 0).map((i) => instructionSymbol(model, i));
  for (const stage of model.stages) {
    const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
    const children = stage.instructions.filter((i) => i !== stage.from).map((i) => instructionSymbol(model, i));
    out.push({
      name: stage.name ?? `stage ${stage.index}`,
      detail: summary(`FROM ${stage.base.text}`),
      kind: 'stage',
      range: { start: stage.from.range.start, end: last.range.end },
      selectionRange: stage.nameRange ?? stage.from.keywordRange,
      children,
    });
  }
  return out;
}

const SECTION_KIND: Record<string, SymbolKind> = { services: 'service', volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config' };

/** A mapping's own pairs with scalar keys (merge keys left out: their pairs live elsewhere in the file). */
function ownPairs(node: unknown): Pair<Scalar, Node | null>[] {
  if (!isMap(node)) return [];
  return node.items.filter((p): p is Pair<Scalar, Node | null> => isPair(p) && isScalar(p.key) && p.key.source !== '<<' && p.key.value !== '<<');
}

function scalarDetail(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const text = summary(String(node.value));
  return text === '' ? undefined : text;
}

function pairSymbol(model: ComposeModel, pair: Pair<Scalar, Node | null>, kind: SymbolKind, children: DocSymbol[] = []): DocSymbol {
  const key = model.rangeOf(pair.key);
  const end = pair.value?.range ? contentRange(model, pair.value).end : key.end;
  const detail = scalarDetail(pair.value);
  return { name: String(pair.key.value), ...(detail ? { detail } : {}), kind, range: { start: key.start, end: end.line > key.end.line || end.character > key.end.character ? end : key.end }, selectionRange: key, children };
}

export function composeSymbols(model: ComposeModel): DocSymbol[] {
  const out: DocSymbol[] = [];
  for (const section of ownPairs(model.root)) {
    const name = String(section.key.value);
    const childKind = SECTION_KIND[name];
    if (!childKind) { out.push(pairSymbol(model, section, 'key')); continue; }
    const children = ownPairs(section.value).map((entry) => {
      const keys = childKind === 'service' ? ownPairs(entry.value).map((k) => pairSymbol(model, k, 'key')) : [];
      const symbol = pairSymbol(model, entry, childKind, keys);
      if (childKind === 'service') {
        const image = scalarDetail(ownPairs(entry.value).find((k) => k.key.value === 'image')?.value);
        if (image) symbol.detail = image;
      }
      return symbol;
    });
    out.push(pairSymbol(model, section, 'section', children));
  }
  return out;
}
