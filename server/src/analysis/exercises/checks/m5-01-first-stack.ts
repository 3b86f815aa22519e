// Exercise of lesson m5-01-first-compose: a Compose file that reads without YAML errors, has no
// obsolete version: key, and runs two or more services: one built from a Dockerfile in the
// workspace (context folder and Dockerfile both present), one from a ready-made image with a
// version tag; a published port written as a quoted string.
import { NO_VARIABLES } from '../../compose/interpolation';
import { mapGet, scalarText, type ComposeModel, type Entry } from '../../compose/model';
import { servicePorts } from '../../compose/ports';
import { bestJudgement, composeFiles, cleanPath, criterion, folderOf, pinnedImageServices, textAt, type ComposeFile } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

const REMOTE = /^(https?:|git@|git:|ssh:|github\.com\/)|\.git(#.*)?$/;

/**
 * Does the service build from a folder of the workspace that holds its Dockerfile? The context
 * is relative to the compose file, `dockerfile:` relative to the context.
 */
function buildsLocally(files: WorkspaceFiles, model: ComposeModel, composePath: string, svc: Entry): boolean {
  const build = mapGet(model.doc, svc.value, 'build');
  if (!build?.value) return false;
  const short = scalarText(build.value);
  const context = short ?? textAt(model, build.value, 'context') ?? '.';
  if (context.includes('$') || REMOTE.test(context) || context.startsWith('/') || /^[A-Za-z]:/.test(context)) return false;
  const dir = cleanPath(folderOf(composePath) + context);
  const prefix = dir === '' ? '' : `${dir}/`;
  const folderExists = dir === '' || files.list().some((p) => p.startsWith(prefix));
  if (!folderExists) return false;
  if (short === undefined && mapGet(model.doc, build.value, 'dockerfile_inline')) return true;
  const dockerfile = (short === undefined ? textAt(model, build.value, 'dockerfile') : undefined) ?? 'Dockerfile';
  if (dockerfile.includes('$') || dockerfile.startsWith('/')) return false;
  return files.read(cleanPath(prefix + dockerfile)) !== undefined;
}

function judge(files: WorkspaceFiles, found: ComposeFile | undefined): Criterion[] {
  const model = found?.model;
  const services = model?.services ?? [];
  const parses = model !== undefined && model.doc.errors.length === 0 && model.root !== null;
  const hasVersion = model?.root ? mapGet(model.doc, model.root, 'version') !== undefined : false;
  const built = model && found ? services.filter((s) => buildsLocally(files, model, found.path, s)) : [];
  const pulled = model ? pinnedImageServices(model) : [];
  const ports = model ? services.flatMap((s) => servicePorts(model, s, NO_VARIABLES)) : [];
  const quoted = ports.length > 0 && ports.every((p) => p.form === 'long' || p.quote === 'double' || p.quote === 'single');
  return [
    criterion('compose-parses', parses,
      'A Compose file (compose.yaml) exists and reads without YAML errors: spaces for indentation, no key written twice in one mapping.',
      'Compose-файл (compose.yaml) существует и читается без ошибок YAML: отступы пробелами, ни один ключ не повторяется в одном отображении.'),
    criterion('no-version-key', model !== undefined && model.root !== null && !hasVersion,
      'The file has no top-level version: key: Compose v2 ignores it and warns about it on every run.',
      'В файле нет ключа version: верхнего уровня: Compose v2 его игнорирует и предупреждает о нём при каждом запуске.'),
    criterion('two-services', services.length >= 2,
      'The file defines at least two services under services:.',
      'В файле под services: описаны как минимум два сервиса.'),
    criterion('local-build', built.length > 0,
      'A service is built from your own Dockerfile with build:, and both the context folder and its Dockerfile exist in the workspace (the path is relative to the compose file).',
      'Один сервис собирается из вашего Dockerfile через build:, и папка контекста, и Dockerfile в ней есть в рабочей папке (путь считается от compose-файла).'),
    criterion('pinned-image', pulled.length > 0,
      'Another service runs a ready-made image: with a version tag, such as postgres:17 (not postgres or postgres:latest).',
      'Другой сервис запускает готовый образ из image: с тегом версии, например postgres:17 (а не postgres и не postgres:latest).'),
    criterion('quoted-port', quoted,
      'A service publishes a port, and every port in the short form is a quoted string, such as "8080:8000".',
      'Сервис публикует порт, и каждый порт в короткой форме записан строкой в кавычках, например "8080:8000".'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm5-01-first-stack',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files), (found) => judge(files, found));
  },
};
