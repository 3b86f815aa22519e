// Folding ranges. Dockerfile: stages, instructions that span lines (continuations, heredocs) and
// blocks of comment lines. Compose: every mapping, sequence or multi-line scalar that spans
// lines, and blocks of comment lines. One range per start line (the outermost), as editors keep
// only one there anyway.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ComposeModel } from '../compose/model';
import { contentRange } from '../compose/nodes';
import type { DockerfileModel } from '../dockerfile/model';

export interface Fold { startLine: number; endLine: number; kind?: 'comment' | 'region' }

/** Keeps the widest fold per start line, drops one-line folds, sorts by start. */
function tidy(folds: Fold[]): Fold[] {
  const byStart = new Map<number, Fold>();
  for (const f of folds) {
    if (f.endLine <= f.startLine) continue;
    const prev = byStart.get(f.startLine);
    if (!prev || f.endLine > prev.endLine) byStart.set(f.startLine, f);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** Runs of two or more consecutive lines for which `isComment` holds. */
function commentBlocks(lineCount: number, isComment: (line: number) => boolean): Fold[] {
  const out: Fold[] = [];
  let start = -1;
  for (let line = 0; line <= lineCount; line++) {
    const comment = line < lineCount && isComment(line);
    if (comment && start < 0) start = line;
    if (!comment && start >= 0) {
      if (line - 1 > start) out.push({ startLine: start, endLine: line - 1, kind: 'comment' });
      start = -1;
    }
  }
  return out;
}

export function dockerfileFolds(model: DockerfileModel): Fold[] {
  const folds: Fold[] = [];
  for (const stage of model.stages) {
    const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
    folds.push({ startLine: stage.from.range.start.line, endLine: last.range.end.line });
  }
  for (const instr of model.instructions) folds.push({ startLine: instr.range.start.line, endLine: instr.range.end.line });
  const commentLines = new Set(model.comments.map((c) => c.line));
  folds.push(...commentBlocks(model.lines.length, (line) => commentLines.has(line)));
  return tidy(folds);
}

/** Deeper than this, a file is not a real Compose file: what is above still folds. */
const MAX_DEPTH = 64;

export function composeFolds(model: ComposeModel): Fold[] {
  const folds: Fold[] = [];
  const span = (startOffset: number, node: Node): void => {
    const end = contentRange(model, node).end;
    folds.push({ startLine: model.position(startOffset).line, endLine: end.character === 0 ? end.line - 1 : end.line });
  };
  const root = model.doc.contents as Node | null;
  const stack: { node: unknown; depth: number }[] = root ? [{ node: root, depth: 0 }] : [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (depth > MAX_DEPTH || isAlias(node)) continue;
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const value = item.value as Node | null;
        const keyStart = (item.key as Node | null)?.range?.[0];
        if (value?.range && keyStart !== undefined && (isMap(value) || isSeq(value) || isScalar(value))) span(keyStart, value);
        if (value) stack.push({ node: value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const n = item as Node | null;
        if (n?.range && (isMap(n) || isSeq(n) || isScalar(n))) span(n.range[0], n);
        if (n) stack.push({ node: n, depth: depth + 1 });
      }
    }
  }
  const lines = model.lines;
  folds.push(...commentBlocks(lines.length, (line) => /^\s*#/.test(lines[line] ?? '')));
  return tidy(folds);
}
