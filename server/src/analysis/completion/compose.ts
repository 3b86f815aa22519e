// Completions for Compose files: keys from the Compose Specification schema at the cursor's
// path, service names in depends_on / links, declared networks and volumes in a service. The
// path is read from the text's indentation, so it works while the file is half typed.
import type { ComposeModel } from '../compose/model';
import { schemaAt, type SchemaNode } from '../compose/schema';
import type { Lang, Position } from '../types';
import type { CompletionItem } from './dockerfile';

/** Parent keys of the line at `line`, outermost first (`- ` items count as index 0). */
export function parentPath(lines: readonly string[], line: number, indent: number): (string | number)[] {
  const path: (string | number)[] = [];
  let limit = indent;
  for (let l = line - 1; l >= 0 && limit > 0; l--) {
    const text = lines[l] ?? '';
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const ind = text.length - text.trimStart().length;
    if (ind >= limit) continue;
    const m = /^\s*(-\s+)?(["']?)([\w.-]+)\2\s*:/.exec(text);
    if (m) {
      path.unshift(m[3] as string);
      if (m[1]) path.unshift(0);
    } else if (/^\s*-\s/.test(text)) path.unshift(0);
    limit = ind;
  }
  return path;
}

function keysOf(node: SchemaNode | undefined): string[] {
  if (!node) return [];
  const options = node.oneOf ?? node.anyOf ?? [node];
  const keys = new Set<string>();
  for (const o of options) for (const k of Object.keys(o.properties ?? {})) keys.add(k);
  return [...keys].sort();
}

export function composeCompletions(model: ComposeModel, position: Position, lang: Lang): CompletionItem[] {
  const lines = model.lines;
  const before = (lines[position.line] ?? '').slice(0, position.character);
  const indent = before.length - before.trimStart().length;
  const path = parentPath(lines, position.line, indent);
  const service = path[0] === 'services' && typeof path[1] === 'string' ? path[1] : undefined;
  const last = path[path.length - 1];
  const names = (entries: { name: string }[], exclude?: string) => entries.map((e) => e.name).filter((n) => n !== exclude);
  const plain = (labels: string[], detail: string, suffix = ''): CompletionItem[] =>
    labels.map((l) => ({ label: l, kind: 'variable', insertText: `${l}${suffix}`, snippet: false, detail }));

  const listItem = /^\s*-\s*[\w.-]*$/.test(before);
  const keyTyping = /^\s*[\w.-]*$/.test(before);
  if (service && path.length === 3 && (last === 'depends_on' || last === 'links') && (listItem || keyTyping)) {
    return plain(names(model.services, service), lang === 'ru' ? 'сервис' : 'service', keyTyping && !listItem && last === 'depends_on' ? ':' : '');
  }
  if (service && path.length === 3 && last === 'networks' && (listItem || keyTyping)) {
    return plain(names(model.topLevel('networks')), lang === 'ru' ? 'сеть' : 'network', listItem ? '' : ':');
  }
  if (service && path.length === 3 && last === 'volumes' && listItem) {
    return plain(names(model.topLevel('volumes')), lang === 'ru' ? 'именованный том' : 'named volume', ':/');
  }
  if (!keyTyping) return [];
  let at: SchemaNode | undefined;
  try {
    at = schemaAt(path)?.resolved;
  } catch {
    return [];
  }
  const existing = new Set<string>();
  for (let l = position.line - 1; l >= 0; l--) {
    const text = lines[l] ?? '';
    const ind = text.length - text.trimStart().length;
    if (text.trim() === '') continue;
    if (ind < indent) break;
    const m = ind === indent ? /^\s*([\w.-]+)\s*:/.exec(text) : null;
    if (m) existing.add(m[1] as string);
  }
  return keysOf(at).filter((k) => !existing.has(k)).map((k) => {
    const prop = at?.properties?.[k] ?? at?.oneOf?.find((o) => o.properties?.[k])?.properties?.[k];
    return { label: k, kind: 'keyword', insertText: `${k}: `, snippet: false, ...(prop?.description ? { documentation: prop.description } : {}), detail: 'Compose Specification' } as CompletionItem;
  });
}
