// Exercise of lesson m3-02-image-size: the final image starts from a small base (slim, alpine,
// distroless, scratch), package managers leave no caches or optional extras behind, and the
// final stage installs no compilers or -dev packages (those belong in a build stage).
import type { DockerfileModel, Stage } from '../../dockerfile/model';
import type { ShellCommand } from '../../dockerfile/shell';
import { bestJudgement, criterion, dockerfiles, hasCacheMount, installKind, pipInstalls, rootStage } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const SMALL_TAG = /(^|[-_.])(slim|alpine|minimal|distroless|static|nonroot)([-_.]|\d|$)/i;
const BUILD_TOOLS = new Set(['build-essential', 'build-base', 'alpine-sdk', 'gcc', 'g++', 'clang', 'make', 'cmake', 'musl-dev', 'libc-dev', 'libc6-dev']);

function isSmallBase(model: DockerfileModel, stage: Stage): boolean {
  const ref = rootStage(model, stage).base;
  if (ref.isScratch) return true;
  const name = ref.name.toLowerCase();
  if (/distroless|chainguard|cgr\.dev\//.test(name)) return true;
  const last = name.split('/').pop() ?? '';
  if (last === 'alpine' || last === 'busybox') return true;
  return ref.tag !== undefined && SMALL_TAG.test(ref.tag);
}

function words(c: ShellCommand): string[] {
  return c.words.map((w) => w.value);
}

function leanInstalls(model: DockerfileModel): boolean {
  for (const stage of model.stages) {
    for (const instr of stage.instructions) {
      if (instr.keyword !== 'RUN' || instr.execForm) continue;
      for (const c of model.commands(instr)) {
        const kind = installKind(c);
        const w = words(c);
        if (kind === 'apt' && !w.includes('--no-install-recommends')) return false;
        if (kind === 'apk' && !w.includes('--no-cache') && !hasCacheMount(instr)) return false;
      }
    }
  }
  return pipInstalls(model).every((p) => p.lean);
}

function installsBuildTools(model: DockerfileModel, stage: Stage): boolean {
  return stage.instructions.some((instr) => instr.keyword === 'RUN' && !instr.execForm && model.commands(instr).some((c) => {
    const kind = installKind(c);
    if (kind !== 'apt' && kind !== 'apk') return false;
    return words(c).some((w) => BUILD_TOOLS.has(w) || /^[a-z0-9.+-]+-dev$/.test(w));
  }));
}

function judge(model: DockerfileModel | undefined): Criterion[] {
  const final = model?.stages[model.stages.length - 1];
  return [
    criterion('small-base', model !== undefined && final !== undefined && isSmallBase(model, final),
      'The final stage starts from a small base: a -slim or -alpine tag, a distroless image, or scratch (for example python:3.12-slim).',
      'Последний этап начинается с маленькой базы: тег -slim или -alpine, образ distroless или scratch (например, python:3.12-slim).'),
    criterion('lean-installs', model !== undefined && final !== undefined && leanInstalls(model),
      'Package installs leave nothing extra behind: apt-get install uses --no-install-recommends, apk add uses --no-cache, and pip install uses --no-cache-dir (or a cache mount).',
      'Установка пакетов не оставляет лишнего: apt-get install с --no-install-recommends, apk add с --no-cache, pip install с --no-cache-dir (или с cache-монтированием).'),
    criterion('no-build-tools-in-final', model !== undefined && final !== undefined && !installsBuildTools(model, final),
      'The final stage installs no compilers or -dev packages (build-essential, gcc, build-base, libpq-dev and the like): build in an earlier stage and copy the result.',
      'Последний этап не ставит компиляторы и пакеты -dev (build-essential, gcc, build-base, libpq-dev и подобные): собирайте в раннем этапе и копируйте результат.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm3-02-lean-image',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
