// m0-04-first-run: the learner pulls a pinned alpine image and runs a first container with a name,
// then reads its state and exit code in `docker ps -a`.
import { criterion } from '../helpers';
import { pinnedImage, exitCode, named } from '../engine';
import type { Criterion, ExerciseCheck } from '../types';

export const check: ExerciseCheck = {
  id: 'm0-04-first-run',
  kind: 'engine',
  run(engine): Criterion[] {
    const c = named(engine, 'first-run');
    const pulled = engine.images.some((i) => pinnedImage(`${i.repository}:${i.tag}`, 'alpine'));
    return [
      criterion('image-pulled', pulled,
        'docker images lists alpine with a version tag, for example alpine:3.22 (docker pull alpine:3.22 fetches it).',
        'docker images показывает alpine с тегом версии, например alpine:3.22 (его скачивает docker pull alpine:3.22).'),
      criterion('container-exists', c !== undefined,
        'A container named first-run exists: create it with docker run --name first-run and without --rm.',
        'Существует контейнер first-run: создайте его командой docker run --name first-run без --rm.'),
      criterion('pinned-alpine', c !== undefined && pinnedImage(c.image, 'alpine'),
        'first-run was created from alpine with a version tag, not from alpine or alpine:latest.',
        'first-run создан из alpine с тегом версии, а не из alpine или alpine:latest.'),
      criterion('exited-0', exitCode(c) === 0,
        'first-run has printed its message and exited with code 0: docker ps -a shows Exited (0).',
        'first-run вывел сообщение и завершился с кодом 0: docker ps -a показывает Exited (0).'),
    ];
  },
};
