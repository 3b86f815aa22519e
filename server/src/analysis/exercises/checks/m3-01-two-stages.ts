// Exercise of lesson m3-01-multi-stage: the Dockerfile builds in one stage and runs in another.
// The build stage is named, the final stage copies its result with COPY --from=<name>, and the
// final stage does not start FROM the stage it copies from (that would carry the compilers along).
import type { DockerfileModel, Stage } from '../../dockerfile/model';
import { bestJudgement, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const RESERVED = new Set(['scratch', 'context']);

/** Names (lower case) of earlier stages that `stage` copies from with COPY --from=<name>. */
function copiedStages(model: DockerfileModel, stage: Stage): Set<string> {
  const out = new Set<string>();
  for (const instr of stage.instructions) {
    if (instr.keyword !== 'COPY') continue;
    const from = instr.flags.find((f) => f.name === 'from')?.value;
    if (!from || /^\d+$/.test(from)) continue;
    const index = model.stageIndex(from);
    if (index !== undefined && index < stage.index) out.add(from.toLowerCase());
  }
  return out;
}

function judge(model: DockerfileModel | undefined): Criterion[] {
  const stages = model?.stages ?? [];
  const final = stages[stages.length - 1];
  const names = stages.flatMap((s) => (s.name ? [s.name.toLowerCase()] : []));
  const namesOk = names.length > 0 && new Set(names).size === names.length && !names.some((n) => RESERVED.has(n));
  const twoStages = stages.length >= 2 && stages.slice(0, -1).some((s) => s.name !== undefined) && namesOk;
  const copied = model && final && stages.length >= 2 ? copiedStages(model, final) : new Set<string>();
  const finalBase = final?.base.name.toLowerCase() ?? '';
  const fromBuildStage = copied.has(finalBase);
  return [
    criterion('two-stages', twoStages,
      'The Dockerfile has at least two stages (two FROM lines), the build stage is named with AS (for example FROM golang:1.23 AS build), and no two stages share a name.',
      'В Dockerfile не меньше двух этапов (две строки FROM), этап сборки назван через AS (например, FROM golang:1.23 AS build), и имена этапов не повторяются.'),
    criterion('copy-from-stage', copied.size > 0,
      'The final stage copies the build result from an earlier stage by name, with COPY --from=<stage name>.',
      'Последний этап забирает результат сборки из более раннего этапа по имени: COPY --from=<имя этапа>.'),
    criterion('final-from-runtime-base', copied.size > 0 && !fromBuildStage,
      'The final stage starts FROM a runtime base (an image such as python:3.12-slim or gcr.io/distroless/static-debian12, or a shared base stage), not FROM the stage it copies from, so build tools stay behind.',
      'Последний этап начинается с FROM от образа для запуска (например, python:3.12-slim или gcr.io/distroless/static-debian12, либо от общего базового этапа), а не от этапа, из которого копирует, — так инструменты сборки остаются позади.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm3-01-two-stages',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
