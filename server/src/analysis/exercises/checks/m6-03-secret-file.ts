// Exercise of lesson m6-03-secrets-and-configs: a secret declared at the top level from a file,
// used by a service (which then finds it at /run/secrets/NAME), every referenced secret or config
// declared, no password written into environment, and the secret file kept out of git.
import { deref, mapGet, scalarText, type ComposeModel } from '../../compose/model';
import { bestJudgement, composeFiles, criterion, gitIgnored, literalSecrets, serviceGrants } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `a/./b/../c` -> `a/c`; undefined when the path leaves the workspace or is absolute. */
function normalize(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('~')) return undefined;
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') { if (out.length === 0) return undefined; out.pop(); } else out.push(part);
  }
  return out.join('/');
}

function judge(files: WorkspaceFiles, found: { path: string; model: ComposeModel } | undefined): Criterion[] {
  const model = found?.model;
  const declared = model ? model.topLevel('secrets') : [];
  const sources = declared.map((e) => ({
    name: e.name,
    file: model ? scalarText(deref(model.doc, mapGet(model.doc, e.value, 'file')?.value ?? null)) : undefined,
    env: model ? scalarText(deref(model.doc, mapGet(model.doc, e.value, 'environment')?.value ?? null)) : undefined,
  })).filter((s) => s.file !== undefined || s.env !== undefined);
  const declaredNames = new Set(declared.map((e) => e.name));
  const configNames = new Set(model ? model.topLevel('configs').map((e) => e.name) : []);
  const services = model?.services ?? [];
  const used = model ? services.flatMap((s) => serviceGrants(model, s.value, 'secrets').map((g) => g.source)) : [];
  const usedConfigs = model ? services.flatMap((s) => serviceGrants(model, s.value, 'configs').map((g) => g.source)) : [];
  const usesDeclared = sources.some((s) => used.includes(s.name));
  const allDeclared = used.length > 0 && used.every((n) => declaredNames.has(n)) && usedConfigs.every((n) => configNames.has(n));
  const literal = model ? services.some((s) => literalSecrets(model, s.value).length > 0) : true;
  const dir = found ? dirOf(found.path) : '';
  const fileSources = sources.filter((s) => s.file !== undefined);
  const keptOut = sources.length > 0 && fileSources.every((s) => {
    const rel = normalize(dir ? `${dir}/${s.file}` : (s.file as string));
    return rel !== undefined && gitIgnored(files, rel);
  });
  return [
    criterion('secret-declared', sources.length > 0,
      'The Compose file declares a secret at the top level, with file: pointing at a file that holds the value (for example secrets/db_password.txt).',
      'В compose-файле на верхнем уровне объявлен секрет, и его file: указывает на файл со значением (например, secrets/db_password.txt).'),
    criterion('service-uses-secret', usesDeclared,
      'A service lists that secret under its own secrets:, so the container can read it at /run/secrets/<name>.',
      'Сервис перечисляет этот секрет в своём разделе secrets:, и контейнер может прочитать его в /run/secrets/<имя>.'),
    criterion('all-declared', allDeclared,
      'Every secret and config a service uses is declared in the top-level secrets: or configs: section.',
      'Каждый секрет и каждый конфиг, которые использует сервис, объявлены в разделе secrets: или configs: верхнего уровня.'),
    criterion('no-literal-secret', model !== undefined && services.length > 0 && !literal,
      'No service writes a password, token or key into environment: as plain text; point the image at the file instead (for example POSTGRES_PASSWORD_FILE: /run/secrets/db_password).',
      'Ни один сервис не записывает пароль, токен или ключ в environment: открытым текстом; вместо этого укажите образу путь к файлу (например, POSTGRES_PASSWORD_FILE: /run/secrets/db_password).'),
    criterion('secret-file-ignored', keptOut,
      'The secret file is listed in .gitignore, so it never reaches the repository.',
      'Файл секрета указан в .gitignore и не попадёт в репозиторий.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm6-03-secret-file',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files), (candidate) => judge(files, candidate));
  },
};
