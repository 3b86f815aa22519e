// Exercise of lesson m2-01-first-dockerfile: a first Dockerfile with the five basic
// instructions (FROM, WORKDIR, COPY, RUN, CMD), each used the way the lesson teaches.
import type { DockerfileModel } from '../../dockerfile/model';
import { bestJudgement, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

function judge(model: DockerfileModel | undefined): Criterion[] {
  const all = model?.instructions ?? [];
  const firstReal = all.find((i) => i.keyword !== 'ARG');
  const stageNames = new Set((model?.stages ?? []).flatMap((s) => (s.name ? [s.name.toLowerCase()] : [])));
  const named = (model?.stages ?? []).filter((s) => !stageNames.has(s.base.name.toLowerCase()) && !s.base.isScratch);
  const tagged = named.length > 0 && named.every((s) => s.base.usesVariable || s.base.digest !== undefined
    || (s.base.tag !== undefined && s.base.tag !== '' && s.base.tag !== 'latest'));
  const workdirs = all.filter((i) => i.keyword === 'WORKDIR');
  const absolute = (p: string) => p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:[\\/]/.test(p);
  const finalStage = model?.stages[model.stages.length - 1];
  const final = finalStage?.instructions ?? [];
  return [
    criterion('from-first', firstReal?.keyword === 'FROM',
      'Your Dockerfile starts with FROM (only ARG lines and comments may come before it).',
      'Dockerfile начинается с FROM (перед ним допустимы только строки ARG и комментарии).'),
    criterion('from-tagged', tagged,
      'FROM names a base image with a version tag, such as python:3.12-slim, not a bare name or :latest.',
      'FROM указывает базовый образ с тегом версии, например python:3.12-slim, а не имя без тега или :latest.'),
    criterion('workdir-absolute', workdirs.length > 0 && workdirs.every((w) => absolute(w.args[0]?.value ?? '')),
      'WORKDIR sets an absolute working directory, such as /app.',
      'WORKDIR задаёт рабочий каталог абсолютным путём, например /app.'),
    criterion('copy', all.some((i) => i.keyword === 'COPY'),
      'A COPY instruction brings your program from the build context into the image.',
      'Инструкция COPY переносит программу из контекста сборки в образ.'),
    criterion('run', all.some((i) => i.keyword === 'RUN'),
      'A RUN instruction prepares something at build time, for example installs a package.',
      'Инструкция RUN что-то готовит во время сборки, например устанавливает пакет.'),
    criterion('cmd', final.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT'),
      'The last stage ends with a CMD that says which program the container starts.',
      'Последний этап содержит CMD: какую программу запускает контейнер.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-01-basic-instructions',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
