// Hover for Compose files: every key (our own texts for the top level, services and the common
// nested keys; the Compose Specification's description for the rest), port mappings, volume
// mounts, images, well-known values and variables with their resolved values. Pure: the .env and
// bind-mount folders are seen only through the optional ProjectContext.
import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ComposeModel, Entry } from '../compose/model';
import { mapGet, scalarText } from '../compose/model';
import { interpolate, type Lookup } from '../compose/interpolation';
import { lookupFor, projectEnv, variablesOf } from '../compose/nodes';
import { servicePorts, type Mapping, type PortItem } from '../compose/ports';
import { resourceRefs, serviceRefs, TOP_LEVEL_KEY, type ResourceKind } from '../compose/refs';
import { schemaAt } from '../compose/schema';
import { isDockerSocket, serviceMounts, type Mount } from '../compose/volumes';
import { parseImageRef } from '../dockerfile/imageRef';
import type { ProjectContext } from '../project/context';
import type { Lang, Position, Range } from '../types';
import { inRange, type HoverResult } from './dockerfile';
import { keyText, NESTED_KEYS, RESOURCE_KEYS, SERVICE_KEYS, TOP_LEVEL_KEYS, VALUE_DOCS, type KeyDoc } from './composeKeys';

type Path = (string | number)[];

interface Hit { path: Path; onKey: boolean; node: Node | null; range: Range }

const within = (r: readonly number[] | null | undefined, off: number) => !!r && off >= (r[0] as number) && off <= (r[1] as number);

/** The key or scalar under the offset, with the path of keys to it. Iterative; aliases are not entered. */
function locate(model: ComposeModel, off: number): Hit | undefined {
  let node = model.doc.contents as Node | null;
  const path: Path = [];
  for (let guard = 0; node && guard < 200; guard++) {
    if (isMap(node)) {
      let next: Node | null | undefined;
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : '?';
        if (key && within(key.range, off)) return { path: [...path, name], onKey: true, node: pair.value as Node | null, range: model.rangeOf(key) };
        const value = pair.value as Node | null;
        if (value && within(value.range, off)) { path.push(name); next = value; break; }
      }
      if (!next) return undefined;
      node = next;
      continue;
    }
    if (isSeq(node)) {
      const i = node.items.findIndex((item) => within((item as Node | null)?.range, off));
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i] as Node;
      continue;
    }
    if (isScalar(node)) return { path, onKey: false, node, range: model.rangeOf(node) };
    if (isAlias(node)) return undefined;
    return undefined;
  }
  return undefined;
}

