// Where a Dockerfile names another stage (or an image) as a source of files:
// `COPY --from=<ref>` and `RUN --mount=...,from=<ref>`. Each with the range of <ref>.
import type { Range } from '../types';
import type { DockerfileModel, Instruction } from './model';

export interface StageRef { instr: Instruction; value: string; range: Range; via: 'copy' | 'mount' }

function sub(range: Range, offset: number, length: number): Range {
  const line = range.start.line;
  const character = range.start.character + offset;
  return { start: { line, character }, end: { line, character: character + length } };
}

export function stageRefs(model: DockerfileModel): StageRef[] {
  const out: StageRef[] = [];
  for (const instr of model.instructions) {
    if (instr.keyword !== 'COPY' && instr.keyword !== 'RUN') continue;
    for (const flag of instr.flags) {
      if (flag.value === null || flag.range.start.line !== flag.range.end.line) continue;
      const valueOffset = 2 + flag.name.length + 1; // --name=
      if (instr.keyword === 'COPY' && flag.name === 'from' && flag.value !== '') {
        out.push({ instr, value: flag.value, range: sub(flag.range, valueOffset, flag.value.length), via: 'copy' });
      } else if (instr.keyword === 'RUN' && flag.name === 'mount') {
        let offset = 0;
        for (const option of flag.value.split(',')) {
          const m = /^(from)=(.*)$/i.exec(option);
          if (m && m[2]) out.push({ instr, value: m[2], range: sub(flag.range, valueOffset + offset + 5, m[2].length), via: 'mount' });
          offset += option.length + 1;
        }
      }
    }
  }
  return out;
}

/** A reference that names an image rather than a stage: a registry path, a tag or a digest. */
export function looksLikeImage(value: string): boolean {
  return /[/:@]/.test(value);
}
