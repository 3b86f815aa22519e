// Exercise of lesson m4-03-volumes: the compose file declares a named volume, a service mounts
// it, every named volume a service uses is declared, and database services keep their files
// in a named volume mounted at the folder where the database writes them.
import { isMap, isScalar } from 'yaml';
import type { ComposeModel, Entry } from '../../compose/model';
import { mapGet, scalarText, seqItems } from '../../compose/model';
import { bestJudgement, composeFiles, criterion, DATA_DIRS } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

interface Mount { type: 'volume' | 'bind' | 'tmpfs' | 'anonymous'; source: string; target: string }

function clean(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

function mounts(model: ComposeModel, svc: Entry): Mount[] {
  return seqItems(model.doc, mapGet(model.doc, svc.value, 'volumes')?.value).flatMap((item): Mount[] => {
    if (isMap(item)) {
      const get = (k: string) => scalarText(mapGet(model.doc, item, k)?.value) ?? '';
      const type = get('type');
      const source = get('source');
      const target = clean(get('target'));
      if (type === 'volume') return [{ type: source === '' ? 'anonymous' : 'volume', source, target }];
      if (type === 'bind' || type === 'tmpfs') return [{ type, source, target }];
      return [];
    }
    if (!isScalar(item)) return [];
    const text = String(item.value);
    // A Windows drive (C:\data:/data) is a bind mount; split after it.
    const drive = /^[A-Za-z]:[\\/]/.test(text) ? 2 : 0;
    const colon = text.indexOf(':', drive);
    if (colon < 0) return [{ type: 'anonymous', source: '', target: clean(text) }];
    const source = text.slice(0, colon);
    const target = clean(text.slice(colon + 1).split(':')[0] as string);
    const bind = drive > 0 || /^[./~$]/.test(source);
    return [{ type: bind ? 'bind' : 'volume', source, target }];
  });
}

function imageName(model: ComposeModel, svc: Entry): string {
  const image = scalarText(mapGet(model.doc, svc.value, 'image')?.value) ?? '';
  return ((image.split('@')[0] as string).replace(/:[^/]*$/, '').split('/').pop() ?? '').toLowerCase();
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const services = model?.services ?? [];
  const declared = new Set((model?.topLevel('volumes') ?? []).map((e) => e.name));
  const perService = model ? services.map((s) => ({ svc: s, mounts: mounts(model, s) })) : [];
  const named = perService.flatMap((p) => p.mounts.filter((m) => m.type === 'volume'));
  const databasesOk = perService.every(({ svc, mounts: ms }) => {
    const dirs = model ? DATA_DIRS[imageName(model, svc)] : undefined;
    return !dirs || ms.some((m) => m.type === 'volume' && declared.has(m.source) && dirs.includes(m.target));
  });
  return [
    criterion('volume-declared', declared.size > 0,
      'The compose file declares a named volume under the top-level volumes: key (for example volumes: { db-data: {} }).',
      'В compose-файле объявлен именованный том под ключом верхнего уровня volumes: (например, volumes: { db-data: {} }).'),
    criterion('volume-mounted', named.some((m) => declared.has(m.source)),
      'A service mounts that named volume in its volumes: list, such as - db-data:/var/lib/postgresql/data.',
      'Сервис монтирует этот именованный том в своём списке volumes:, например - db-data:/var/lib/postgresql/data.'),
    criterion('volumes-defined', services.length > 0 && declared.size > 0 && named.every((m) => declared.has(m.source)),
      'Every named volume a service mounts is declared under the top-level volumes: key (a name that is not declared stops docker compose up).',
      'Каждый именованный том, который монтирует сервис, объявлен под ключом верхнего уровня volumes: (необъявленное имя остановит docker compose up).'),
    criterion('database-data-dir', services.length > 0 && declared.size > 0 && databasesOk,
      'Each database service mounts a named volume at the folder where the database writes its files: /var/lib/postgresql/data for postgres:17, /var/lib/mysql for mysql and mariadb, /data/db for mongo, /data for redis.',
      'Каждый сервис базы данных монтирует именованный том в папку, куда база пишет свои файлы: /var/lib/postgresql/data для postgres:17, /var/lib/mysql для mysql и mariadb, /data/db для mongo, /data для redis.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm4-03-named-volume',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
