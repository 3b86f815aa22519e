// m1-01-lifecycle: one container in each state the learner can reach by hand: created, running,
// paused, and exited with a chosen exit code.
import { criterion } from '../helpers';
import type { Criterion, EngineSnapshot, ExerciseCheck } from '../types';

type Container = EngineSnapshot['containers'][number];

/** `docker.io/library/alpine:3.22` and `alpine:3.22` are the same reference. */
function splitRef(ref: string): { name: string; tag?: string; digest?: string } {
  const short = ref.trim().replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(?:library\/)?/, '');
  if (/^sha256:/i.test(short)) return { name: short }; // the image lost its tag: only its ID is left
  const [rest = '', digest] = short.split('@');
  const slash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', slash + 1);
  const name = colon >= 0 ? rest.slice(0, colon) : rest;
  const tag = colon >= 0 ? rest.slice(colon + 1) : undefined;
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

function exitCode(c: Container | undefined): number | undefined {
  if (!c || c.state !== 'exited') return undefined;
  const m = /^exited\s*\((-?\d+)\)/i.exec(c.status.trim());
  return m ? Number(m[1]) : undefined;
}

function named(engine: EngineSnapshot, name: string): Container | undefined {
  return engine.containers.find((c) => c.name.split(',').some((n) => n.trim().replace(/^\//, '') === name));
}

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
