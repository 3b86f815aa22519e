// m0-03-under-the-hood: two containers from the same alpine image, one adds a file and one
// changes a file from the image, so `docker diff` shows copy-on-write at work.
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
