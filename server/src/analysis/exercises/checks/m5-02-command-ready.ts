// Exercise of lesson m5-02-compose-commands: a Compose file that `docker compose config` accepts
// and that is ready for the everyday commands: a fixed project name, a service that build tags
// with its image: name, one that pull fetches by a version tag, a named volume that down keeps
// (and down -v removes), and no container_name that would stop a second copy of the project.
import { analyzeModel } from '../../analyze';
import { parseDotEnv, NO_VARIABLES, type Lookup } from '../../compose/interpolation';
import { mapGet, type ComposeModel } from '../../compose/model';
import { unreadable } from '../../compose/nodes';
import { validateCompose } from '../../compose/schema';
import { serviceMounts } from '../../compose/volumes';
import { bestJudgement, composeFiles, criterion, folderOf, pinnedImageServices, textAt, type ComposeFile } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

/**
 * Compose's rule for project names: it refuses others given with -p or COMPOSE_PROJECT_NAME, and
 * quietly lowercases and strips a name: from the file (My Shop becomes myshop).
 */
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** Variables from the .env beside the compose file, which Compose uses to fill ${...}. */
function dotEnvLookup(files: WorkspaceFiles, composePath: string): Lookup {
  const text = files.read(`${folderOf(composePath)}.env`);
  if (text === undefined) return NO_VARIABLES;
  const vars = parseDotEnv(text);
  return (name) => vars.get(name)?.value;
}

/**
 * Errors that make `docker compose config` stop: a service, volume, network, secret or config
 * that is used but not defined, a dependency cycle, a port it cannot parse, an alias bomb.
 */
const REFUSED = new Set(['DC004', 'DC006', 'DC007', 'DC008', 'DC009', 'DC012', 'DC024']);

/**
 * Valid YAML that follows the Compose Specification (variables filled from the .env beside the
 * file, as Compose does), with at least one service and every reference defined.
 */
function configValid(files: WorkspaceFiles, found: ComposeFile): boolean {
  const { model } = found;
  if (model.doc.errors.length > 0 || model.root === null || model.services.length === 0 || unreadable(model)) return false;
  if (validateCompose(model, model.value(), dotEnvLookup(files, found.path)).length > 0) return false;
  return !analyzeModel(model).findings.some((f) => REFUSED.has(f.code) && f.severity === 'error');
}

function judge(files: WorkspaceFiles, found: ComposeFile | undefined): Criterion[] {
  const model = found?.model;
  const services = model?.services ?? [];
  const has = (svc: unknown, key: string) => model !== undefined && mapGet(model.doc, svc, key) !== undefined;
  const name = model?.root ? textAt(model, model.root, 'name') : undefined;
  const tagged = services.filter((s) => has(s.value, 'build') && (textAt(model as ComposeModel, s.value, 'image') ?? '') !== '');
  const pulled = model ? pinnedImageServices(model) : [];
  const declared = new Set(model ? model.topLevel('volumes').map((v) => v.name) : []);
  const mounted = model ? services.flatMap((s) => serviceMounts(model, s, NO_VARIABLES))
    .some((m) => m.type === 'volume' && m.source !== undefined && declared.has(m.source)) : false;
  return [
    criterion('config-valid', found !== undefined && configValid(files, found),
      'docker compose config accepts the file: valid YAML that follows the Compose Specification, with at least one service, and every service, volume, network or secret it refers to is defined.',
      'docker compose config принимает файл: это корректный YAML по Compose Specification хотя бы с одним сервисом, и каждый сервис, том, сеть или секрет, на которые он ссылается, определены.'),
    criterion('project-name', name !== undefined && PROJECT_NAME.test(name),
      'The file sets the project name with a top-level name: key, in lowercase letters, digits, - and _ (for example name: shop).',
      'Файл задаёт имя проекта ключом name: верхнего уровня: строчные латинские буквы, цифры, - и _ (например, name: shop).'),
    criterion('build-tagged', tagged.length > 0,
      'A service has both build: and image:, so docker compose build tags the image it builds with that name (for example shop-web:dev).',
      'У одного сервиса есть и build:, и image:, поэтому docker compose build помечает собранный образ этим именем (например, shop-web:dev).'),
    criterion('pulled-image', pulled.length > 0,
      'A service without build: runs an image: with a version tag (such as postgres:17), which docker compose pull downloads.',
      'Сервис без build: запускает образ из image: с тегом версии (например, postgres:17), и его скачивает docker compose pull.'),
    criterion('named-volume', mounted,
      'A service mounts a named volume declared under the top-level volumes: key: docker compose down keeps it, docker compose down -v deletes it.',
      'Сервис монтирует именованный том, объявленный под ключом volumes: верхнего уровня: docker compose down его сохраняет, а docker compose down -v удаляет.'),
    criterion('no-container-name', services.length > 0 && services.every((s) => !has(s.value, 'container_name')),
      'No service sets container_name: the commands take service names (docker compose exec web sh), and fixed names stop a second copy of the project from starting.',
      'Ни один сервис не задаёт container_name: команды принимают имена сервисов (docker compose exec web sh), а жёсткие имена не дадут запустить вторую копию проекта.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm5-02-command-ready',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files), (found) => judge(files, found));
  },
};