const OWNER_KINDS: Record<string, ResourceKind> = { volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config' };

/** Our text for a key at a path, or undefined. */
function ownDoc(path: Path): KeyDoc | undefined {
  const [first, second, third] = path;
  if (path.length === 1 && typeof first === 'string') return TOP_LEVEL_KEYS[first];
  if (first === 'services' && path.length === 3 && typeof third === 'string') return SERVICE_KEYS[third];
  if (first === 'services' && path.length > 3) {
    const rel = path.slice(2);
    for (const [pattern, doc] of Object.entries(NESTED_KEYS)) {
      const segs = pattern.split('.');
      if (segs.length === rel.length && segs.every((s, i) => s === '*' || s === rel[i])) return doc;
    }
  }
  if (typeof first === 'string' && OWNER_KINDS[first] && path.length === 3 && typeof third === 'string') return RESOURCE_KEYS[third];
  void second;
  return undefined;
}

/** The nearest documented ancestor's lesson (a nested key without a text of its own). */
function lessonFor(path: Path): string | undefined {
  for (let n = path.length; n > 0; n--) {
    const d = ownDoc(path.slice(0, n));
    if (d) return d.lesson;
  }
  return undefined;
}

function keyHover(model: ComposeModel, hit: Hit, lang: Lang, lookup: Lookup): HoverResult | undefined {
  const { path } = hit;
  const name = String(path[path.length - 1]);
  const ru = lang === 'ru';
  if (typeof path[0] === 'string' && path[0].startsWith('x-') && path.length === 1) {
    return {
      markdown: `**${name}**\n\n${ru ? 'Поле-расширение: Compose игнорирует ключи, начинающиеся с `x-`. Удобно хранить здесь общие настройки под якорем (`&имя`) и подключать их в сервисах через `<<: *имя`.' : 'Extension field: Compose ignores keys that start with `x-`. A good place for shared settings under an anchor (`&name`), merged into services with `<<: *name`.'}`,
      range: hit.range, lesson: 'm5-01-first-compose#yaml-in-five-minutes',
    };
  }
  if (path[0] === 'services' && path.length === 2) return serviceSummary(model, name, hit.range, lang, lookup);
  const kind = typeof path[0] === 'string' ? OWNER_KINDS[path[0]] : undefined;
  if (kind && path.length === 2) return resourceSummary(model, kind, name, hit.range, lang, lookup);
  const doc = ownDoc(path);
  let text = doc ? keyText(doc, lang) : undefined;
  if (!text) {
    const s = schemaAt(path);
    const description = s?.node.description ?? s?.resolved.description;
    if (!description) return undefined;
    text = ru ? `${description} _(описание из Compose Specification)_` : description;
  }
  const deprecated = schemaAt(path)?.node.deprecated ? (ru ? '\n\n_Устарело._' : '\n\n_Deprecated._') : '';
  const lesson = doc?.lesson ?? lessonFor(path);
  return { markdown: `**${name}**\n\n${text}${deprecated}`, range: hit.range, ...(lesson ? { lesson } : {}) };
}

function serviceSummary(model: ComposeModel, name: string, range: Range, lang: Lang, lookup: Lookup): HoverResult | undefined {
  const svc = model.services.find((s) => s.name === name);
  if (!svc) return undefined;
  const ru = lang === 'ru';
  const lines: string[] = [];
  const image = scalarText(mapGet(model.doc, svc.value, 'image')?.value);
  const build = mapGet(model.doc, svc.value, 'build');
  if (build) lines.push(ru ? `- собирается из Dockerfile${image ? ` в образ \`${image}\`` : ''}` : `- built from a Dockerfile${image ? ` as \`${image}\`` : ''}`);
  else if (image) lines.push(ru ? `- образ \`${image}\`` : `- image \`${image}\``);
  const ports = servicePorts(model, svc, lookup).filter((p) => p.parse?.ok).map((p) => shortMapping((p.parse as { mapping: Mapping }).mapping));
  if (ports.length) lines.push(ru ? `- публикует ${ports.join(', ')}` : `- publishes ${ports.join(', ')}`);
  const deps = serviceRefs(model).filter((r) => r.from === svc && r.via === 'depends_on').map((r) => r.name);
  if (deps.length) lines.push(ru ? `- запускается после: ${deps.join(', ')}` : `- starts after: ${deps.join(', ')}`);
  const users = serviceRefs(model).filter((r) => r.name === name && r.via === 'depends_on').map((r) => r.from.name);
  if (users.length) lines.push(ru ? `- от него зависят: ${[...new Set(users)].join(', ')}` : `- needed by: ${[...new Set(users)].join(', ')}`);
  const firstPort = servicePorts(model, svc, lookup).find((p) => p.parse?.ok);
  const example = firstPort?.parse?.ok ? ` (${ru ? 'например' : 'e.g.'} \`${name}:${firstPort.parse.mapping.container.start}\`)` : '';
  const intro = ru
    ? `Сервис \`${name}\`. Другие сервисы проекта обращаются к нему по имени \`${name}\`${example}.`
    : `Service \`${name}\`. The project's other services reach it by the name \`${name}\`${example}.`;
  return { markdown: `**${name}**\n\n${intro}${lines.length ? `\n\n${lines.join('\n')}` : ''}`, range, lesson: 'm5-01-first-compose' };
}

