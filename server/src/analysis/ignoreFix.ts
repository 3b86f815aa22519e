// The "Ignore CODE here" edit: a `# docker-coach ignore=CODE` comment above the instruction (or
// YAML line) of the finding, at its indentation; extends an ignore comment already there.
// A code action request can carry every diagnostic of a 50,000-line file, so this reads the
// model's own line table and finds the instruction by binary search: no work per call that
// grows with the file.
import type { Model } from './analyze';
import { eolOf } from './compose/nodes';
import type { Instruction } from './dockerfile/model';
import type { TextEdit } from './types';

/** The instruction that spans `line` (instructions are in document order). */
function instructionAt(instructions: readonly Instruction[], line: number): Instruction | undefined {
  let lo = 0;
  let hi = instructions.length - 1;
  let found: Instruction | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const instr = instructions[mid] as Instruction;
    if (instr.range.start.line <= line) { found = instr; lo = mid + 1; } else hi = mid - 1;
  }
  return found && found.range.end.line >= line ? found : undefined;
}

export function ignoreCommentEdit(model: Model, code: string, line: number): TextEdit | undefined {
  const lines = model.lines;
  const eol = model.kind === 'dockerfile' ? model.eol : eolOf(model.text);
  let target = line;
  if (model.kind === 'dockerfile') {
    const instr = instructionAt(model.instructions, line);
    if (instr) target = instr.range.start.line;
  }
  const above = lines[target - 1] ?? '';
  const existing = /^(\s*#\s*docker-coach\s+ignore=)([\w,\s-]+)$/.exec(above);
  if (existing) {
    const start = { line: target - 1, character: 0 };
    return { range: { start, end: { line: target - 1, character: above.length } }, newText: `${above.trimEnd()},${code}` };
  }
  const indent = /^\s*/.exec(lines[target] ?? '')?.[0] ?? '';
  return { range: { start: { line: target, character: 0 }, end: { line: target, character: 0 } }, newText: `${indent}# docker-coach ignore=${code}${eol}` };
}
