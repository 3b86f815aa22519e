// Exercise of lesson m4-04-backup-restore: the learner backs up the volume notes-data with a
// helper container, restores the archive into a new volume notes-data-restored, and starts
// PostgreSQL on the restored copy. The snapshot shows the two volumes and the running container.
import { criterion } from '../helpers';
import type { Criterion, EngineSnapshot, ExerciseCheck } from '../types';

function hasVolume(engine: EngineSnapshot, name: string): boolean {
  return engine.volumes.some((v) => v.name.trim() === name);
}

/** `postgres:17`, also as docker.io/library/postgres:17 (Podman) or with a digest. */
function isPostgres17(image: string): boolean {
  const ref = image.trim().replace(/@sha256:[a-f0-9]+$/, '').replace(/^(?:docker\.io|index\.docker\.io)\/(?:library\/)?/, '');
  return /^postgres:17([.-][\w.-]*)?$/.test(ref);
}

export const check: ExerciseCheck = {
  id: 'm4-04-volume-restore',
  kind: 'engine',
  run(engine): Criterion[] {
    const restored = engine.containers.find((c) => c.name.replace(/^\//, '') === 'notes-restored');
    return [
      criterion('source-volume', hasVolume(engine, 'notes-data'),
        'docker volume ls lists notes-data, the volume that holds the original database (create it by running postgres:17 with -v notes-data:/var/lib/postgresql/data).',
        'docker volume ls показывает notes-data — том с исходной базой (он появится, если запустить postgres:17 с -v notes-data:/var/lib/postgresql/data).'),
      criterion('restored-volume', hasVolume(engine, 'notes-data-restored'),
        'docker volume ls lists notes-data-restored, the new volume you unpacked the backup archive into.',
        'docker volume ls показывает notes-data-restored — новый том, в который вы распаковали архив резервной копии.'),
      criterion('restored-running', restored !== undefined && isPostgres17(restored.image) && restored.state.trim().toLowerCase() === 'running',
        'A container named notes-restored runs postgres:17 on the restored volume, and docker ps shows it as Up.',
        'Контейнер с именем notes-restored запускает postgres:17 на восстановленном томе, и docker ps показывает его в состоянии Up.'),
    ];
  },
};