const KIND_WORDS: Record<ResourceKind, { en: string; ru: string; lesson: string }> = {
  volume: { en: 'Named volume', ru: 'Именованный том', lesson: 'm4-03-volumes' },
  network: { en: 'Network', ru: 'Сеть', lesson: 'm4-02-networks' },
  secret: { en: 'Secret', ru: 'Секрет', lesson: 'm6-03-secrets-and-configs' },
  config: { en: 'Config', ru: 'Конфигурация', lesson: 'm6-03-secrets-and-configs' },
};

function resourceSummary(model: ComposeModel, kind: ResourceKind, name: string, range: Range, lang: Lang, lookup: Lookup): HoverResult {
  const ru = lang === 'ru';
  const users = [...new Set(resourceRefs(model, lookup).refs.filter((r) => r.kind === kind && r.name === name).map((r) => r.service.name))];
  const entry = model.topLevel(TOP_LEVEL_KEY[kind]).find((e) => e.name === name);
  const external = scalarText(mapGet(model.doc, entry?.value, 'external')?.value) === 'true';
  const file = scalarText(mapGet(model.doc, entry?.value, 'file')?.value);
  const env = scalarText(mapGet(model.doc, entry?.value, 'environment')?.value);
  const lines: string[] = [];
  if (external) lines.push(ru ? 'Внешний: создаётся вне проекта, Compose только использует его.' : 'External: created outside the project; Compose only uses it.');
  if (file) lines.push(ru ? `Из файла \`${file}\`.` : `From the file \`${file}\`.`);
  if (env) lines.push(ru ? `Из переменной окружения \`${env}\`.` : `From the environment variable \`${env}\`.`);
  if (kind === 'volume' && !external) lines.push(ru ? 'Данные переживают пересоздание контейнеров; `docker compose down -v` удаляет том.' : 'Its data outlives re-created containers; `docker compose down -v` deletes it.');
  if (kind === 'network' && name === 'default') lines.push(ru ? 'Настраивает сеть, к которой по умолчанию подключены все сервисы.' : 'Configures the network every service joins by default.');
  const used = kind === 'network' && name === 'default' ? '' : users.length
    ? (ru ? `Используют: ${users.join(', ')}.` : `Used by: ${users.join(', ')}.`)
    : (ru ? 'Ни один сервис не использует.' : 'No service uses it.');
  const title = `${ru ? KIND_WORDS[kind].ru : KIND_WORDS[kind].en} \`${name}\``;
  return { markdown: `**${name}**\n\n${[title + '.', ...lines, used].filter(Boolean).join(' ')}`, range, lesson: KIND_WORDS[kind].lesson };
}

function shortMapping(m: Mapping): string {
  const cont = m.container.text;
  const proto = m.protocol === 'tcp' ? '' : `/${m.protocol}`;
  const host = m.host ? m.host.text : '?';
  return `${m.ip ? `${m.ip}:` : ''}${host} -> ${cont}${proto}`;
}

function interfaceWords(ip: string | undefined, ru: boolean): string {
  if (ip === undefined || ip === '0.0.0.0' || ip === '::') return ru ? 'на всех интерфейсах (доступен из сети)' : 'on all interfaces (reachable from the network)';
  if (ip === '127.0.0.1' || ip === '::1') return ru ? `только на ${ip} (доступен лишь с этой машины)` : `on ${ip} only (this machine only)`;
  return ru ? `на интерфейсе ${ip}` : `on interface ${ip}`;
}

