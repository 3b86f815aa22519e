// m1-02-inside-a-container: a running nginx container with a published port to look into (exec,
// logs, inspect, top, stats, cp) and an interactive alpine shell the learner left cleanly.
import { criterion } from '../helpers';
import { pinnedImage, exitCode, named } from '../engine';
import type { Criterion, ExerciseCheck } from '../types';

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
