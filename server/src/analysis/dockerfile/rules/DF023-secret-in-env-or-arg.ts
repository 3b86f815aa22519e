import type { DockerfileRule } from '../rule';
import { definitionsIn } from '../variables';

// BuildKit's SecretsUsedInArgOrEnv looks at the name only (a word like password, token, secret,
// key between underscores). Here a name must say secret more clearly (KEY alone also matches
// GPG_KEY fingerprints in official images), and the value must be one the image would keep:
// an ENV with a literal value, or an ARG (whatever --build-arg passes is recorded in the build
// history and provenance). Empty values, references to other variables and paths to secret
// files (PASSWORD_FILE=/run/secrets/db) stay quiet.
const SECRET_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pword', 'secret', 'token', 'apikey', 'credential', 'credentials', 'privatekey', 'passphrase',
]);
const SECRET_PAIRS: ReadonlySet<string> = new Set(['api key', 'private key', 'access key', 'secret key', 'auth key', 'signing key']);
const HARMLESS_WORDS: ReadonlySet<string> = new Set([
  'file', 'path', 'dir', 'public', 'version', 'url', 'uri', 'host', 'port', 'user', 'username', 'name', 'endpoint',
  'length', 'ttl', 'timeout', 'expiry', 'expires', 'type', 'mode', 'header', 'algorithm', 'enabled', 'disabled', 'required', 'id',
]);
const HARMLESS_VALUE = /^(true|false|yes|no|on|off|0|1|none|null)$/i;
const PATH_VALUE = /^(\/|~\/|\.\/)[\w./@+-]*$/;

export function looksSecret(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_.-]+/).filter(Boolean);
  if (words.some((w) => HARMLESS_WORDS.has(w))) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  for (let i = 0; i + 1 < words.length; i++) if (SECRET_PAIRS.has(`${words[i]} ${words[i + 1]}`)) return true;
  return false;
}

export const DF023: DockerfileRule<{ keyword: 'ARG' | 'ENV'; name: string; hasValue: boolean }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF023', slug: 'secret-in-env-or-arg', lesson: 'm2-04-env-and-arg', severity: 'warning',
    equivalents: ['buildkit:SecretsUsedInArgOrEnv'], fixable: false,
  },
  text: {
    en: {
      title: 'Secret in ENV or ARG',
      message: (d) => d.keyword === 'ENV'
        ? `ENV ${d.name} puts a secret into the image configuration: "docker image inspect" and "docker history" show it to anyone who can pull the image, and a later instruction cannot remove it. Give it to the container at run time (docker run -e, Compose secrets), and to a build step with RUN --mount=type=secret.`
        : `ARG ${d.name} ${d.hasValue ? 'has a secret default' : 'takes a secret with --build-arg'}: build arguments are recorded in the image's build history and provenance, so the value can leak with the image. Use a build secret instead: RUN --mount=type=secret,id=${d.name.toLowerCase()},env=${d.name} <command>, built with --secret id=${d.name.toLowerCase()},env=${d.name}.`,
    },
    ru: {
      title: 'Секрет в ENV или ARG',
      message: (d) => d.keyword === 'ENV'
        ? `ENV ${d.name} записывает секрет в конфигурацию образа: «docker image inspect» и «docker history» покажут его любому, кто может скачать образ, а следующая инструкция его уже не удалит. Передавайте его контейнеру при запуске (docker run -e, секреты Compose), а шагу сборки — через RUN --mount=type=secret.`
        : `ARG ${d.name} ${d.hasValue ? 'содержит секрет в значении по умолчанию' : 'получает секрет через --build-arg'}: аргументы сборки сохраняются в истории сборки и в provenance образа, так что значение может утечь вместе с образом. Используйте секрет сборки: RUN --mount=type=secret,id=${d.name.toLowerCase()},env=${d.name} <команда>, а при сборке — --secret id=${d.name.toLowerCase()},env=${d.name}.`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'ENV' && instr.keyword !== 'ARG') continue;
      for (const def of definitionsIn(file, instr)) {
        if (!looksSecret(def.name)) continue;
        const value = def.value;
        if (value !== null) {
          const trimmed = value.trim();
          if (trimmed === '' || trimmed.includes('$') || HARMLESS_VALUE.test(trimmed) || PATH_VALUE.test(trimmed)) continue;
        } else if (def.kind === 'ENV') continue;
        report({ range: def.range, data: { keyword: def.kind, name: def.name, hasValue: value !== null } });
      }
    }
  },
};
