// Hover for Dockerfiles: instructions, flags, image references, variables and ports.
import type { DockerfileModel } from '../dockerfile/model';
import type { Lang, Position, Range } from '../types';
import { INSTRUCTION_DOCS } from './instructions';

export interface HoverResult { markdown: string; range: Range; lesson?: string }

export function inRange(p: Position, r: Range): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

export function dockerfileHover(model: DockerfileModel, position: Position, lang: Lang): HoverResult | undefined {
  const instr = model.instructions.find((i) => inRange(position, i.range));
  if (!instr) return undefined;
  if (inRange(position, instr.keywordRange)) {
    const doc = INSTRUCTION_DOCS[instr.keyword];
    if (!doc) return undefined;
    const forms = doc.forms.map((f) => `    ${f}`).join('\n');
    return { markdown: `**${instr.keyword}**\n\n${doc.text[lang]}\n\n${forms}`, range: instr.keywordRange, lesson: doc.lesson };
  }
  return undefined;
}
