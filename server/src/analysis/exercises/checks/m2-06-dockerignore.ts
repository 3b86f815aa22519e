// Exercise of lesson m2-06-dockerignore: the build context of the learner's Dockerfile has a
// .dockerignore that keeps out .git, node_modules and .env files, and does not exclude a file the
// Dockerfile copies. The patterns are read by the builder's matcher (project/dockerignore).
import type { DockerfileModel } from '../../dockerfile/model';
import { cleanPath, criterion, dockerfiles, dockerignoreFor, mostPassed } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

function copiedSources(model: DockerfileModel): string[] {
  const out: string[] = [];
  for (const instr of model.instructions) {
    if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') continue;
    if (instr.flags.some((f) => f.name === 'from') || instr.heredoc) continue;
    const words = instr.execForm ?? instr.args.map((a) => a.value);
    for (const src of words.slice(0, -1)) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith('git@') || /[*?[$]/.test(src)) continue;
      if (cleanPath(src) === '') continue;
      out.push(src);
    }
  }
  return out;
}

function judge(files: WorkspaceFiles, dockerfile: { path: string; model: DockerfileModel } | undefined): Criterion[] {
  const ignore = dockerignoreFor(files, dockerfile?.path);
  const has = ignore !== undefined;
  const excluded = (path: string) => ignore?.excludes(path) === true;
  const sources = dockerfile ? copiedSources(dockerfile.model) : [];
  const missing = sources.filter(excluded);
  return [
    criterion('present', has,
      'A .dockerignore file sits at the root of the build context, next to your Dockerfile.',
      'Файл .dockerignore лежит в корне контекста сборки, рядом с Dockerfile.'),
    criterion('excludes-git', excluded('.git') && excluded('.git/HEAD'),
      'The .dockerignore excludes the .git folder.',
      '.dockerignore исключает каталог .git.'),
    criterion('excludes-node-modules', excluded('node_modules'),
      'The .dockerignore excludes node_modules, so dependencies are installed inside the image and not copied from your machine.',
      '.dockerignore исключает node_modules: зависимости ставятся внутри образа, а не копируются с вашей машины.'),
    criterion('excludes-env', excluded('.env'),
      'The .dockerignore excludes .env files, so local secrets never reach the image.',
      '.dockerignore исключает файлы .env, чтобы локальные секреты не попали в образ.'),
    criterion('copies-kept', has && dockerfile !== undefined && missing.length === 0,
      missing.length > 0
        ? `Every file your Dockerfile copies stays in the context: ${missing.join(', ')} is excluded by .dockerignore, so the build fails.`
        : 'Every file your Dockerfile copies stays in the context (none of them is excluded by .dockerignore).',
      missing.length > 0
        ? `Всё, что копирует Dockerfile, остаётся в контексте: ${missing.join(', ')} исключено в .dockerignore, и сборка упадёт.`
        : 'Всё, что копирует Dockerfile, остаётся в контексте (ничего из этого не исключено в .dockerignore).'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-06-dockerignore',
  kind: 'files',
  run(files) {
    return mostPassed(dockerfiles(files).map((df) => judge(files, df))) ?? judge(files, undefined);
  },
};
