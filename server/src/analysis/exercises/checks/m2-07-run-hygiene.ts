// Exercise of lesson m2-07-run-hygiene: apt-get is used the way a build needs it (update and
// install in one RUN, -y, --no-install-recommends, lists removed), COPY instead of ADD for
// local files, WORKDIR instead of cd, and pipes that fail when any part fails.
import type { DockerfileModel } from '../../dockerfile/model';
import { programOf, type ShellCommand } from '../../dockerfile/shell';
import { bestJudgement, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

function isApt(c: ShellCommand, sub: string): boolean {
  const p = programOf(c);
  if (p?.name !== 'apt-get' && p?.name !== 'apt') return false;
  return c.words.slice(p.index + 1).some((w) => w.value === sub);
}

function saysYes(c: ShellCommand): boolean {
  return c.words.some((w) => w.value === '--yes' || w.value === '--assume-yes' || /^-[a-zA-Z]*y[a-zA-Z]*$/.test(w.value));
}

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;

function judge(model: DockerfileModel | undefined): Criterion[] {
  const runs = (model?.instructions ?? []).filter((i) => i.keyword === 'RUN' && !i.execForm);
  const aptRuns = runs.map((r) => ({ r, cmds: model ? model.commands(r) : [] }))
    .filter(({ cmds }) => cmds.some((c) => isApt(c, 'install') || isApt(c, 'update')));
  const installs = aptRuns.flatMap(({ cmds }) => cmds.filter((c) => isApt(c, 'install')));
  const any = installs.length > 0;
  const together = any && aptRuns.every(({ cmds }) => {
    const u = cmds.findIndex((c) => isApt(c, 'update'));
    const i = cmds.findIndex((c) => isApt(c, 'install'));
    return u >= 0 && i > u;
  });
  const cleaned = any && aptRuns.every(({ r, cmds }) =>
    !cmds.some((c) => isApt(c, 'install'))
    || r.flags.some((f) => f.name === 'mount' && /target=\/var\/lib\/apt/.test(f.value ?? ''))
    || cmds.some((c) => programOf(c)?.name === 'rm' && c.words.some((w) => w.value.startsWith('/var/lib/apt/lists'))));
  const adds = (model?.instructions ?? []).filter((i) => i.keyword === 'ADD');
  const localAdd = adds.some((i) => {
    const words = i.execForm ?? i.args.map((a) => a.value);
    return words.slice(0, -1).some((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !s.startsWith('git@') && !ARCHIVE.test(s));
  });
  const cds = runs.some((r) => (model ? model.commands(r) : []).some((c) => programOf(c)?.name === 'cd'));
  let pipesSafe = model !== undefined;
  for (const stage of model?.stages ?? []) {
    let shellPipefail = false;
    for (const instr of stage.instructions) {
      if (instr.keyword === 'SHELL') shellPipefail = (instr.execForm ?? []).includes('pipefail');
      if (instr.keyword !== 'RUN' || instr.execForm || !model) continue;
      const cmds = model.commands(instr);
      if (!cmds.some((c) => c.before === '|')) continue;
      const setsIt = cmds.some((c) => programOf(c)?.name === 'set' && c.words.some((w) => w.value === 'pipefail'));
      if (!shellPipefail && !setsIt) pipesSafe = false;
    }
  }
  return [
    criterion('apt-in-one-run', together,
      'Each apt-get install runs in the same RUN as, and after, apt-get update.',
      'Каждый apt-get install выполняется в том же RUN, что и apt-get update, и после него.'),
    criterion('apt-yes', any && installs.every(saysYes),
      'Every apt-get install has -y, so it does not stop at the "Do you want to continue?" prompt.',
      'У каждого apt-get install есть -y, чтобы он не остановился на вопросе «Do you want to continue?».'),
    criterion('apt-no-recommends', any && installs.every((c) => c.words.some((w) => w.value === '--no-install-recommends')),
      'Every apt-get install has --no-install-recommends, so only the packages you name and their real dependencies arrive.',
      'У каждого apt-get install есть --no-install-recommends: ставятся только названные пакеты и их настоящие зависимости.'),
    criterion('apt-lists-cleaned', cleaned,
      'The RUN that installs packages ends with rm -rf /var/lib/apt/lists/*, in that same RUN.',
      'RUN, который ставит пакеты, заканчивается командой rm -rf /var/lib/apt/lists/* — в том же самом RUN.'),
    criterion('copy-not-add', model !== undefined && !localAdd,
      'Local files are copied with COPY; ADD is left for what only it does (unpacking a local tar archive, fetching a URL).',
      'Локальные файлы копируются через COPY; ADD остаётся для того, что умеет только он (распаковка локального tar-архива, загрузка по URL).'),
    criterion('no-cd', model !== undefined && !cds,
      'No RUN changes directory with cd: WORKDIR sets the directory for the instructions after it.',
      'Ни один RUN не меняет каталог через cd: каталог для следующих инструкций задаёт WORKDIR.'),
    criterion('pipefail', pipesSafe,
      'Every RUN with a pipe (|) fails when any command in the pipe fails: SHELL ["/bin/bash", "-o", "pipefail", "-c"] earlier in the stage, or set -o pipefail at the start of the RUN.',
      'Каждый RUN с конвейером (|) падает, если падает любая его команда: SHELL ["/bin/bash", "-o", "pipefail", "-c"] выше в этапе или set -o pipefail в начале RUN.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-07-run-hygiene',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