function portHover(item: PortItem, range: Range, lang: Lang, lookup: Lookup): HoverResult {
  const ru = lang === 'ru';
  const lines: string[] = [];
  const raw = item.form === 'short' && isScalar(item.node) ? String(item.node.value) : undefined;
  if (!item.complete) {
    lines.push(ru ? 'Зависит от переменной, значение которой неизвестно: итоговый проброс станет ясен при запуске.' : 'Depends on a variable whose value is not known here: the final mapping is decided when Compose runs.');
  } else if (!item.parse?.ok) {
    lines.push(ru ? 'Docker не поймёт этот проброс (см. проблему DC012).' : 'Docker cannot read this mapping (see finding DC012).');
  } else {
    const m = item.parse.mapping;
    const proto = m.protocol;
    const where = interfaceWords(m.ip, ru);
    if (m.host) lines.push(ru ? `Хост ${m.host.text} -> контейнер ${m.container.text} (${proto}), ${where}.` : `Host ${m.host.text} -> container ${m.container.text} (${proto}), ${where}.`);
    else lines.push(ru ? `Контейнер ${m.container.text} (${proto}) публикуется на случайном свободном порту хоста, ${where}; узнать его: \`docker compose port ${item.service.name} ${m.container.start}\`.` : `Container ${m.container.text} (${proto}) is published on a random free host port, ${where}; find it with \`docker compose port ${item.service.name} ${m.container.start}\`.`);
    if (m.host) lines.push(ru ? `Открывайте http://localhost:${m.host.start} на хосте; другие сервисы обращаются к \`${item.service.name}:${m.container.start}\`.` : `Open http://localhost:${m.host.start} on the host; other services use \`${item.service.name}:${m.container.start}\`.`);
  }
  if (raw !== undefined && raw.includes('$') && item.value !== undefined) lines.push(ru ? `После подстановки переменных: \`${item.value}\`.` : `After substituting variables: \`${item.value}\`.`);
  void lookup;
  return { markdown: `**${ru ? 'Проброс порта' : 'Port mapping'}**\n\n${lines.join('\n\n')}`, range, lesson: 'm4-01-ports' };
}

