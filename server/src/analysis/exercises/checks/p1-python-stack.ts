// Exercise of project p1-python-cli-postgres: a Python command-line tool in an image built from a
// slim (or multi-stage) Dockerfile that runs as a non-root user, keeps .git, .env, virtualenvs and
// __pycache__ out of its context and leaves no pip cache behind; and a Compose file that runs it
// next to PostgreSQL: a pinned image with its data on a named volume, settings from environment
// variables (no password written in the file), and the app started only once the database is healthy.
import { knownImage, serviceImage } from '../../compose/images';
import { NO_VARIABLES } from '../../compose/interpolation';
import { mapGet, type ComposeModel, type Entry } from '../../compose/model';
import { serviceRefs } from '../../compose/refs';
import { serviceMounts } from '../../compose/volumes';
import type { DockerfileModel } from '../../dockerfile/model';
import {
  composeFiles, criterion, DATA_DIRS, dockerfiles, dockerignoreFor, envFileVariables, finalUser, healthcheckCommand,
  isNonRoot, literalSecrets, mostPassed, pinnedImage, pipInstalls, rootStage, serviceEnvironment,
} from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

/** Variables a PostgreSQL client reads: a URL, libpq's PG* set, or the POSTGRES_* names many apps use. */
const DB_SETTING = /^(DATABASE_URL|PG[A-Z]+|POSTGRES_[A-Z_]+)$/;

/** The final stage starts from python:*-slim, or the build has a stage that the final stage copies from. */
function slimOrMultiStage(model: DockerfileModel): boolean {
  const final = model.stages[model.stages.length - 1];
  if (!final) return false;
  const copiesFromStage = final.instructions.some((i) => i.keyword === 'COPY' && i.flags.some((f) => f.name === 'from'
    && f.value !== null && (model.stageIndex(f.value) ?? (/^\d+$/.test(f.value) ? Number(f.value) : Infinity)) < final.index));
  if (model.stages.length >= 2 && copiesFromStage) return true;
  const base = rootStage(model, final).base;
  const name = base.name.toLowerCase().split('/').pop() ?? '';
  return name === 'python' && /(^|[-.])slim(-|$)/.test(base.tag ?? '');
}

function judgeDockerfile(files: WorkspaceFiles, found: { path: string; model: DockerfileModel } | undefined): Criterion[] {
  const model = found?.model;
  const ignore = found ? dockerignoreFor(files, found.path) : undefined;
  const excluded = (path: string) => ignore?.excludes(path) === true;
  const ignoreOk = excluded('.git') && excluded('.git/HEAD') && excluded('.env')
    && (excluded('.venv') || excluded('venv')) && excluded('app/__pycache__/main.cpython-313.pyc');
  const pips = model ? pipInstalls(model) : [];
  return [
    criterion('slim-or-multi-stage', model !== undefined && slimOrMultiStage(model),
      'The final stage of the Dockerfile starts FROM a slim Python image (for example python:3.13-slim), or the Dockerfile is multi-stage and its final stage copies the result with COPY --from.',
      'Последний этап Dockerfile начинается с FROM от slim-образа Python (например, python:3.13-slim), или Dockerfile многоэтапный и последний этап забирает результат через COPY --from.'),
    criterion('non-root-user', model !== undefined && isNonRoot(finalUser(model)),
      'The final stage switches to a non-root user with USER (for example USER 10001) before the program starts.',
      'Последний этап переключается на пользователя без прав root через USER (например, USER 10001) до запуска программы.'),
    criterion('dockerignore', ignoreOk,
      'A .dockerignore next to the Dockerfile excludes .git, .env, the virtualenv (.venv or venv) and __pycache__ folders at any depth (**/__pycache__).',
      'Файл .dockerignore рядом с Dockerfile исключает .git, .env, виртуальное окружение (.venv или venv) и папки __pycache__ на любой глубине (**/__pycache__).'),
    criterion('pip-no-cache', pips.length > 0 && pips.every((p) => p.lean),
      'The Dockerfile installs the requirements with pip install --no-cache-dir (or a RUN --mount=type=cache), so pip\'s download cache stays out of the image.',
      'Dockerfile ставит зависимости через pip install --no-cache-dir (или RUN --mount=type=cache), и кэш загрузок pip не попадает в образ.'),
  ];
}

