// Exercise of lesson m4-05-configuration: settings live in an env file for docker run --env-file
// (KEY=value lines, no export), that file stays out of Git and out of the build context, and a
// committed example file lists the same keys for the next person.
import { parseDockerignore } from '../../project/dockerignore';
import { bestJudgement, criterion, gitIgnored } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function base(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `.env`, `app.env`, `config/prod.env`: files docker run --env-file reads. */
function isEnvFile(path: string): boolean {
  const name = base(path);
  return name === '.env' || (name.endsWith('.env') && name !== 'example.env' && !/[.-](example|sample|template)\.env$/.test(name));
}

function isExampleFile(path: string): boolean {
  return /\.env\.(example|sample|template)$|^(example|sample|template)\.env$|[.-](example|sample|template)\.env$/.test(base(path));
}

function keys(text: string): string[] {
  return text.split(/\r?\n/).flatMap((l) => {
    const m = KEY_LINE.exec(l.trim().replace(/^export\s+/, ''));
    return m ? [m[1] as string] : [];
  });
}

function wellFormed(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => KEY_LINE.test(l) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(l));
}

/** Does the .dockerignore at `ignorePath` leave out `path` (relative to that file's folder)? */
function leftOutBy(files: WorkspaceFiles, ignorePath: string, path: string): boolean {
  const text = files.read(ignorePath);
  return text !== undefined && parseDockerignore(text).excludes(path);
}

function judge(files: WorkspaceFiles, envPath: string | undefined): Criterion[] {
  const text = envPath === undefined ? undefined : files.read(envPath);
  const dir = envPath === undefined ? '' : envPath.slice(0, envPath.lastIndexOf('/') + 1);
  const envKeys = text === undefined ? [] : keys(text);
  const examples = files.list().filter(isExampleFile).map((p) => files.read(p) ?? '');
  const gitignored = envPath !== undefined && gitIgnored(files, envPath);
  const dockerignored = envPath !== undefined && (leftOutBy(files, `${dir}.dockerignore`, base(envPath)) || leftOutBy(files, '.dockerignore', envPath));
  return [
    criterion('env-file', text !== undefined && wellFormed(text) && !/^\s*export\s/m.test(text),
      'An env file for docker run --env-file (for example app.env) holds your settings as KEY=value lines, one per line, without export and without quotes you do not want in the value.',
      'Env-файл для docker run --env-file (например, app.env) хранит настройки строками KEY=value, по одной на строку, без export и без кавычек, которых не должно быть в значении.'),
    criterion('not-in-git', gitignored,
      'The env file is listed in .gitignore, so its values never reach the repository.',
      'Env-файл указан в .gitignore, и его значения не попадают в репозиторий.'),
    criterion('not-in-context', dockerignored,
      'The env file is listed in .dockerignore, so docker build never sends it into the build context or the image.',
      'Env-файл указан в .dockerignore, поэтому docker build не отправляет его в контекст сборки и в образ.'),
    criterion('example-file', envKeys.length > 0 && examples.some((e) => envKeys.every((k) => keys(e).includes(k))),
      'A committed example file (such as app.env.example) lists every key of the env file, with placeholder values instead of real ones.',
      'Файл-пример в репозитории (например, app.env.example) перечисляет все ключи env-файла, с заглушками вместо настоящих значений.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm4-05-env-file',
  kind: 'files',
  run(files) {
    return bestJudgement(files.list().filter(isEnvFile), (candidate) => judge(files, candidate));
  },
};