function mountHover(mount: Mount, range: Range, lang: Lang, project: ProjectContext | undefined): HoverResult {
  const ru = lang === 'ru';
  const ro = mount.readOnly ? (ru ? ', только для чтения' : ', read-only') : '';
  const target = mount.target ?? '?';
  let text: string;
  switch (mount.type) {
    case 'bind': {
      text = ru
        ? `Bind mount: папка хоста \`${mount.source}\` видна в контейнере как \`${target}\`${ro}. Изменения видны с обеих сторон; относительные пути считаются от папки compose-файла.`
        : `Bind mount: the host path \`${mount.source}\` appears in the container at \`${target}\`${ro}. Changes show on both sides; relative paths start at the compose file's folder.`;
      if (project && mount.source && mount.complete && (mount.source.startsWith('./') || mount.source.startsWith('../') || mount.source === '.')) {
        const dir = project.file.replace(/[\\/][^\\/]*$/, '');
        const abs = `${dir}/${mount.source}`.replace(/\/\.\//g, '/').replace(/\/\.$/, '');
        if (!project.exists(abs)) text += ru ? ` Сейчас \`${mount.source}\` не существует: Docker создаст пустую папку, принадлежащую root.` : ` \`${mount.source}\` does not exist now: Docker will create an empty folder owned by root.`;
      }
      if (isDockerSocket(mount.source)) text += ru ? ' Это сокет Docker: контейнер получает власть root над хостом.' : ' This is the Docker socket: the container gets root power over the host.';
      break;
    }
    case 'volume':
      text = ru
        ? `Именованный том \`${mount.source}\` смонтирован в \`${target}\`${ro}. Данные хранит Docker, они переживают пересоздание контейнера; \`docker compose down -v\` их удаляет.`
        : `Named volume \`${mount.source}\` mounted at \`${target}\`${ro}. Docker keeps the data and it survives re-created containers; \`docker compose down -v\` deletes it.`;
      break;
    case 'anonymous':
      text = ru
        ? `Анонимный том в \`${target}\`: у каждого нового контейнера свой безымянный том, и данные потом трудно найти. Дайте тому имя, если данные нужны.`
        : `Anonymous volume at \`${target}\`: every new container gets its own unnamed volume, and the data is hard to find later. Name the volume if the data matters.`;
      break;
    case 'tmpfs':
      text = ru ? `Файловая система в памяти в \`${target}\`: быстро, исчезает при остановке контейнера.` : `In-memory filesystem at \`${target}\`: fast, gone when the container stops.`;
      break;
    default:
      text = ru ? `Монтирование типа ${mount.type} в \`${target}\`.` : `A ${mount.type} mount at \`${target}\`.`;
  }
  if (!mount.complete) text += ru ? ' Часть пути задаёт переменная с неизвестным значением.' : ' Part of it comes from a variable whose value is not known here.';
  return { markdown: `**${ru ? 'Монтирование' : 'Mount'}**\n\n${text}`, range, lesson: 'm4-03-volumes' };
}

function imageHover(node: Scalar, range: Range, lang: Lang, lookup: Lookup): HoverResult | undefined {
  const raw = String(node.value ?? '');
  const r = interpolate(raw, lookup);
  const ru = lang === 'ru';
  if (!r.complete) return { markdown: `**${ru ? 'Образ' : 'Image'}**\n\n${ru ? `Имя образа задаёт переменная; с известными значениями получается \`${r.value}\`.` : `A variable sets the image; with the values known here it is \`${r.value}\`.`}`, range, lesson: 'm1-03-images' };
  const ref = parseImageRef(r.value, range);
  const lines: string[] = [];
  const registry = ref.registry ?? 'Docker Hub (docker.io)';
  lines.push(ru ? `Репозиторий \`${ref.name}\` в реестре ${registry}${ref.official ? ' — официальный образ Docker' : ''}.` : `Repository \`${ref.name}\` on ${registry}${ref.official ? ', a Docker Official Image' : ''}.`);
  if (ref.digest) lines.push(ru ? `Закреплён дайджестом \`${ref.digest.slice(0, 19)}…\`: всегда один и тот же образ.` : `Pinned by digest \`${ref.digest.slice(0, 19)}…\`: always exactly the same image.`);
  if (ref.tag && ref.tag !== 'latest') lines.push(ru ? `Тег \`${ref.tag}\`. Тег может указывать на новую сборку; для полной воспроизводимости добавьте дайджест (@sha256:...).` : `Tag \`${ref.tag}\`. A tag can move to a new build; add a digest (@sha256:...) for full reproducibility.`);
  else if (!ref.digest) lines.push(ru ? `Без тега версии${ref.tag ? '' : ' — это `latest`'}: при следующем \`docker compose pull\` может приехать другая версия.` : `No version tag${ref.tag ? '' : ', which means `latest`'}: the next \`docker compose pull\` may bring another version.`);
  if (raw !== r.value) lines.push(ru ? `После подстановки переменных: \`${r.value}\`.` : `After substituting variables: \`${r.value}\`.`);
  return { markdown: `**${ru ? 'Образ' : 'Image'} ${r.value}**\n\n${lines.join('\n\n')}`, range, lesson: ref.tag && ref.tag !== 'latest' || ref.digest ? 'm1-03-images' : 'm3-03-pinning' };
}

