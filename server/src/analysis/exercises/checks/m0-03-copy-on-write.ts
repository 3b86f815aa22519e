// m0-03-under-the-hood: two containers from the same alpine image, one adds a file and one
// changes a file from the image, so `docker diff` shows copy-on-write at work.
import { criterion } from '../helpers';
import { splitRef, pinnedImage, exitCode, named } from '../engine';
import type { Criterion, ExerciseCheck } from '../types';

export const check: ExerciseCheck = {
  id: 'm0-03-copy-on-write',
  kind: 'engine',
  run(engine): Criterion[] {
    const a = named(engine, 'cow-a');
    const b = named(engine, 'cow-b');
    return [
      criterion('cow-a', a !== undefined && pinnedImage(a.image, 'alpine'),
        'A container named cow-a exists and was created from alpine with a version tag, for example alpine:3.22.',
        'Существует контейнер cow-a, созданный из alpine с тегом версии, например alpine:3.22.'),
      criterion('cow-b-same-image', a !== undefined && b !== undefined && pinnedImage(b.image, 'alpine') &&
        splitRef(a.image).tag === splitRef(b.image).tag && splitRef(a.image).digest === splitRef(b.image).digest,
        'A container named cow-b exists and was created from exactly the same image reference as cow-a.',
        'Существует контейнер cow-b, созданный из той же самой ссылки на образ, что и cow-a.'),
      criterion('both-exited-0', exitCode(a) === 0 && exitCode(b) === 0,
        'Both cow-a and cow-b have finished and exited with code 0, so their writable layers are still there for docker diff.',
        'Оба контейнера, cow-a и cow-b, завершились с кодом 0, и их слои для записи остались для docker diff.'),
    ];
  },
};
