// m0-01-works-on-my-machine: the learner writes a Dockerfile that pins its base image and says
// what the container runs, so the environment travels with the code.
import { criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';
import type { DockerfileModel } from '../../dockerfile/model';

/** Every FROM names a tag other than latest, a digest, scratch, or an earlier stage. */
function pinned(model: DockerfileModel): boolean {
  if (model.stages.length === 0) return false;
  return model.stages.every((stage) => {
    const ref = stage.base;
    if (!ref.text || ref.usesVariable) return false;
    if (ref.isScratch || ref.digest) return true;
    const earlier = model.stageIndex(ref.name);
    if (earlier !== undefined && earlier < stage.index) return true;
    return ref.tag !== undefined && ref.tag !== '' && ref.tag.toLowerCase() !== 'latest';
  });
}

/** The last stage says what runs: a CMD or an ENTRYPOINT. */
function runs(model: DockerfileModel): boolean {
  const last = model.stages[model.stages.length - 1];
  return last !== undefined && last.instructions.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
}

export const check: ExerciseCheck = {
  id: 'm0-01-pinned-base',
  kind: 'files',
  run(files): Criterion[] {
    const found = dockerfiles(files).map(({ model }) => ({ pinned: pinned(model), runs: runs(model) }));
    // Judge the Dockerfile that gets furthest, so a stray second file does not hide progress.
    const best = found.sort((a, b) => Number(b.pinned) + Number(b.runs) - (Number(a.pinned) + Number(a.runs)))[0];
    return [
      criterion('dockerfile-exists', found.length > 0,
        'Your workspace has a Dockerfile (create one named Dockerfile in the workspace folder).',
        'В рабочей папке есть Dockerfile (создайте файл с именем Dockerfile в корне папки).'),
      criterion('base-pinned', best?.pinned === true,
        'Every FROM names its image with a version tag or a digest, for example python:3.12-slim, not a bare name or latest.',
        'Каждая инструкция FROM указывает образ с тегом версии или дайджестом, например python:3.12-slim, а не голое имя или latest.'),
      criterion('says-what-runs', best?.runs === true,
        'The Dockerfile ends with a CMD (or ENTRYPOINT) that says which program the container runs.',
        'В Dockerfile есть CMD (или ENTRYPOINT), который говорит, какую программу запускает контейнер.'),
    ];
  },
};
