// m0-02-containers-vs-vms: the learner runs `uname -r` in an alpine container and keeps the
// exited container, to compare its kernel with the host's.
import { criterion } from '../helpers';
import { pinnedImage, exitCode, named } from '../engine';
import type { Criterion, ExerciseCheck } from '../types';

export const check: ExerciseCheck = {
  id: 'm0-02-kernel-check',
  kind: 'engine',
  run(engine): Criterion[] {
    const c = named(engine, 'kernel-check');
    return [
      criterion('exists', c !== undefined,
        'A container named kernel-check exists: run it with --name kernel-check and without --rm, so docker ps -a still lists it.',
        'Существует контейнер с именем kernel-check: запустите его с --name kernel-check и без --rm, чтобы docker ps -a его показывал.'),
      criterion('pinned-alpine', c !== undefined && pinnedImage(c.image, 'alpine'),
        'kernel-check was created from alpine with a version tag, for example alpine:3.22 (not alpine or alpine:latest).',
        'kernel-check создан из alpine с тегом версии, например alpine:3.22 (а не alpine или alpine:latest).'),
      criterion('exited-0', exitCode(c) === 0,
        'kernel-check has finished its command and exited with code 0: docker ps -a shows Exited (0).',
        'kernel-check выполнил команду и завершился с кодом 0: docker ps -a показывает Exited (0).'),
    ];
  },
};
