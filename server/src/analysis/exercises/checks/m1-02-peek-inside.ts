// m1-02-inside-a-container: a running nginx container with a published port to look into (exec,
// logs, inspect, top, stats, cp) and an interactive alpine shell the learner left cleanly.
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

/** `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp` publishes container port 80 on host port 8080. */
function publishes(ports: string, host: number, container: number): boolean {
  return ports.split(',').some((p) => new RegExp(`(^|:)${host}->${container}/tcp$`).test(p.trim()));
}

export const check: ExerciseCheck = {
  id: 'm1-02-peek-inside',
  kind: 'engine',
  run(engine): Criterion[] {
    const peek = named(engine, 'peek');
    const shell = named(engine, 'shell-box');
    return [
      criterion('peek-running', peek?.state === 'running' && pinnedImage(peek.image, 'nginx'),
        'A container named peek is running from nginx with a version tag, for example nginx:1.27-alpine.',
        'Работает контейнер peek из nginx с тегом версии, например nginx:1.27-alpine.'),
      criterion('peek-port', peek !== undefined && publishes(peek.ports, 8080, 80),
        'peek publishes container port 80 on host port 8080 (-p 8080:80), so http://localhost:8080 answers.',
        'peek публикует порт 80 контейнера на порт 8080 хоста (-p 8080:80), и http://localhost:8080 отвечает.'),
      criterion('shell-box', shell !== undefined && pinnedImage(shell.image, 'alpine') && exitCode(shell) === 0,
        'A container named shell-box, from alpine with a version tag, has exited with code 0: you left its shell with exit 0.',
        'Контейнер shell-box из alpine с тегом версии завершился с кодом 0: вы вышли из его оболочки командой exit 0.'),
    ];
  },
};