function variableHover(model: ComposeModel, node: Scalar, off: number, lang: Lang, project: ProjectContext | undefined): HoverResult | undefined {
  const { uses } = variablesOf(model, node);
  // The innermost use under the cursor (a variable inside a default wins over the outer one).
  const pos = model.position(off);
  const hits = uses.filter((u) => inRange(pos, u.range));
  const hit = hits[hits.length - 1];
  if (!hit) return undefined;
  const ru = lang === 'ru';
  const { use } = hit;
  const env = project ? projectEnv(project) : undefined;
  const entry = env?.entries?.get(use.name);
  const lines: string[] = [];
  if (entry) lines.push(ru ? `В .env (строка ${entry.line + 1}): \`${use.name}=${entry.value}\`.` : `In .env (line ${entry.line + 1}): \`${use.name}=${entry.value}\`.`);
  else if (project) lines.push(ru ? `В .env рядом с compose-файлом ${env?.entries ? 'её нет' : 'нет (файла .env нет)'}; значение может прийти только из оболочки.` : `Not in ${env?.entries ? 'the .env file' : 'a .env file (there is none)'} next to the compose file; only the shell can set it.`);
  else lines.push(ru ? 'Compose берёт значение из оболочки или из файла .env рядом с compose-файлом.' : 'Compose takes the value from the shell or from the .env file next to the compose file.');
  const arg = use.arg ?? '';
  switch (use.op) {
    case ':-': lines.push(ru ? `Если переменная не задана или пуста — \`${arg}\`.` : `When unset or empty: \`${arg}\`.`); break;
    case '-': lines.push(ru ? `Если переменная не задана — \`${arg}\`.` : `When unset: \`${arg}\`.`); break;
    case ':?': case '?': lines.push(ru ? `Обязательна: без неё Compose остановится с ошибкой «${arg}».` : `Required: without it Compose stops with the error "${arg}".`); break;
    case ':+': case '+': lines.push(ru ? `Если переменная задана — подставляется \`${arg}\`, иначе пустая строка.` : `When set, \`${arg}\` is used instead; otherwise an empty string.`); break;
    default: if (!entry) lines.push(ru ? 'Значения по умолчанию нет: если переменная не задана, Compose подставит пустую строку и предупредит.' : 'No default: when it is unset, Compose substitutes an empty string and warns.');
  }
  if (project) {
    const whole = interpolate(String(node.value), (n) => env?.entries?.get(n)?.value);
    lines.push(ru ? `Итоговое значение: \`${whole.value}\`.` : `Resulting value: \`${whole.value}\`.`);
  }
  const written = use.braced ? `\${${use.name}${use.op}${arg}}` : `$${use.name}`;
  return { markdown: `**${written}**\n\n${lines.join('\n\n')}`, range: hit.range, lesson: 'm5-04-env-and-interpolation' };
}

function serviceOf(model: ComposeModel, path: Path): Entry | undefined {
  return path[0] === 'services' && typeof path[1] === 'string' ? model.services.find((s) => s.name === path[1]) : undefined;
}

export function composeHover(model: ComposeModel, position: Position, lang: Lang, project?: ProjectContext): HoverResult | undefined {
  const off = model.offset(position);
  const hit = locate(model, off);
  if (!hit) return undefined;
  const lookup = lookupFor(project);
  if (hit.onKey) return keyHover(model, hit, lang, lookup);
  const node = hit.node as Scalar;
  const { path } = hit;
  if (typeof node.value === 'string' && node.value.includes('$')) {
    const v = variableHover(model, node, off, lang, project);
    if (v) return v;
  }
  const svc = serviceOf(model, path);
  if (svc && path[2] === 'ports' && typeof path[3] === 'number') {
    const item = servicePorts(model, svc, lookup)[path[3]];
    if (item) return portHover(item, path.length === 4 ? hit.range : model.rangeOf(item.node), lang, lookup);
  }
  if (svc && path[2] === 'volumes' && typeof path[3] === 'number') {
    const mount = serviceMounts(model, svc, lookup)[path[3]];
    if (mount) return mountHover(mount, path.length === 4 ? hit.range : model.rangeOf(mount.node), lang, project);
  }
  if (svc && path.length === 3 && path[2] === 'image') return imageHover(node, hit.range, lang, lookup);
  const last = [...path].reverse().find((p): p is string => typeof p === 'string');
  const value = scalarText(node);
  const valueDoc = last && value !== undefined ? VALUE_DOCS[last]?.[value.split(':')[0] as string] : undefined;
  if (valueDoc && last) {
    const lesson = lessonFor(path.slice(0, path.lastIndexOf(last) + 1));
    return { markdown: `**${last}: ${value}**\n\n${lang === 'ru' ? valueDoc.ru : valueDoc.en}`, range: hit.range, ...(lesson ? { lesson } : {}) };
  }
  // Any other value: explain the key it belongs to.
  const keyPath = typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path;
  if (keyPath.length === 0) return undefined;
  const keyHit = keyHover(model, { ...hit, path: keyPath, onKey: true }, lang, lookup);
  return keyHit ? { ...keyHit, range: hit.range } : undefined;
}
