// Exercise of lesson m2-02-layers-and-cache: dependency manifests are copied and installed
// before the rest of the source, so that a code change reuses the cached install layer.
import type { DockerfileModel, Instruction } from '../../dockerfile/model';
import { programOf } from '../../dockerfile/shell';
import { bestJudgement, criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const MANIFESTS = [
  'requirements.txt', 'requirements-prod.txt', 'requirements-dev.txt', 'pyproject.toml', 'poetry.lock', 'uv.lock',
  'Pipfile', 'Pipfile.lock', 'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock',
  'pnpm-lock.yaml', '.yarnrc.yml', '.npmrc', 'go.mod', 'go.sum', 'Gemfile', 'Gemfile.lock', 'composer.json',
  'composer.lock', 'Cargo.toml', 'Cargo.lock', 'pom.xml', 'build.gradle', 'settings.gradle', 'mix.exs', 'mix.lock',
];

function globRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** A COPY source that names only dependency manifests (`package*.json`, `requirements.txt`). */
function isManifest(source: string): boolean {
  const base = source.replace(/\/+$/, '').replace(/^.*\//, '');
  if (base === '' || base === '.') return false;
  if (/^requirements[\w.-]*\.txt$/.test(base)) return true;
  if (/[*?[]/.test(base)) return !/^\*+$/.test(base) && MANIFESTS.some((m) => globRegExp(base).test(m));
  return MANIFESTS.includes(base);
}

function copySources(instr: Instruction): string[] | undefined {
  if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') return undefined;
  if (instr.flags.some((f) => f.name === 'from')) return undefined;
  const words = instr.execForm ?? instr.args.map((a) => a.value);
  return words.length >= 2 ? words.slice(0, -1) : undefined;
}

const WHOLE = new Set(['.', './', './*', '*', '/']);

function installs(model: DockerfileModel, instr: Instruction): boolean {
  if (instr.keyword !== 'RUN') return false;
  return model.commands(instr).some((c) => {
    const p = programOf(c);
    if (!p) return false;
    const rest = c.words.slice(p.index + 1).map((w) => w.value);
    switch (p.name) {
      case 'pip': case 'pip3': case 'pipenv': case 'bundle': case 'composer': case 'pnpm':
        return rest.includes('install');
      case 'python': case 'python3':
        return rest.includes('pip') && rest.includes('install');
      case 'npm': return rest.includes('ci') || rest.includes('install') || rest.includes('i');
      case 'yarn': return rest.length === 0 || rest.includes('install') || rest[0]?.startsWith('-') === true;
      case 'poetry': return rest.includes('install');
      case 'uv': return rest.includes('sync') || (rest.includes('pip') && rest.includes('install'));
      case 'go': return rest.includes('mod') && rest.includes('download');
      case 'cargo': return rest.includes('fetch') || rest.includes('build');
      case 'mvn': case 'gradle': case 'mix': return true;
      default: return false;
    }
  });
}

function judge(model: DockerfileModel | undefined): Criterion[] {
  let manifestFirst = false;
  let installBeforeSource = false;
  let sourceAfter = false;
  for (const stage of model?.stages ?? []) {
    const list = stage.instructions;
    const at = list.findIndex((i) => model !== undefined && installs(model, i));
    if (at < 0) continue;
    const before = list.slice(0, at).map(copySources).filter((s): s is string[] => s !== undefined);
    const after = list.slice(at + 1).map(copySources).filter((s): s is string[] => s !== undefined);
    const stageManifestFirst = before.some((s) => s.every(isManifest));
    const stageClean = before.every((s) => s.every(isManifest));
    const stageSource = after.some((s) => s.some((src) => WHOLE.has(src) || !isManifest(src)));
    manifestFirst ||= stageManifestFirst;
    installBeforeSource ||= stageManifestFirst && stageClean;
    sourceAfter ||= stageSource;
  }
  return [
    criterion('manifest-copied-first', manifestFirst,
      'Before installing dependencies, a COPY brings in only the dependency files (for example requirements.txt or package.json and package-lock.json).',
      'Перед установкой зависимостей отдельный COPY переносит только файлы зависимостей (например, requirements.txt или package.json и package-lock.json).'),
    criterion('install-before-source', installBeforeSource,
      'The RUN that installs dependencies comes before any COPY of the rest of your source code (no "COPY . ." above it).',
      'RUN с установкой зависимостей стоит раньше, чем COPY остального исходного кода (над ним нет «COPY . .»).'),
    criterion('source-after-install', sourceAfter,
      'After the install, a COPY brings in the rest of the source code, so a code change rebuilds only that last part.',
      'После установки COPY переносит остальной код, и правка кода пересобирает только этот последний шаг.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-02-cache-order',
  kind: 'files',
  run(files) {
    return bestJudgement(dockerfiles(files).map((found) => found.model), judge);
  },
};
