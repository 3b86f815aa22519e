import type { ComposeRule } from '../rule';
import type { Lang } from '../../types';
import { replace } from '../../text';
import { actualType, field, typeList, where } from '../describe';
import { mapGet } from '../model';
import { lookupFor, scalarValues, unreadable, variablesOf } from '../nodes';
import { validateCompose, type ProblemKind } from '../schema';

export interface DC002Data {
  kind: ProblemKind | 'interpolation' | 'not-compose';
  path: (string | number)[];
  key?: string;
  suggestion?: string;
  expected?: string[];
  actual?: string;
  allowed?: string[];
  value?: string;
  limit?: number;
  pattern?: string;
  resolved?: string;
}

const code = (s: string) => `\`${s}\``;
const at = (w: string) => (w ? ` ${w}` : '');

function message(d: DC002Data, lang: Lang): string {
  const ru = lang === 'ru';
  const f = field(d.path, lang);
  // "Item 2 of `ports` in service `web`" / "Значение `ports` в сервисе `web` должно".
  const subject = `${f.subject}${at(f.where)}`;
  const must = `${subject} ${f.must}`;
  switch (d.kind) {
    case 'unknown-key': {
      const w = where(d.path, lang);
      const hint = d.suggestion ? (ru ? `; возможно, вы имели в виду ${code(d.suggestion)}?` : `; did you mean ${code(d.suggestion)}?`) : '.';
      return ru
        ? `Неизвестный ключ ${code(d.key ?? '')} ${w}${hint} Compose не запустит файл с ключами, которых нет в Compose Specification; свои данные храните под ключом, начинающимся с \`x-\`.`
        : `Unknown key ${code(d.key ?? '')} ${w}${hint} Compose refuses keys the Compose Specification does not define; keep your own data under a key that starts with \`x-\`.`;
    }
    case 'bad-name': {
      const owner = OWNER_NAME[String(d.path[0])];
      const what = d.path.length === 1 && owner ? (ru ? owner.ru : owner.en) : (ru ? 'ключа' : 'key');
      return ru
        ? `Имя ${code(d.key ?? '')} не подходит для ${what}: допустимы латинские буквы, цифры, \`.\`, \`_\` и \`-\` (шаблон ${code(d.pattern ?? '')}).`
        : `${code(d.key ?? '')} is not a valid ${what} name: use letters, digits, \`.\`, \`_\` and \`-\` (pattern ${code(d.pattern ?? '')}).`;
    }
    case 'type':
      return ru
        ? `${must} быть ${typeList(d.expected ?? [], lang)}, а не ${actualType(d.actual, lang)}.`
        : `${must} be ${typeList(d.expected ?? [], lang)}, not ${actualType(d.actual, lang)}.`;
    case 'enum':
      return ru
        ? `${must} быть одним из значений ${(d.allowed ?? []).map(code).join(', ')}; ${code(d.value ?? '')} не подходит.`
        : `${must} be one of ${(d.allowed ?? []).map(code).join(', ')}; ${code(d.value ?? '')} is not one of them.`;
    case 'required':
      return ru
        ? `Не хватает обязательного ключа ${code(d.key ?? '')} (${f.name}${at(f.where)}): без него Compose файл не примет.`
        : `${subject} needs the key ${code(d.key ?? '')}: Compose refuses it without one.`;
    case 'pattern':
      if (d.path.length === 1 && d.path[0] === 'name') {
        return ru
          ? `Имя проекта ${code(d.value ?? '')} недопустимо: только строчные латинские буквы, цифры, \`_\` и \`-\`, и начинаться оно должно с буквы или цифры.`
          : `The project name ${code(d.value ?? '')} is not allowed: use lowercase letters, digits, \`_\` and \`-\`, starting with a letter or digit.`;
      }
      return ru
        ? `${subject}: ${code(d.value ?? '')} не соответствует шаблону ${code(d.pattern ?? '')}.`
        : `${subject} does not have the expected form: ${code(d.value ?? '')} does not match ${code(d.pattern ?? '')}.`;
    case 'minimum':
      return ru ? `${must} быть не меньше ${d.limit ?? 0}, а здесь ${d.value ?? ''}.` : `${must} be at least ${d.limit ?? 0}, not ${d.value ?? ''}.`;
    case 'maximum':
      return ru ? `${must} быть не больше ${d.limit ?? 0}, а здесь ${d.value ?? ''}.` : `${must} be at most ${d.limit ?? 0}, not ${d.value ?? ''}.`;
    case 'unique':
      return ru
        ? `${subject} повторяет элемент ${d.limit ?? 0} (${code(d.value ?? '')}): элементы этого списка должны быть разными. Удалите повтор.`
        : `${subject} repeats item ${d.limit ?? 0} (${code(d.value ?? '')}): the items of this list must be unique. Remove the repeat.`;
    case 'coerce': {
      const expected = typeList(d.expected ?? [], lang);
      const substituted = d.value !== d.resolved;
      return ru
        ? `${must} быть ${expected}${substituted ? `, а после подстановки переменных получается ${code(d.resolved ?? '')}` : `, а не ${code(d.value ?? '')}`}. Compose подставляет переменные и переводит текст в нужный тип, а здесь остановится с ошибкой.`
        : `${must} be ${expected}${substituted ? `; after substituting variables it is ${code(d.resolved ?? '')}` : `, not ${code(d.value ?? '')}`}. Compose substitutes variables, then converts the text, and stops with an error here.`;
    }
    case 'not-compose':
      return ru
        ? `Похоже, это не Compose-файл: ни один ключ верхнего уровня (${(d.allowed ?? []).map(code).join(', ')}) не относится к Compose, а Compose ждёт \`services:\` (и, возможно, \`networks:\`, \`volumes:\`...). Если это другой YAML, исключите его через \`ignore:\` в .docker-coach.yaml.`
        : `This does not look like a Compose file: none of its top-level keys (${(d.allowed ?? []).map(code).join(', ')}) belong to Compose, which expects \`services:\` (and maybe \`networks:\`, \`volumes:\`...). If it is some other YAML, exclude it with \`ignore:\` in .docker-coach.yaml.`;
    case 'interpolation':
      return ru
        ? `${code(d.value ?? '')} — неправильная ссылка на переменную: Compose остановится с ошибкой «invalid interpolation format». Пишите \${ИМЯ}, \${ИМЯ:-по умолчанию} или \${ИМЯ:?ошибка}, а знак доллара как текст — так: $$.`
        : `${code(d.value ?? '')} is not a valid variable reference: Compose stops with "invalid interpolation format". Write \${NAME}, \${NAME:-default} or \${NAME:?error}, and $$ for a literal dollar sign.`;
    default:
      return ru
        ? `${subject} не соответствует Compose Specification: Compose откажется запускать этот файл.`
        : `${subject} does not follow the Compose Specification: Compose refuses this file.`;
  }
}

