// Exercise of lesson m6-01-overrides-and-profiles: a base compose.yaml, a second file in the same
// folder that changes one of its services (compose.override.yaml or compose.<env>.yaml), and an
// optional service switched on by a profile, with the core services free of profiles.
import { deref, mapGet, mapPairs, scalarText, seqItems, type ComposeModel } from '../../compose/model';
import { bestJudgement, composeFiles, criterion } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const BASE = /^(compose|docker-compose)\.ya?ml$/i;

function split(path: string): { dir: string; name: string } {
  const i = path.lastIndexOf('/');
  return i < 0 ? { dir: '', name: path } : { dir: path.slice(0, i), name: path.slice(i + 1) };
}

function profilesOf(model: ComposeModel, service: unknown): string[] {
  return seqItems(model.doc, mapGet(model.doc, service, 'profiles')?.value)
    .map((n) => scalarText(n)).filter((s): s is string => s !== undefined && s !== '');
}

/** Names under depends_on, in its list or its mapping form. */
function dependsOn(model: ComposeModel, service: unknown): string[] {
  const node = deref(model.doc, mapGet(model.doc, service, 'depends_on')?.value ?? null);
  const fromList = seqItems(model.doc, node).map((n) => scalarText(n)).filter((s): s is string => s !== undefined);
  return [...fromList, ...mapPairs(model.doc, node).map((p) => String(p.key.value))];
}

interface Folder { base?: ComposeModel; others: ComposeModel[] }

function judge(folder: Folder | undefined): Criterion[] {
  const base = folder?.base;
  const baseNames = new Set(base?.services.map((s) => s.name) ?? []);
  const hasBase = baseNames.size > 0;
  const others = folder?.others ?? [];
  const overrides = hasBase && others.some((m) => m.services.some((s) => baseNames.has(s.name)));
  // A service's profiles, from every file of the folder (Compose appends lists when merging).
  const profiles = new Map<string, string[]>();
  const deps = new Map<string, string[]>();
  for (const m of [...(base ? [base] : []), ...others]) {
    for (const s of m.services) {
      profiles.set(s.name, [...(profiles.get(s.name) ?? []), ...profilesOf(m, s.value)]);
      deps.set(s.name, [...(deps.get(s.name) ?? []), ...dependsOn(m, s.value)]);
    }
  }
  const profiled = (name: string) => (profiles.get(name) ?? []).length > 0;
  const anyProfile = [...profiles.keys()].some(profiled);
  const core = [...baseNames].filter((n) => !profiled(n));
  const coreDepsFree = hasBase && core.length > 0
    && core.every((n) => (deps.get(n) ?? []).every((d) => !profiled(d)));
  return [
    criterion('base-file', hasBase,
      'The folder has a base file named compose.yaml (or compose.yml) that defines at least one service.',
      'В папке есть базовый файл compose.yaml (или compose.yml), в котором описан хотя бы один сервис.'),
    criterion('override-merges', overrides,
      'A second Compose file next to it (compose.override.yaml, or compose.prod.yaml used with -f) changes at least one service of the base file, under exactly the same service name.',
      'Второй compose-файл рядом с ним (compose.override.yaml или compose.prod.yaml, который подключают через -f) меняет хотя бы один сервис базового файла под тем же самым именем.'),
    criterion('profile-service', anyProfile,
      'At least one optional service has a profiles list, for example profiles: [debug], so it starts only with --profile debug.',
      'Хотя бы у одного необязательного сервиса есть список profiles, например profiles: [debug], и он запускается только с --profile debug.'),
    criterion('core-without-profile', hasBase && core.length > 0,
      'At least one service of the base file has no profiles, so a plain docker compose up starts the application.',
      'Хотя бы у одного сервиса базового файла нет profiles, поэтому обычный docker compose up запускает приложение.'),
    criterion('core-deps-not-profiled', coreDepsFree,
      'No service without a profile depends_on a service that has one: otherwise docker compose up fails when that profile is off.',
      'Ни один сервис без профиля не ссылается в depends_on на сервис с профилем: иначе docker compose up упадёт, когда этот профиль выключен.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm6-01-override-profile',
  kind: 'files',
  run(files) {
    const folders = new Map<string, Folder>();
    for (const { path, model } of composeFiles(files)) {
      const { dir, name } = split(path);
      const folder = folders.get(dir) ?? { others: [] };
      if (BASE.test(name) && (!folder.base || /^compose\./i.test(name))) {
        if (folder.base) folder.others.push(folder.base);
        folder.base = model;
      } else folder.others.push(model);
      folders.set(dir, folder);
    }
    return bestJudgement(folders.values(), judge);
  },
};
