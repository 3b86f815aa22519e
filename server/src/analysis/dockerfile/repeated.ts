// "Only the last one counts": the earlier CMD, ENTRYPOINT or HEALTHCHECK of a stage is ignored.
import type { DockerfileModel, Instruction } from './model';

export function repeats(file: DockerfileModel, keyword: string): { earlier: Instruction; last: Instruction }[] {
  return file.stages.flatMap((s) => {
    const all = s.instructions.filter((i) => i.keyword === keyword);
    const last = all[all.length - 1];
    return last ? all.slice(0, -1).map((earlier) => ({ earlier, last })) : [];
  });
}
