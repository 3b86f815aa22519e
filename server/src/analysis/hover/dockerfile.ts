// Hover for Dockerfiles: instructions, flags, image references, variables and ports. Each hover
// is short, says what this very line does, and links the lesson that teaches it.
import type { DockerfileModel, Flag, Instruction, Stage, Word } from '../dockerfile/model';
import type { ImageRef } from '../dockerfile/imageRef';
import type { Lang, Position, Range } from '../types';
import { INSTRUCTION_DOCS } from './instructions';
import { containerPart, parseExposePort } from '../dockerfile/ports';
import { looksLikeImage } from '../dockerfile/stageRefs';
import {
  definitionsIn, globalScope, PLATFORM_ARGS, PROXY_ARGS, scopeBefore, usesIn, type VarDef, type VarUse,
} from '../dockerfile/variables';

export interface HoverResult { markdown: string; range: Range; lesson?: string }

export function inRange(p: Position, r: Range): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

type Text = Record<Lang, string>;
const tr = (lang: Lang, en: string, ru: string): string => (lang === 'ru' ? ru : en);
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
const line = (r: Range): number => r.start.line + 1;

const LESSON = {
  instructions: 'm2-01-first-dockerfile',
  cache: 'm2-02-layers-and-cache',
  vars: 'm2-04-env-and-arg',
  expose: 'm2-05-expose-volume-user-healthcheck',
  multiStage: 'm3-01-multi-stage',
  size: 'm3-02-image-size',
  pinning: 'm3-03-pinning',
  security: 'm3-04-security-hardening',
} as const;

