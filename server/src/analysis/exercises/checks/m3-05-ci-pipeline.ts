// Exercise of lesson m3-05-registries-and-ci: a CI workflow (GitHub Actions or GitLab CI) builds
// the image, tags it with the commit SHA, pushes it, and logs in to the registry with
// credentials taken from CI secrets, never written into the file.
import { bestJudgement, criterion } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

const CI_FILE = /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml)$/;
const BUILDS = /docker\s+(buildx\s+)?build\b|docker\/build-push-action|\bbuildah\s+(bud|build)\b|\/kaniko\/executor/;
const SHA = /github\.sha\b|\bGITHUB_SHA\b|\bCI_COMMIT_(SHORT_)?SHA\b|type=sha\b|git\s+rev-parse/;
const PUSHES = /docker\s+(image\s+)?push\b|^\s*push:\s*(true|\$\{\{)|--push\b/m;
const LOGIN = /docker\/login-action|docker\s+login\b|buildah\s+login\b/;
const FROM_SECRET = /secrets\.[A-Za-z_]|\bGITHUB_TOKEN\b|\$\{?CI_REGISTRY_PASSWORD\b|\$\{?CI_JOB_TOKEN\b|\$\{?[A-Z][A-Z0-9_]*(TOKEN|PASSWORD|PASS|SECRET)\b/;

/** A password written into the file: `password: hunter2` or `docker login -p hunter2`. */
function literalPassword(text: string): boolean {
  for (const line of text.split(/\r?\n/)) {
    const key = /^\s*password:\s*(.*)$/.exec(line);
    if (key) {
      const value = (key[1] as string).replace(/\s+#.*$/, '').trim().replace(/^["']|["']$/g, '');
      if (value !== '' && !value.includes('${{') && !value.startsWith('$')) return true;
    }
    const flag = /docker\s+login\b.*?(?:\s-p|\s--password)(?:\s+|=)(\S+)/.exec(line);
    if (flag && !(flag[1] as string).replace(/^["']/, '').startsWith('$')) return true;
  }
  return false;
}

function judge(text: string | undefined): Criterion[] {
  const t = text ?? '';
  const builds = text !== undefined && BUILDS.test(t);
  return [
    criterion('builds-image', builds,
      'A workflow in .github/workflows/ (or .gitlab-ci.yml) builds the image, with docker build or docker/build-push-action.',
      'Workflow в .github/workflows/ (или .gitlab-ci.yml) собирает образ командой docker build или через docker/build-push-action.'),
    criterion('sha-tag', builds && SHA.test(t),
      'The image gets a tag made from the commit SHA (${{ github.sha }}, $CI_COMMIT_SHORT_SHA, or type=sha in docker/metadata-action), so every build can be traced to its commit.',
      'Образ получает тег из SHA коммита (${{ github.sha }}, $CI_COMMIT_SHORT_SHA или type=sha в docker/metadata-action), чтобы каждую сборку можно было связать с коммитом.'),
    criterion('pushes', builds && PUSHES.test(t),
      'The workflow pushes the image to a registry (docker push, or push: in docker/build-push-action).',
      'Workflow отправляет образ в реестр (docker push или push: в docker/build-push-action).'),
    criterion('login-from-secrets', builds && LOGIN.test(t) && FROM_SECRET.test(t) && !literalPassword(t),
      'The workflow logs in to the registry with credentials from CI secrets (such as ${{ secrets.GITHUB_TOKEN }} or $CI_REGISTRY_PASSWORD), never a password written in the file.',
      'Workflow входит в реестр с учётными данными из секретов CI (например, ${{ secrets.GITHUB_TOKEN }} или $CI_REGISTRY_PASSWORD), а не с паролем, записанным в файле.'),
  ];
}

function ciFiles(files: WorkspaceFiles): string[] {
  return files.list().filter((p) => CI_FILE.test(p)).flatMap((p) => {
    const text = files.read(p);
    return text === undefined ? [] : [text];
  });
}

export const check: ExerciseCheck = {
  id: 'm3-05-ci-pipeline',
  kind: 'files',
  run(files) {
    return bestJudgement(ciFiles(files), judge);
  },
};
