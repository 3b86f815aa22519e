import type { ComposeRule } from '../rule';
import { replace } from '../../text';
import { NO_VARIABLES } from '../interpolation';
import { textAt } from '../nodes';
import { servicePorts } from '../ports';

/** YAML 1.1 sexagesimal integers: `22:22` is 1342 to PyYAML (docker-compose v1) and other 1.1 parsers. */
const BASE_60 = /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$/;

export const DC011: ComposeRule<{ service: string; value: string; base60: number | null }> = {
  kind: 'compose',
  meta: { code: 'DC011', slug: 'unquoted-port', lesson: 'm4-01-ports', severity: 'warning', equivalents: ['dclint:require-quotes-in-ports'], fixable: true },
  text: {
    en: {
      title: 'Port mapping without quotes',
      message: (d) => d.base60 !== null
        ? `${d.value} is not quoted: YAML 1.1 parsers (docker-compose v1, PyYAML, many tools that read Compose files) read "a:b" with b below 60 as a base-60 number, so this becomes ${d.base60} and publishes the wrong port. Always quote port mappings: "${d.value}".`
        : `${d.value} is not quoted. It works here, but a mapping whose last part is below 60 ("22:22") is read as a base-60 number by YAML 1.1 parsers. Quote every port mapping ("${d.value}") so none of them ever changes meaning.`,
    },
    ru: {
      title: 'Проброс порта без кавычек',
      message: (d) => d.base60 !== null
        ? `${d.value} без кавычек: парсеры YAML 1.1 (docker-compose v1, PyYAML и многие инструменты, читающие Compose-файлы) читают «a:b» с b меньше 60 как число в шестидесятеричной системе, и получается ${d.base60} — публикуется не тот порт. Всегда берите пробросы портов в кавычки: "${d.value}".`
        : `${d.value} без кавычек. Здесь это работает, но проброс, у которого последняя часть меньше 60 («22:22»), парсеры YAML 1.1 читают как шестидесятеричное число. Берите в кавычки все пробросы портов ("${d.value}"), чтобы ни один не поменял смысл.`,
    },
  },
  check(file, report) {
    for (const svc of file.services) {
      for (const p of servicePorts(file, svc, NO_VARIABLES)) {
        if (p.form !== 'short' || p.quote !== 'plain') continue;
        const value = String((p.node as { value?: unknown }).value ?? '');
        if (!value.includes(':')) continue;
        let base60: number | null = null;
        if (BASE_60.test(value)) {
          base60 = value.replace(/_/g, '').split(':').reduce((acc, part) => acc * 60 + Number(part.replace(/^[-+]/, '')), 0);
          if (value.startsWith('-')) base60 = -base60;
        }
        report({ range: p.range, data: { service: svc.name, value, base60 } });
      }
    }
  },
  fixes(file, f) {
    const written = textAt(file, f.range);
    if (written === undefined) return [];
    const quoted = /["\\]/.test(written) ? JSON.stringify(written) : `"${written}"`;
    return [{ title: f.lang === 'ru' ? 'Взять в кавычки' : 'Quote the port mapping', edits: [replace(f.range, quoted)], preferred: true }];
  },
};
