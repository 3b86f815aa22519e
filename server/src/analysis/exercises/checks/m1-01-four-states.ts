// m1-01-lifecycle: one container in each state the learner can reach by hand: created, running,
// paused, and exited with a chosen exit code.
import { criterion } from '../helpers';
import { splitRef, exitCode, named, type Container } from '../engine';
import type { Criterion, ExerciseCheck } from '../types';

function pinned(c: Container | undefined): boolean {
  if (!c) return false;
  const r = splitRef(c.image);
  return r.name !== '' && !/^(sha256:)?[0-9a-f]{12,64}$/.test(r.name) &&
    (r.digest !== undefined || (r.tag !== undefined && r.tag.toLowerCase() !== 'latest'));
}

export const check: ExerciseCheck = {
  id: 'm1-01-four-states',
  kind: 'engine',
  run(engine): Criterion[] {
    const created = named(engine, 'lc-created');
    const running = named(engine, 'lc-running');
    const paused = named(engine, 'lc-paused');
    const exited = named(engine, 'lc-exited');
    const all = [created, running, paused, exited];
    return [
      criterion('created', created?.state === 'created',
        'A container named lc-created is in the created state: make it with docker create, and do not start it.',
        'Контейнер lc-created находится в состоянии created: создайте его через docker create и не запускайте.'),
      criterion('running', running?.state === 'running',
        'A container named lc-running is running (docker run -d keeps it in the background).',
        'Контейнер lc-running работает (docker run -d оставляет его в фоне).'),
      criterion('paused', paused?.state === 'paused',
        'A container named lc-paused is paused: start it, then run docker pause lc-paused.',
        'Контейнер lc-paused приостановлен: запустите его, затем выполните docker pause lc-paused.'),
      criterion('exited-3', exitCode(exited) === 3,
        'A container named lc-exited has exited with code 3: its command ends with exit 3.',
        'Контейнер lc-exited завершился с кодом 3: его команда заканчивается на exit 3.'),
      criterion('pinned-images', all.every(pinned),
        'All four containers use images with a version tag, such as nginx:1.27-alpine or alpine:3.22, never latest.',
        'Все четыре контейнера созданы из образов с тегом версии, например nginx:1.27-alpine или alpine:3.22, но не latest.'),
    ];
  },
};