function isPostgres(model: ComposeModel, svc: Entry): boolean {
  return knownImage(serviceImage(model, svc))?.product.startsWith('PostgreSQL') === true;
}

function judgeCompose(files: WorkspaceFiles, found: { path: string; model: ComposeModel } | undefined): Criterion[] {
  const model = found?.model;
  const services = model?.services ?? [];
  const db = model ? services.find((s) => isPostgres(model, s)) : undefined;
  const refs = model ? serviceRefs(model).filter((r) => r.via === 'depends_on') : [];
  const others = services.filter((s) => s !== db);
  const score = (s: Entry) => Number(model !== undefined && mapGet(model.doc, s.value, 'build') !== undefined)
    + Number(db !== undefined && refs.some((r) => r.from.name === s.name && r.name === db.name));
  const app = [...others].sort((a, b) => score(b) - score(a))[0];

  const declaredVolumes = new Set(model ? model.topLevel('volumes').map((v) => v.name) : []);
  const dataOnVolume = model !== undefined && db !== undefined && serviceMounts(model, db, NO_VARIABLES).some((m) =>
    m.type === 'volume' && m.source !== undefined && declaredVolumes.has(m.source)
    && (DATA_DIRS.postgres ?? []).includes((m.target ?? '').replace(/\/+$/, '')));

  const appVars = model && found && app
    ? [...serviceEnvironment(model, app.value).map((v) => v.name), ...envFileVariables(files, model, found.path, app.value).keys()] : [];
  const noLiterals = model !== undefined && services.every((s) => literalSecrets(model, s.value).length === 0);

  const waits = db !== undefined && app !== undefined
    && refs.some((r) => r.from.name === app.name && r.name === db.name && r.condition === 'service_healthy');
  const probe = model && db ? healthcheckCommand(model, db) : undefined;
  return [
    criterion('postgres-named-volume', db !== undefined && pinnedImage(model ? serviceImage(model, db) : undefined) && dataOnVolume,
      'The compose file has a postgres service with a pinned tag (for example postgres:17, not latest) whose data folder /var/lib/postgresql/data is a named volume declared under the top-level volumes: key.',
      'В compose-файле есть сервис postgres с закреплённым тегом (например, postgres:17, а не latest), и его папка данных /var/lib/postgresql/data — именованный том, объявленный в разделе volumes: верхнего уровня.'),
    criterion('settings-from-environment', app !== undefined && appVars.some((n) => DB_SETTING.test(n)) && noLiterals,
      'The app service gets its database settings from environment variables (DATABASE_URL, or PGHOST, PGUSER, PGPASSWORD and PGDATABASE), and no password is written into the compose file: use ${VARIABLE} from .env, or a secret.',
      'Сервис приложения получает настройки базы из переменных окружения (DATABASE_URL или PGHOST, PGUSER, PGPASSWORD и PGDATABASE), и ни один пароль не записан в compose-файл: используйте ${ПЕРЕМЕННУЮ} из .env или секрет.'),
    criterion('waits-for-healthy-db', waits && probe !== undefined && /\bpg_isready\b/.test(probe),
      'The app depends_on the database with condition: service_healthy, and the database has a healthcheck that runs pg_isready.',
      'Приложение зависит от базы через depends_on с condition: service_healthy, а у базы есть healthcheck, который запускает pg_isready.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'p1-python-stack',
  kind: 'files',
  run(files) {
    const image = mostPassed(dockerfiles(files).map((df) => judgeDockerfile(files, df))) ?? judgeDockerfile(files, undefined);
    const stack = mostPassed(composeFiles(files).map((cf) => judgeCompose(files, cf))) ?? judgeCompose(files, undefined);
    return [...image, ...stack];
  },
};
