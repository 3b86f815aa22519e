import { isScalar } from 'yaml';
import type { ComposeRule } from '../rule';
import type { Range } from '../../types';
import { parseTemplate } from '../interpolation';
import { mapGet, mapPairs, seqItems } from '../model';
import { partRange, stringValue } from '../nodes';

/** Words that, as the last part of a variable name, mean its value is a credential. */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'TOKEN', 'KEY', 'APIKEY', 'PASSPHRASE', 'CREDENTIALS', 'CREDENTIAL', 'PRIVATEKEY', 'SECRETKEY', 'ACCESSKEY', 'AUTHTOKEN']);
/** Flags and switches named after passwords (MYSQL_ALLOW_EMPTY_PASSWORD: "yes"). */
const SWITCH = /^(true|false|yes|no|on|off|y|n|0|1)$/i;

export function isSecretName(name: string): boolean {
  const parts = name.toUpperCase().split(/[_.-]+/).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return false;
  if (parts.includes('PUBLIC') || parts.includes('PUBLISHABLE') || parts.includes('PUB')) return false;
  if (SECRET_WORDS.has(last)) return true;
  // DBPASSWORD, APPSECRET, GITHUBTOKEN (not KEY: MONKEY, HOTKEY).
  return /(PASSWORD|PASSWD|SECRET|TOKEN)$/.test(last);
}

/** A value written out in the file: not empty, not a variable reference, not a yes/no switch. */
function literal(value: string): boolean {
  if (value.trim() === '' || SWITCH.test(value.trim())) return false;
  return parseTemplate(value).uses.length === 0;
}

export const DC015: ComposeRule<{ service: string; name: string }> = {
  kind: 'compose',
  meta: { code: 'DC015', slug: 'literal-secret-in-environment', lesson: 'm6-03-secrets-and-configs', severity: 'warning', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Secret written in the compose file',
      message: (d) => `${d.name} is written here in plain text: it ends up in git history, in "docker inspect" and in the environment of every process of the container. Put the value in a .env file that git ignores and write ${d.name}: \${${d.name}} here, or better, use Compose secrets (many images read ${d.name}_FILE=/run/secrets/...).`,
    },
    ru: {
      title: 'Секрет записан прямо в compose-файле',
      message: (d) => `${d.name} записан здесь открытым текстом: он попадёт в историю git, в вывод «docker inspect» и в окружение каждого процесса контейнера. Перенесите значение в файл .env, который git игнорирует, а здесь напишите ${d.name}: \${${d.name}}; ещё лучше — используйте секреты Compose (многие образы читают ${d.name}_FILE=/run/secrets/...).`,
    },
  },
  check(file, report) {
    for (const svc of file.services) {
      const env = mapGet(file.doc, svc.value, 'environment')?.value;
      for (const p of mapPairs(file.doc, env)) {
        const name = String(p.key.value);
        const value = stringValue(p.value);
        if (value === undefined || !isSecretName(name) || !literal(value)) continue;
        report({ range: file.rangeOf(p.value), data: { service: svc.name, name } });
      }
      for (const item of seqItems(file.doc, env)) {
        const text = stringValue(item);
        if (text === undefined || !isScalar(item)) continue;
        const eq = text.indexOf('=');
        if (eq <= 0) continue; // `- NAME` passes the value from the shell: fine
        const name = text.slice(0, eq);
        const value = text.slice(eq + 1);
        if (!isSecretName(name) || !literal(value)) continue;
        const range: Range = partRange(file, item, eq + 1, text.length);
        report({ range, data: { service: svc.name, name } });
      }
    }
  },
};
