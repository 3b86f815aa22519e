// Exercise of lesson m2-03-cmd-vs-entrypoint: the image's start command is written in exec
// form (a JSON array with double quotes), once, so that the program itself is PID 1.
import type { DockerfileModel } from '../../dockerfile/model';
import { bestJudgement, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

function judge(model: DockerfileModel | undefined): Criterion[] {
  const stage = model?.stages[model.stages.length - 1];
  const list = stage?.instructions ?? [];
  const cmds = list.filter((i) => i.keyword === 'CMD');
  const entrypoints = list.filter((i) => i.keyword === 'ENTRYPOINT');
  const lastOf = [cmds[cmds.length - 1], entrypoints[entrypoints.length - 1]].filter((i) => i !== undefined);
  const present = lastOf.length > 0;
  return [
    criterion('start-command', present,
      'The last stage of your Dockerfile has a CMD or an ENTRYPOINT that starts your program.',
      'В последнем этапе Dockerfile есть CMD или ENTRYPOINT, который запускает вашу программу.'),
    criterion('exec-form', present && lastOf.every((i) => i.execForm !== null && i.execForm.length > 0),
      'The final CMD and ENTRYPOINT are in exec form: a JSON array with double quotes, such as CMD ["python", "app.py"].',
      'Итоговые CMD и ENTRYPOINT записаны в exec-форме: JSON-массив в двойных кавычках, например CMD ["python", "app.py"].'),
    criterion('one-each', present && cmds.length <= 1 && entrypoints.length <= 1,
      'The last stage has at most one CMD and at most one ENTRYPOINT: earlier ones are silently ignored, so delete them.',
      'В последнем этапе не больше одного CMD и одного ENTRYPOINT: предыдущие молча игнорируются, удалите их.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-03-exec-form',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
