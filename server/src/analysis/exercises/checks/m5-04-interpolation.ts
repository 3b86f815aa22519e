// Exercise of lesson m5-04-env-and-interpolation: the compose file uses a variable with a default
// or a required-value message, every variable it uses without a default is set in the .env next
// to it, a service reads an env_file that exists, a committed .env.example lists the variables,
// and .gitignore keeps .env (but not the example) out of git.
import { isScalar } from 'yaml';
import { parseDotEnv, parseTemplate, type VariableUse } from '../../compose/interpolation';
import { mapGet, scalarText, seqItems, type ComposeModel } from '../../compose/model';
import { scalarValues } from '../../compose/nodes';
import { isSecretName } from '../../compose/rules/DC015-literal-secret-in-environment';
import { bestJudgement, composeFiles, cleanPath, criterion, folderOf, gitIgnored, type ComposeFile } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

const EXAMPLES = ['.env.example', '.env.sample', '.env.template', '.env.dist'];
const WITH_DEFAULT = new Set(['-', ':-', '+', ':+']);
const BARE_KEY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*$/;

interface Variables {
  /** Every name the file reads, defaults included. */
  all: Set<string>;
  /** Names read with no default (`${VAR}`, `$VAR`, `${VAR:?msg}`, `${VAR?msg}`). */
  needed: Set<string>;
  /** Needed names that the .env does not set. */
  missing: Set<string>;
  /** At least one `${VAR:-d}`, `${VAR-d}`, `${VAR:?msg}` or `${VAR?msg}`. */
  guarded: boolean;
}

function variables(model: ComposeModel, env: Map<string, unknown> | undefined): Variables {
  const out: Variables = { all: new Set(), needed: new Set(), missing: new Set(), guarded: false };
  const walk = (uses: VariableUse[], top: boolean, counts: boolean) => {
    for (const u of uses) {
      out.all.add(u.name);
      if (u.op === ':-' || u.op === '-' || u.op === ':?' || u.op === '?') out.guarded = true;
      const set = env?.has(u.name) === true;
      if (!WITH_DEFAULT.has(u.op)) {
        if (top) out.needed.add(u.name);
        if (counts && !set) out.missing.add(u.name);
      }
      // A variable inside a default matters only when the outer one is unset (as DC023 sees it).
      walk(u.nested, false, counts && !set);
    }
  };
  for (const { node } of scalarValues(model)) {
    if (typeof node.value === 'string' && node.value.includes('$')) walk(parseTemplate(node.value).uses, true, true);
  }
  return out;
}

/** Paths of a service's env_file entries (string, list of strings, or list of {path, required}). */
function envFiles(model: ComposeModel, service: unknown): { path: string; required: boolean }[] {
  const node = mapGet(model.doc, service, 'env_file')?.value;
  const items = isScalar(node) ? [node] : seqItems(model.doc, node);
  return items.flatMap((item) => {
    const path = scalarText(item) ?? scalarText(mapGet(model.doc, item, 'path')?.value);
    if (path === undefined || path.trim() === '') return [];
    return [{ path, required: scalarText(mapGet(model.doc, item, 'required')?.value) !== 'false' }];
  });
}

/** Keys of an env file: `KEY=value` lines (as Compose parses them) and bare `KEY` lines. */
function keysOf(text: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const [k, e] of parseDotEnv(text)) out.set(k, e.value);
  for (const line of text.split(/\r?\n/)) {
    const m = BARE_KEY.exec(line);
    if (m && !out.has(m[1] as string)) out.set(m[1] as string, undefined);
  }
  return out;
}

function judge(files: WorkspaceFiles, found: ComposeFile | undefined): Criterion[] {
  const model = found?.model;
  const dir = found ? folderOf(found.path) : '';
  const envText = found ? files.read(`${dir}.env`) : undefined;
  // A bare `KEY` line in .env sets nothing: only KEY=value lines define a variable.
  const env = envText === undefined ? undefined : new Map([...parseDotEnv(envText)].map(([k, e]) => [k, e.value]));
  const vars = model ? variables(model, env) : undefined;

  const listed = model ? model.services.flatMap((s) => envFiles(model, s.value)) : [];
  const exists = (p: string) => !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && files.read(cleanPath(`${dir}${p}`)) !== undefined;
  const checked = listed.filter((f) => f.required && !f.path.includes('$'));
  const envFileOk = listed.some((f) => !f.path.includes('$') && exists(f.path)) && checked.every((f) => exists(f.path));

  const examplePath = found ? EXAMPLES.map((n) => `${dir}${n}`).find((p) => files.read(p) !== undefined) : undefined;
  const example = examplePath === undefined ? undefined : keysOf(files.read(examplePath) ?? '');
  const wanted = [...(env?.keys() ?? []), ...(vars?.needed ?? [])];
  // A copy of .env with its real passwords is not an example.
  const leaks = example !== undefined && env !== undefined && [...env].some(([k, v]) =>
    isSecretName(k) && v !== undefined && v !== '' && example.get(k) === v);
  const exampleOk = example !== undefined && example.size > 0 && wanted.every((k) => example.has(k)) && !leaks;

  const ignoredOk = found !== undefined && gitIgnored(files, `${dir}.env`)
    && !gitIgnored(files, examplePath ?? `${dir}.env.example`);

  return [
    criterion('default-or-required', vars?.guarded === true,
      'compose.yaml uses at least one variable with a default, ${VAR:-default}, or with an error message for when it is missing, ${VAR:?message}.',
      'В compose.yaml есть хотя бы одна переменная со значением по умолчанию, ${VAR:-default}, или с сообщением об ошибке на случай, если её нет, ${VAR:?сообщение}.'),
    criterion('variables-defined', vars !== undefined && vars.all.size > 0 && vars.missing.size === 0,
      'Every variable compose.yaml uses without a default is set in the .env file next to it, so Compose neither warns nor substitutes an empty string.',
      'Каждая переменная, которую compose.yaml использует без значения по умолчанию, задана в файле .env рядом с ним, поэтому Compose не выдаёт предупреждений и не подставляет пустую строку.'),
    criterion('env-file-exists', envFileOk,
      'A service reads container settings from an env_file (such as app.env), and every env_file a service lists exists at its path relative to the compose file.',
      'Сервис получает настройки контейнера из env_file (например, app.env), и каждый env_file, указанный у сервиса, существует по своему пути относительно compose-файла.'),
    criterion('example-lists-variables', exampleOk,
      'A .env.example next to compose.yaml lists every variable of .env and every variable compose.yaml needs, with placeholders instead of real passwords.',
      'Файл .env.example рядом с compose.yaml перечисляет все переменные из .env и все переменные, которые нужны compose.yaml, с заглушками вместо настоящих паролей.'),
    criterion('env-ignored', ignoredOk,
      '.gitignore lists .env, so your real values stay on your machine, while .env.example is not ignored and goes into the repository.',
      'Файл .env указан в .gitignore, и настоящие значения остаются на вашей машине, а .env.example не игнорируется и попадает в репозиторий.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm5-04-interpolation',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files), (found) => judge(files, found));
  },
};
