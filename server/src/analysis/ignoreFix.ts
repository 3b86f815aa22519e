// The "Ignore CODE here" edit: a `# docker-coach ignore=CODE` comment above the instruction (or
// YAML line) of the finding, at its indentation; extends an ignore comment already there.
import type { Model } from './analyze';
import type { TextEdit } from './types';

export function ignoreCommentEdit(model: Model, code: string, line: number): TextEdit | undefined {
  const lines = model.text.split(/\r?\n/);
  const eol = /\r\n/.test(model.text) ? '\r\n' : '\n';
  let target = line;
  if (model.kind === 'dockerfile') {
    const instr = model.instructions.find((i) => i.range.start.line <= line && i.range.end.line >= line);
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
