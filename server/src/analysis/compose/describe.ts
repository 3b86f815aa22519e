// Words for places in a Compose file ("in service `web`", "в сервисе `web`") and for JSON types,
// shared by the messages of DC002 and the hover.
import type { Lang } from '../types';

const OWNERS: Record<string, { en: string; in: string; of: string }> = {
  services: { en: 'service', in: 'в сервисе', of: 'сервиса' },
  volumes: { en: 'volume', in: 'в томе', of: 'тома' },
  networks: { en: 'network', in: 'в сети', of: 'сети' },
  secrets: { en: 'secret', in: 'в секрете', of: 'секрета' },
  configs: { en: 'config', in: 'в конфигурации', of: 'конфигурации' },
  models: { en: 'model', in: 'в модели', of: 'модели' },
};

const dotted = (segs: (string | number)[]) => segs.map((s) => (typeof s === 'number' ? `[${s + 1}]` : s)).join('.').replace(/\.\[/g, '[');

/** "in service `web`", "in `deploy.resources` of service `web`", "at the top level". `path` is the containing mapping. */
export function where(path: (string | number)[], lang: Lang): string {
  const first = path[0];
  const owner = typeof first === 'string' && path.length >= 2 ? OWNERS[first] : undefined;
  const rest = owner ? path.slice(2) : path;
  const name = owner ? String(path[1]) : '';
  if (lang === 'ru') {
    if (owner) return rest.length ? `в \`${dotted(rest)}\` ${owner.of} \`${name}\`` : `${owner.in} \`${name}\``;
    return rest.length ? `в \`${dotted(rest)}\`` : 'на верхнем уровне';
  }
  if (owner) return rest.length ? `in \`${dotted(rest)}\` of ${owner.en} \`${name}\`` : `in ${owner.en} \`${name}\``;
  return rest.length ? `in \`${dotted(rest)}\`` : 'at the top level';
}

/**
 * The value at `path` named for a message: "`ports`", "item 2 of `ports`", "service `web`", where
 * it is, and for Russian the subject of a sentence with the matching verb form
 * ("Значение `ports`" + "должно", "Элемент 2 списка `ports`" + "должен").
 */
export function field(path: (string | number)[], lang: Lang): { name: string; where: string; subject: string; must: string } {
  const ru = lang === 'ru';
  const last = path[path.length - 1];
  if (last === undefined) return ru ? { name: 'файл', where: '', subject: 'Файл', must: 'должен' } : { name: 'the file', where: '', subject: 'The file', must: 'must' };
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    const list = parent === undefined ? '' : String(parent);
    const w = where(path.slice(0, -2), lang);
    return ru
      ? { name: `элемент ${last + 1} списка \`${list}\``, where: w, subject: `Элемент ${last + 1} списка \`${list}\``, must: 'должен' }
      : { name: `item ${last + 1} of \`${list}\``, where: w, subject: `Item ${last + 1} of \`${list}\``, must: 'must' };
  }
  // A service, volume... itself: "service `web`".
  const owner = path.length === 2 && typeof path[0] === 'string' ? OWNERS[path[0]] : undefined;
  if (owner) {
    return ru
      ? { name: `описание ${owner.of} \`${last}\``, where: '', subject: `Описание ${owner.of} \`${last}\``, must: 'должно' }
      : { name: `${owner.en} \`${last}\``, where: '', subject: `${owner.en.charAt(0).toUpperCase()}${owner.en.slice(1)} \`${last}\``, must: 'must' };
  }
  const w = where(path.slice(0, -1), lang);
  return ru
    ? { name: `\`${last}\``, where: w, subject: `Значение \`${last}\``, must: 'должно' }
    : { name: `\`${last}\``, where: w, subject: `\`${last}\``, must: 'must' };
}

const TYPE_EN: Record<string, string> = {
  object: 'a mapping (key: value)', array: 'a list', string: 'a string', number: 'a number', integer: 'a whole number',
  boolean: 'true or false', null: 'empty',
};
const TYPE_RU: Record<string, string> = {
  object: 'отображением (ключ: значение)', array: 'списком', string: 'строкой', number: 'числом', integer: 'целым числом',
  boolean: 'логическим значением (true или false)', null: 'пустым',
};
const ACTUAL_EN: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'a number', boolean: 'true/false', null: 'empty' };
const ACTUAL_RU: Record<string, string> = { object: 'отображением', array: 'списком', string: 'строкой', number: 'числом', integer: 'числом', boolean: 'логическим значением', null: 'пустым значением' };

function joinOr(items: string[], or: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1] as string}`;
}

/** "a list or a mapping (key: value)" / "списком или отображением (ключ: значение)". */
export function typeList(types: string[], lang: Lang): string {
  // `number` covers `integer`; drop `null` when something else is allowed (an empty value is rarely the intent).
  let t = [...new Set(types)];
  if (t.includes('number')) t = t.filter((x) => x !== 'integer');
  if (t.length > 1) t = t.filter((x) => x !== 'null');
  const names = lang === 'ru' ? TYPE_RU : TYPE_EN;
  return joinOr(t.map((x) => names[x] ?? x), lang === 'ru' ? 'или' : 'or');
}

export function actualType(type: string | undefined, lang: Lang): string {
  return (lang === 'ru' ? ACTUAL_RU : ACTUAL_EN)[type ?? 'null'] ?? String(type);
}