export function dockerfileHover(model: DockerfileModel, position: Position, lang: Lang): HoverResult | undefined {
  const instr = model.instructions.find((i) => inRange(position, i.range));
  if (!instr) return undefined;
  if (inRange(position, instr.keywordRange)) {
    const doc = INSTRUCTION_DOCS[instr.keyword];
    if (!doc) return undefined;
    const forms = doc.forms.map((f) => `    ${f}`).join('\n');
    return { markdown: `**${instr.keyword}**\n\n${doc.text[lang]}\n\n${forms}`, range: instr.keywordRange, lesson: doc.lesson };
  }
  // FROM ${BASE}: the image hover resolves the variable, so it wins over the variable hover.
  const fromStage = instr.keyword === 'FROM' ? model.stages[instr.stage] : undefined;
  if (fromStage && /^\$\{?\w+\}?$/.test(fromStage.base.text) && inRange(position, fromStage.base.range)) return imageHover(model, fromStage, lang);
  const use = usesIn(model, instr).find((u) => inRange(position, u.range));
  if (use) return variableHover(model, instr, use, lang);
  const flag = instr.flags.find((f) => inRange(position, f.range));
  if (flag) return flagHover(model, instr, flag, lang);
  if (instr.keyword === 'FROM') {
    const stage = model.stages[instr.stage];
    if (stage && stage.base.text && inRange(position, stage.base.range)) return imageHover(model, stage, lang);
    if (stage?.name && stage.nameRange && inRange(position, stage.nameRange)) return stageNameHover(model, stage, lang);
    return undefined;
  }
  if (instr.keyword === 'ARG' || instr.keyword === 'ENV') {
    const def = definitionsIn(model, instr).find((d) => inRange(position, d.nameRange));
    if (def) return definitionHover(def, lang);
    return undefined;
  }
  if (instr.keyword === 'EXPOSE') {
    const word = instr.args.find((w) => inRange(position, w.range));
    if (word && !word.value.includes('$')) return portHover(word, lang);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Flags

const FLAG_TEXT: Record<string, { lesson: string; text: Text }> = {
  chown: {
    lesson: LESSON.security,
    text: {
      en: 'Sets the owner of the copied files (`user:group`, names or numeric IDs) as they are written. Cheaper than a later `RUN chown -R`, which copies every file into a second layer.',
      ru: 'Задаёт владельца копируемых файлов (`пользователь:группа`, имена или числовые ID) прямо при записи. Дешевле, чем `RUN chown -R` позже: тот копирует каждый файл во второй слой.',
    },
  },
  chmod: {
    lesson: LESSON.security,
    text: {
      en: 'Sets the permissions of the copied files, e.g. `755` for programs and folders, `644` for data. Avoid modes that let everyone write (`777`).',
      ru: 'Задаёт права копируемых файлов, например `755` для программ и каталогов и `644` для данных. Избегайте режимов с записью для всех (`777`).',
    },
  },
  link: {
    lesson: LESSON.cache,
    text: {
      en: 'Writes the files into a layer of their own that does not depend on the layers below, so a new base image does not invalidate this step and the layer can be reused as is.',
      ru: 'Записывает файлы в отдельный слой, не зависящий от нижележащих: смена базового образа не сбрасывает кэш этого шага, и слой переиспользуется как есть.',
    },
  },
  platform: {
    lesson: LESSON.multiStage,
    text: {
      en: 'Chooses which platform of the image to use. `--platform=$BUILDPLATFORM` runs this stage natively on the build machine (fast cross-compiling with `TARGETOS`/`TARGETARCH`); a constant such as `linux/amd64` forces emulation everywhere else.',
      ru: 'Выбирает платформу образа. `--platform=$BUILDPLATFORM` запускает этап нативно на машине сборки (быстрая кросс-компиляция с `TARGETOS`/`TARGETARCH`); константа вроде `linux/amd64` везде, кроме такой машины, включает эмуляцию.',
    },
  },
  network: {
    lesson: LESSON.security,
    text: {
      en: 'The network of this RUN: `default`, `none` (no network: proves the step needs none) or `host`.',
      ru: 'Сеть для этого RUN: `default`, `none` (без сети — доказывает, что шагу она не нужна) или `host`.',
    },
  },
  security: {
    lesson: LESSON.security,
    text: {
      en: '`insecure` runs this RUN with extra privileges; it needs `--allow security.insecure` on the build. Avoid it unless the step truly needs it.',
      ru: '`insecure` запускает этот RUN с расширенными привилегиями; при сборке нужен `--allow security.insecure`. Не используйте без настоящей необходимости.',
    },
  },
  parents: {
    lesson: LESSON.instructions,
    text: {
      en: 'Keeps the source folders in the destination path (`COPY --parents a/b/c.txt /dst/` writes `/dst/a/b/c.txt`).',
      ru: 'Сохраняет каталоги источника в пути назначения (`COPY --parents a/b/c.txt /dst/` запишет `/dst/a/b/c.txt`).',
    },
  },
  exclude: {
    lesson: LESSON.instructions,
    text: {
      en: 'Leaves out files matching this pattern from this copy only; `.dockerignore` excludes them from the whole build.',
      ru: 'Исключает файлы по шаблону только из этого копирования; `.dockerignore` исключает их из всей сборки.',
    },
  },
  checksum: {
    lesson: LESSON.pinning,
    text: {
      en: 'The expected digest of a downloaded file (`sha256:…`): the build fails if the download changes.',
      ru: 'Ожидаемый дайджест скачиваемого файла (`sha256:…`): если файл изменится, сборка упадёт.',
    },
  },
  'keep-git-dir': {
    lesson: LESSON.instructions,
    text: { en: 'Keeps the `.git` folder when adding a Git repository.', ru: 'Сохраняет каталог `.git` при добавлении Git-репозитория.' },
  },
  interval: {
    lesson: LESSON.expose,
    text: { en: 'Time between two health checks (default 30s).', ru: 'Время между двумя проверками (по умолчанию 30s).' },
  },
  timeout: {
    lesson: LESSON.expose,
    text: { en: 'A check that takes longer counts as failed (default 30s).', ru: 'Проверка дольше этого считается неудачной (по умолчанию 30s).' },
  },
  'start-period': {
    lesson: LESSON.expose,
    text: { en: 'Grace time after start: failures then do not count yet (default 0s).', ru: 'Время на запуск: неудачи в этот период ещё не считаются (по умолчанию 0s).' },
  },
  'start-interval': {
    lesson: LESSON.expose,
    text: { en: 'Time between checks during the start period.', ru: 'Интервал между проверками в период запуска.' },
  },
  retries: {
    lesson: LESSON.expose,
    text: { en: 'Failures in a row before the container is marked unhealthy (default 3).', ru: 'Сколько неудач подряд нужно, чтобы контейнер стал unhealthy (по умолчанию 3).' },
  },
};

const MOUNT_TEXT: Record<string, { lesson: string; text: Text }> = {
  cache: {
    lesson: LESSON.cache,
    text: {
      en: 'A cache folder kept between builds (e.g. the package manager\'s download cache) and never part of the image: reinstalls get fast without making the image bigger.',
      ru: 'Каталог кэша, который сохраняется между сборками (например, кэш загрузок менеджера пакетов) и не попадает в образ: переустановка быстрее, а образ не растёт.',
    },
  },
  secret: {
    lesson: LESSON.vars,
    text: {
      en: 'Makes a secret given with `docker build --secret` available to this RUN only (a file under `/run/secrets/`, or an env variable with `env=`). It is never written to a layer or the image history.',
      ru: 'Делает секрет, переданный через `docker build --secret`, доступным только этому RUN (файл в `/run/secrets/` или переменная окружения через `env=`). Он не попадает ни в слой, ни в историю образа.',
    },
  },
  bind: {
    lesson: LESSON.cache,
    text: {
      en: 'Mounts files from the build context (or another stage with `from=`) read-only for this RUN, without copying them into a layer.',
      ru: 'Монтирует файлы из контекста сборки (или другого этапа через `from=`) только для чтения на время этого RUN, не копируя их в слой.',
    },
  },
  ssh: {
    lesson: LESSON.security,
    text: {
      en: 'Forwards your SSH agent (`docker build --ssh default`) to this RUN, e.g. to clone a private repository, without putting a key in the image.',
      ru: 'Пробрасывает SSH-агент (`docker build --ssh default`) в этот RUN, например для клонирования закрытого репозитория, не кладя ключ в образ.',
    },
  },
  tmpfs: {
    lesson: LESSON.cache,
    text: { en: 'An in-memory folder for this RUN only.', ru: 'Каталог в памяти только на время этого RUN.' },
  },
};

function stageLabel(stage: Stage): string {
  return stage.name ? `**${stage.name}**` : `#${stage.index}`;
}

function fromHover(model: DockerfileModel, instr: Instruction, value: string, lang: Lang): string {
  if (value.includes('$')) return tr(lang, 'The source is chosen at build time from a variable.', 'Источник выбирается во время сборки по значению переменной.');
  const index = /^\d+$/.test(value) ? Number(value) : model.stageIndex(value);
  const stage = index === undefined ? undefined : model.stages[index];
  if (stage && stage.index < instr.stage) {
    return tr(lang,
      `Takes files from the stage ${stageLabel(stage)} (line ${line(stage.from.range)}, ${code(`FROM ${stage.base.text}`)}), not from the build context. Only what you copy ends up in this image; the tools of that stage stay behind.`,
      `Берёт файлы из этапа ${stageLabel(stage)} (строка ${line(stage.from.range)}, ${code(`FROM ${stage.base.text}`)}), а не из контекста сборки. В этот образ попадает только скопированное; инструменты того этапа остаются за бортом.`);
  }
  if (stage) return tr(lang, `Stage ${stageLabel(stage)} is not above this one: a stage can only take files from earlier stages.`, `Этап ${stageLabel(stage)} не выше этого: брать файлы можно только из предыдущих этапов.`);
  if (looksLikeImage(value)) {
    return tr(lang,
      `Takes files straight from the image ${code(value)}: Docker pulls it, but it does not become part of the build. Pin its tag like a base image.`,
      `Берёт файлы прямо из образа ${code(value)}: Docker скачает его, но в сборку он не войдёт. Закрепляйте его тег, как у базового образа.`);
  }
  return tr(lang,
    `No stage above is called ${code(value)}: Docker looks for an image (or a build context passed with ${code(`--build-context ${value}=…`)}) of that name.`,
    `Выше нет этапа ${code(value)}: Docker будет искать образ (или контекст сборки, переданный через ${code(`--build-context ${value}=…`)}) с таким именем.`);
}

function flagHover(model: DockerfileModel, instr: Instruction, flag: Flag, lang: Lang): HoverResult | undefined {
  const title = `**--${flag.name}**`;
  if (flag.name === 'from' && instr.keyword === 'COPY') {
    return { markdown: `${title}\n\n${fromHover(model, instr, flag.value ?? '', lang)}`, range: flag.range, lesson: LESSON.multiStage };
  }
  if (flag.name === 'mount' && instr.keyword === 'RUN') {
    const options = new Map((flag.value ?? '').split(',').map((o) => {
      const eq = o.indexOf('=');
      return eq < 0 ? [o.toLowerCase(), ''] : [o.slice(0, eq).toLowerCase(), o.slice(eq + 1)];
    }));
    const type = (options.get('type') ?? 'bind').toLowerCase();
    const doc = MOUNT_TEXT[type];
    if (!doc) return { markdown: `${title}\n\n${tr(lang, `Unknown mount type ${code(type)}: use cache, secret, bind, ssh or tmpfs.`, `Неизвестный тип монтирования ${code(type)}: используйте cache, secret, bind, ssh или tmpfs.`)}`, range: flag.range, lesson: LESSON.cache };
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    const from = options.get('from');
    const extra = [
      target ? tr(lang, `Mounted at ${code(target)}.`, `Монтируется в ${code(target)}.`) : '',
      from ? fromHover(model, instr, from, lang) : '',
    ].filter(Boolean).join(' ');
    return { markdown: `**--mount=type=${type}**\n\n${doc.text[lang]}${extra ? `\n\n${extra}` : ''}`, range: flag.range, lesson: doc.lesson };
  }
  const doc = FLAG_TEXT[flag.name];
  if (!doc) return undefined;
  let text = doc.text[lang];
  if (flag.name === 'platform' && flag.value && !flag.value.includes('$')) {
    text += ` ${tr(lang, `Here it is fixed to ${code(flag.value)}.`, `Здесь она зафиксирована: ${code(flag.value)}.`)}`;
  }
  return { markdown: `${title}\n\n${text}`, range: flag.range, lesson: doc.lesson };
}

// ---------------------------------------------------------------------------------------------
// Image references and stage names

// What common tag words mean, for the hover on a base image.
const VARIANTS: [RegExp, Text][] = [
  [/alpine/, { en: 'Alpine Linux variant: very small, uses musl libc and `apk`; some prebuilt binaries expect glibc.', ru: 'вариант на Alpine Linux: очень маленький, использует musl libc и `apk`; некоторые готовые бинарники ждут glibc.' }],
  [/slim/, { en: 'slim variant: Debian with fewer packages, a good default for small images.', ru: 'вариант slim: Debian с меньшим набором пакетов, хороший выбор по умолчанию для небольших образов.' }],
  [/distroless/, { en: 'distroless: no shell and no package manager, only the runtime.', ru: 'distroless: без оболочки и менеджера пакетов, только среда выполнения.' }],
  [/bookworm|bullseye|buster|trixie/, { en: 'built on that Debian release (bookworm = 12, trixie = 13).', ru: 'собран на этом выпуске Debian (bookworm = 12, trixie = 13).' }],
  [/jammy|noble|focal/, { en: 'built on that Ubuntu release (jammy = 22.04, noble = 24.04).', ru: 'собран на этом выпуске Ubuntu (jammy = 22.04, noble = 24.04).' }],
  [/windowsservercore|nanoserver|ltsc/, { en: 'a Windows container image: it runs only on Windows hosts.', ru: 'образ Windows-контейнера: работает только на Windows-хостах.' }],
];

/** `${VAR}` / `$VAR` in an image reference, replaced by the global ARG defaults. */
function resolveImage(model: DockerfileModel, text: string): string | undefined {
  const globals = globalScope(model);
  let unresolved = false;
  const out = text.replace(/\$\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_m, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    const value = globals.get(braced ?? bare ?? '')?.value;
    if (value !== null && value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    unresolved = true;
    return '';
  });
  return unresolved ? undefined : out;
}

function imageLines(ref: ImageRef, lang: Lang): string[] {
  const lines: string[] = [];
  if (ref.registry && ref.registry !== 'docker.io' && ref.registry !== 'index.docker.io') {
    lines.push(tr(lang, `From the registry ${code(ref.registry)}, not Docker Hub.`, `Из реестра ${code(ref.registry)}, а не с Docker Hub.`));
  } else if (ref.official) {
    lines.push(tr(lang, `Docker Official Image (${code(`library/${ref.name.replace(/^(docker\.io\/|index\.docker\.io\/)?(library\/)?/, '')}`)} on Docker Hub): maintained, documented and rebuilt for security fixes.`,
      `Официальный образ Docker (${code(`library/${ref.name.replace(/^(docker\.io\/|index\.docker\.io\/)?(library\/)?/, '')}`)} на Docker Hub): поддерживается, документирован и пересобирается с исправлениями безопасности.`));
  } else {
    const owner = ref.name.replace(/^(docker\.io\/|index\.docker\.io\/)/, '').split('/')[0] ?? '';
    lines.push(tr(lang, `A Docker Hub image published by ${code(owner)}, not an official image: check who maintains it and how often it is updated.`,
      `Образ на Docker Hub от ${code(owner)}, не официальный: проверьте, кто его поддерживает и как часто обновляет.`));
  }
  if (ref.digest) {
    lines.push(tr(lang, `Pinned by digest ${code(ref.digest.length > 19 ? `${ref.digest.slice(0, 19)}…` : ref.digest)}: always exactly the same bytes${ref.tag ? `; the tag ${code(ref.tag)} is only a label for readers` : ''}. Update the digest on purpose to get fixes.`,
      `Закреплён дайджестом ${code(ref.digest.length > 19 ? `${ref.digest.slice(0, 19)}…` : ref.digest)}: всегда одни и те же байты${ref.tag ? `; тег ${code(ref.tag)} здесь лишь подпись для читателя` : ''}. Обновляйте дайджест сознательно, чтобы получать исправления.`));
  } else if (ref.tag === undefined) {
    lines.push(tr(lang, 'No tag, so it means `:latest`: whatever was pushed last. Pin a version tag.', 'Тега нет, значит берётся `:latest` — то, что опубликовали последним. Закрепите тег версии.'));
  } else if (ref.tag === 'latest') {
    lines.push(tr(lang, '`latest` moves with every push: the same Dockerfile builds something else next month.', '`latest` переезжает с каждой публикацией: через месяц тот же Dockerfile соберёт другое.'));
  } else {
    const variants = VARIANTS.filter(([re]) => re.test(ref.tag ?? '')).map(([, t]) => t[lang]);
    lines.push(tr(lang, `Tag ${code(ref.tag)}: a name the publisher can move to a newer build (e.g. a patch release).${variants.length ? ` ${variants.join(' ')}` : ''} Add a digest (\`@sha256:…\`) for byte-for-byte repeatable builds.`,
      `Тег ${code(ref.tag)}: имя, которое издатель может перенести на более новую сборку (например, патч-релиз).${variants.length ? ` ${variants.map((v) => v.charAt(0).toUpperCase() + v.slice(1)).join(' ')}` : ''} Добавьте дайджест (\`@sha256:…\`), чтобы сборки повторялись байт в байт.`));
  }
  if (ref.platform) lines.push(tr(lang, `Platform: ${code(ref.platform)}.`, `Платформа: ${code(ref.platform)}.`));
  return lines;
}

function imageHover(model: DockerfileModel, stage: Stage, lang: Lang): HoverResult {
  const ref = stage.base;
  const head = `**${ref.text}**`;
  if (ref.usesVariable) {
    const resolved = resolveImage(model, ref.text);
    const text = resolved
      ? tr(lang, `Chosen at build time from global ARGs; with the defaults it is ${code(resolved)}. Override with ${code('--build-arg')}.`, `Выбирается во время сборки по глобальным ARG; со значениями по умолчанию это ${code(resolved)}. Переопределяется через ${code('--build-arg')}.`)
      : tr(lang, 'Chosen at build time from a variable that has no default here: pass it with `--build-arg`, or the reference is invalid.', 'Выбирается во время сборки по переменной без значения по умолчанию: передайте её через `--build-arg`, иначе ссылка будет некорректной.');
    return { markdown: `${head}\n\n${text}`, range: ref.range, lesson: LESSON.vars };
  }
  if (ref.isScratch) {
    return {
      markdown: `${head}\n\n${tr(lang, 'The empty image: no shell, no libraries, no files. Good for a static binary copied in with `COPY --from`; `RUN` has nothing to run here.', 'Пустой образ: ни оболочки, ни библиотек, ни файлов. Подходит для статического бинарника, скопированного через `COPY --from`; `RUN` здесь запускать нечего.')}`,
      range: ref.range, lesson: LESSON.size,
    };
  }
  const earlier = model.stageIndex(ref.text);
  const parent = earlier === undefined ? undefined : model.stages[earlier];
  if (parent && parent.index < stage.index) {
    return {
      markdown: `${head}\n\n${tr(lang, `The earlier stage ${stageLabel(parent)} (line ${line(parent.from.range)}): this stage starts from its result, with its files, ENV and WORKDIR.`, `Предыдущий этап ${stageLabel(parent)} (строка ${line(parent.from.range)}): этот этап начинается с его результата — с файлами, ENV и WORKDIR.`)}`,
      range: ref.range, lesson: LESSON.multiStage,
    };
  }
  return { markdown: `${head}\n\n${imageLines(ref, lang).join('\n\n')}`, range: ref.range, lesson: LESSON.pinning };
}

function stageNameHover(model: DockerfileModel, stage: Stage, lang: Lang): HoverResult {
  const name = stage.name ?? '';
  const key = name.toLowerCase();
  const users: number[] = [];
  for (const i of model.instructions) {
    if (i.stage <= stage.index) continue;
    if (i.keyword === 'FROM' && model.stages[i.stage]?.base.text.toLowerCase() === key) users.push(line(i.range));
    if (i.flags.some((f) => (f.name === 'from' && f.value?.toLowerCase() === key) || (f.name === 'mount' && (f.value ?? '').toLowerCase().split(',').includes(`from=${key}`)))) users.push(line(i.range));
  }
  const used = users.length
    ? tr(lang, `Used on line${users.length > 1 ? 's' : ''} ${users.join(', ')}.`, `Используется в строк${users.length > 1 ? 'ах' : 'е'} ${users.join(', ')}.`)
    : tr(lang, 'No later line uses it; it still builds when it is the last stage or the `--target`.', 'Ни одна строка ниже его не использует; он всё равно собирается, если это последний этап или `--target`.');
  return {
    markdown: `**${name}**\n\n${tr(lang, `Stage ${stage.index}, named for ${code(`COPY --from=${name}`)}, ${code(`FROM ${name}`)} and ${code(`docker build --target ${name}`)}.`, `Этап ${stage.index}; имя нужно для ${code(`COPY --from=${name}`)}, ${code(`FROM ${name}`)} и ${code(`docker build --target ${name}`)}.`)} ${used}`,
    range: stage.nameRange ?? stage.from.keywordRange, lesson: LESSON.multiStage,
  };
}

// ---------------------------------------------------------------------------------------------
// Variables

function valueText(value: string | null, lang: Lang): string {
  if (value === null) return tr(lang, 'no default', 'без значения по умолчанию');
  if (value === '') return tr(lang, 'empty', 'пустое');
  return code(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

function definitionText(def: VarDef, lang: Lang): string {
  const where = tr(lang, `line ${line(def.instr.range)}`, `строка ${line(def.instr.range)}`);
  if (def.kind === 'ENV') {
    return tr(lang, `ENV (${where}): ${valueText(def.value, lang)}. Set for the rest of the build and in every container of the image.`,
      `ENV (${where}): ${valueText(def.value, lang)}. Действует до конца сборки и в каждом контейнере из образа.`);
  }
  if (def.global) {
    const value = def.value === null
      ? tr(lang, 'no default', 'без значения по умолчанию')
      : tr(lang, `default ${valueText(def.value, lang)}`, `по умолчанию ${valueText(def.value, lang)}`);
    return tr(lang, `Global ARG (${where}), ${value}. Usable in FROM lines; inside a stage only after ${code(`ARG ${def.name}`)}.`,
      `Глобальный ARG (${where}), ${value}. Доступен в строках FROM, а внутри этапа — только после ${code(`ARG ${def.name}`)}.`);
  }
  const value = def.value === null
    ? tr(lang, 'no default', 'без значения по умолчанию')
    : tr(lang, `default ${valueText(def.value, lang)}`, `по умолчанию ${valueText(def.value, lang)}`);
  return tr(lang, `ARG (${where}), ${value}. Build time only: set with ${code(`--build-arg ${def.name}=…`)}; containers do not see it.`,
    `ARG (${where}), ${value}. Только во время сборки: задаётся через ${code(`--build-arg ${def.name}=…`)}, контейнеры его не видят.`);
}

function modifierText(model: DockerfileModel, use: VarUse, lang: Lang): string {
  if (use.modifier === null) return '';
  // dockerfile-ast reports `-` for both `${A-x}` and `${A:-x}`: read the colon from the text.
  const written = (model.lines[use.nameRange.end.line] ?? '').slice(use.nameRange.end.character, use.nameRange.end.character + 2);
  const m = written.startsWith(':') ? `:${use.modifier.replace(/^:/, '')}` : use.modifier;
  if (/^:?-/.test(m)) return tr(lang, 'Falls back to the text after `-` when the variable is unset' + (m.startsWith(':') ? ' or empty.' : '.'), 'Если переменная не задана' + (m.startsWith(':') ? ' или пуста' : '') + ', подставляется текст после `-`.');
  if (/^:?\+/.test(m)) return tr(lang, 'Expands to the text after `+` only when the variable is set.', 'Раскрывается в текст после `+`, только если переменная задана.');
  if (/^:?\?/.test(m)) return tr(lang, 'Stops the build with an error when the variable is unset.', 'Останавливает сборку с ошибкой, если переменная не задана.');
  return '';
}

function variableHover(model: DockerfileModel, instr: Instruction, use: VarUse, lang: Lang): HoverResult {
  const scope = scopeBefore(model, instr);
  const def = scope.get(use.name);
  const shell = instr.keyword === 'RUN' || instr.keyword === 'CMD' || instr.keyword === 'ENTRYPOINT' || instr.keyword === 'HEALTHCHECK';
  const parts: string[] = [];
  if (instr.execForm && (instr.keyword === 'RUN' || instr.keyword === 'CMD' || instr.keyword === 'ENTRYPOINT')) {
    parts.push(tr(lang, `In exec form no shell runs, so ${code(`$${use.name}`)} is passed on literally, not expanded. Use ${code(`["sh", "-c", "… $${use.name}"]`)} if you need the value.`,
      `В exec-форме оболочка не запускается, поэтому ${code(`$${use.name}`)} передаётся как есть, без подстановки. Если нужно значение, используйте ${code(`["sh", "-c", "… $${use.name}"]`)}.`));
    return { markdown: `**$${use.name}**\n\n${parts.join(' ')}`, range: use.range, lesson: 'm2-03-cmd-vs-entrypoint' };
  }
  if (def) parts.push(definitionText(def, lang));
  else if (PLATFORM_ARGS.includes(use.name)) {
    parts.push(instr.keyword === 'FROM'
      ? tr(lang, 'Set by BuildKit for the platform of the build (e.g. `linux/amd64`, `amd64`).', 'BuildKit задаёт её по платформе сборки (например, `linux/amd64`, `amd64`).')
      : tr(lang, `Set by BuildKit, but only in the global scope: add ${code(`ARG ${use.name}`)} in this stage, or it is empty here.`, `Её задаёт BuildKit, но только в глобальной области: добавьте ${code(`ARG ${use.name}`)} в этот этап, иначе здесь она пуста.`));
  } else if (PROXY_ARGS.includes(use.name)) {
    parts.push(tr(lang, 'A predefined proxy ARG: `--build-arg` sets it for RUN without a declaration, and it is left out of the image history.', 'Предопределённый ARG прокси: `--build-arg` задаёт его для RUN без объявления, и в историю образа он не попадает.'));
  } else {
    const global = instr.keyword === 'FROM' ? undefined : globalScope(model).get(use.name);
    if (global) parts.push(tr(lang, `A global ARG (line ${line(global.instr.range)}) that this stage has not redeclared: here it is empty. Add ${code(`ARG ${use.name}`)} after FROM.`, `Глобальный ARG (строка ${line(global.instr.range)}), который этот этап не объявил заново: здесь он пуст. Добавьте ${code(`ARG ${use.name}`)} после FROM.`));
    else if (shell) parts.push(tr(lang, 'Not declared in this Dockerfile: the shell reads it when the command runs (from the base image\'s ENV, or a shell variable), else it is empty.', 'Не объявлена в этом Dockerfile: её прочитает оболочка при выполнении команды (из ENV базового образа или переменной оболочки), иначе она пуста.'));
    else parts.push(tr(lang, 'Not declared in this Dockerfile: it may come from the base image\'s ENV; otherwise it expands to an empty string.', 'Не объявлена в этом Dockerfile: может прийти из ENV базового образа, иначе раскроется в пустую строку.'));
  }
  const modifier = modifierText(model, use, lang);
  if (modifier) parts.push(modifier);
  return { markdown: `**$${use.name}**\n\n${parts.join(' ')}`, range: use.range, lesson: LESSON.vars };
}

function definitionHover(def: VarDef, lang: Lang): HoverResult {
  return { markdown: `**${def.name}**\n\n${definitionText(def, lang)}`, range: def.nameRange, lesson: LESSON.vars };
}

// ---------------------------------------------------------------------------------------------
// Ports

const WELL_KNOWN: Record<number, string> = {
  22: 'SSH', 25: 'SMTP', 53: 'DNS', 80: 'HTTP', 443: 'HTTPS', 1433: 'SQL Server', 1521: 'Oracle', 2375: 'Docker API',
  3000: 'Node.js / Grafana', 3306: 'MySQL / MariaDB', 4200: 'Angular', 5000: 'Flask', 5432: 'PostgreSQL', 5672: 'RabbitMQ',
  6379: 'Redis', 8000: 'Django / uvicorn', 8080: 'HTTP', 8443: 'HTTPS', 9000: 'PHP-FPM / MinIO',
  9090: 'Prometheus', 9200: 'Elasticsearch', 11211: 'Memcached', 27017: 'MongoDB',
};

function portHover(word: Word, lang: Lang): HoverResult {
  const port = parseExposePort(word.value);
  const head = `**${word.value}**`;
  const lesson = LESSON.expose;
  if (port.problem && port.problem !== 'zero') {
    const text = port.problem === 'mapping'
      ? tr(lang, `EXPOSE takes only the container port: Docker keeps ${code(containerPart(port))} and ignores the rest. Publishing a host port is ${code(`docker run -p ${word.value}`)} or Compose ${code('ports:')}.`,
        `EXPOSE принимает только порт контейнера: Docker оставит ${code(containerPart(port))}, а остальное проигнорирует. Публикация на хосте — это ${code(`docker run -p ${word.value}`)} или ${code('ports:')} в Compose.`)
      : tr(lang, 'Docker cannot read this port specification and the build fails here: write `<port>[/tcp|/udp]`, e.g. `8080` or `53/udp`.', 'Docker не сможет разобрать такой порт, и сборка упадёт: пишите `<порт>[/tcp|/udp]`, например `8080` или `53/udp`.');
    return { markdown: `${head}\n\n${text}`, range: word.range, lesson };
  }
  const proto = (port.proto || 'tcp').toLowerCase();
  const start = port.start ?? 0;
  const end = port.end ?? start;
  const name = start === end ? WELL_KNOWN[start] : undefined;
  const what = start === end
    ? tr(lang, `Port ${start}/${proto}${name ? ` (usually ${name})` : ''}`, `Порт ${start}/${proto}${name ? ` (обычно ${name})` : ''}`)
    : tr(lang, `Ports ${start}-${end}/${proto} (${end - start + 1} ports)`, `Порты ${start}-${end}/${proto} (${end - start + 1} шт.)`);
  const text = tr(lang,
    `${what}: documents that the application listens here. It publishes nothing: use ${code(`docker run -p ${start}:${start}`)} or Compose ${code('ports:')}; ${code('docker run -P')} publishes every exposed port to a random host port.`,
    `${what}: документирует, что приложение слушает здесь. Сам ничего не публикует: используйте ${code(`docker run -p ${start}:${start}`)} или ${code('ports:')} в Compose; ${code('docker run -P')} публикует все объявленные порты на случайные порты хоста.`);
  return { markdown: `${head}\n\n${text}`, range: word.range, lesson };
}