/** Top-level keys of the Compose Specification. */
const TOP_LEVEL = new Set(['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models']);

const OWNER_NAME: Record<string, { en: string; ru: string }> = {
  services: { en: 'service', ru: 'сервиса' }, volumes: { en: 'volume', ru: 'тома' }, networks: { en: 'network', ru: 'сети' },
  secrets: { en: 'secret', ru: 'секрета' }, configs: { en: 'config', ru: 'конфигурации' }, models: { en: 'model', ru: 'модели' },
};

export const DC002: ComposeRule<DC002Data> = {
  kind: 'compose',
  meta: {
    code: 'DC002', slug: 'schema', lesson: 'm5-01-first-compose', severity: 'error',
    equivalents: ['dclint:invalid-schema'], fixable: true,
  },
  text: {
    en: { title: 'Not valid by the Compose Specification', message: (d) => message(d, 'en') },
    ru: { title: 'Файл не соответствует Compose Specification', message: (d) => message(d, 'ru') },
  },
  check(file, report, ctx) {
    // A broken file is DC001's; an alias bomb or absurd nesting is DC024's.
    if (file.doc.errors.length > 0 || file.doc.contents === null || unreadable(file)) return;
    // A YAML file that matched a Compose file name but is something else: one finding, not one per key.
    const keys = file.root ? file.root.items.map((i) => String((i.key as { value?: unknown } | null)?.value ?? '')) : [];
    if (file.root && keys.length > 0 && !keys.some((k) => TOP_LEVEL.has(k) || k.startsWith('x-'))) {
      report({ range: file.rangeOf(file.root.items[0]?.key as never), data: { kind: 'not-compose', path: [], allowed: keys.slice(0, 5) } });
      return;
    }
    for (const p of validateCompose(file, file.value(), lookupFor(ctx.project))) {
      const { range, ...data } = p;
      report({ range, data });
    }
    // Compose also checks the project name (not in the schema): lowercase letters, digits, `_` and `-`.
    const name = file.root ? mapGet(file.doc, file.root, 'name') : undefined;
    const nameText = typeof (name?.value as { value?: unknown } | null)?.value === 'string' ? String((name?.value as { value: string }).value) : undefined;
    if (name && nameText !== undefined && !nameText.includes('$') && !/^[a-z0-9][a-z0-9_-]*$/.test(nameText)) {
      report({ range: file.rangeOf(name.value), data: { kind: 'pattern', path: ['name'], value: nameText, pattern: '^[a-z0-9][a-z0-9_-]*$' } });
    }
    for (const { node } of scalarValues(file)) {
      for (const e of variablesOf(file, node).errors) {
        const value = typeof node.value === 'string' ? node.value.slice(e.error.start, e.error.end) : '';
        report({ range: e.range, data: { kind: 'interpolation', path: [], value } });
      }
    }
  },
  fixes(_file, f) {
    if (f.data.kind !== 'unknown-key' || !f.data.suggestion) return [];
    return [{
      title: f.lang === 'ru' ? `Переименовать в ${f.data.suggestion}` : `Rename to ${f.data.suggestion}`,
      edits: [replace(f.range, f.data.suggestion)],
      preferred: true,
    }];
  },
};
