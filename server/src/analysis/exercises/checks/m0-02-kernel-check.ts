// m0-02-containers-vs-vms: the learner runs `uname -r` in an alpine container and keeps the
// exited container, to compare its kernel with the host's.
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

function pinnedImage(ref: string, name: string): boolean {
  const r = splitRef(ref);
  return r.name === name && (r.digest !== undefined || (r.tag !== undefined && r.tag.toLowerCase() !== 'latest'));
}

function exitCode(c: Container | undefined): number | undefined {
  if (!c || c.state !== 'exited') return undefined;
  const m = /^exited\s*\((-?\d+)\)/i.exec(c.status.trim());
  return m ? Number(m[1]) : undefined;
}

function named(engine: EngineSnapshot, name: string): Container | undefined {
  return engine.containers.find((c) => c.name.split(',').some((n) => n.trim().replace(/^\//, '') === name));
}

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
