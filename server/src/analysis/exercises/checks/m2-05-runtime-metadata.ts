// Exercise of lesson m2-05-expose-volume-user-healthcheck: the final image documents its port
// correctly, runs as a non-root user, checks its own health once, and labels itself with LABEL.
import type { DockerfileModel } from '../../dockerfile/model';
import { bestJudgement, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

function validPort(spec: string): boolean {
  if (spec.includes('$')) return true;
  const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/.exec(spec);
  if (!m) return false;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  return low >= 1 && high <= 65535 && low <= high;
}

function judge(model: DockerfileModel | undefined): Criterion[] {
  const all = model?.instructions ?? [];
  const final = model?.stages[model.stages.length - 1]?.instructions ?? [];
  const exposes = all.filter((i) => i.keyword === 'EXPOSE');
  const users = final.filter((i) => i.keyword === 'USER');
  const user = users[users.length - 1]?.args[0]?.value.split(':')[0] ?? '';
  const checks = final.filter((i) => i.keyword === 'HEALTHCHECK');
  const health = checks[0];
  return [
    criterion('expose-valid', exposes.length > 0 && exposes.every((i) => i.args.length > 0 && i.args.every((a) => validPort(a.value))),
      'EXPOSE documents the port your program listens on as a container port only, such as EXPOSE 8000 or EXPOSE 5353/udp (no host port, lower-case protocol).',
      'EXPOSE документирует порт, который слушает программа, — только порт контейнера, например EXPOSE 8000 или EXPOSE 5353/udp (без порта хоста, протокол строчными буквами).'),
    criterion('non-root-user', user !== '' && user !== 'root' && user !== '0',
      'The last stage switches to a non-root USER before the container starts.',
      'Последний этап переключается на пользователя без прав root (USER) до запуска контейнера.'),
    criterion('one-healthcheck', checks.length === 1 && health?.args[0]?.value.toUpperCase() === 'CMD' && health.args.length > 1,
      'The last stage has exactly one HEALTHCHECK with a CMD that tests your program, using a tool the image contains.',
      'В последнем этапе ровно один HEALTHCHECK с CMD, который проверяет программу инструментом, имеющимся в образе.'),
    criterion('label-not-maintainer', all.some((i) => i.keyword === 'LABEL') && !all.some((i) => i.keyword === 'MAINTAINER'),
      'The image carries metadata in LABEL instructions (for example org.opencontainers.image.authors) and no MAINTAINER.',
      'Метаданные образа заданы инструкциями LABEL (например, org.opencontainers.image.authors), а MAINTAINER не используется.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-05-runtime-metadata',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
