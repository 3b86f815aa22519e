// Hover text for every Dockerfile instruction: what it does, its forms, what it does to the
// cache and the image, and the lesson that teaches it.
import type { Lang } from '../types';

export interface InstructionDoc { lesson: string; forms: string[]; text: Record<Lang, string> }

export const INSTRUCTION_DOCS: Record<string, InstructionDoc> = {
  FROM: {
    lesson: 'm2-01-first-dockerfile', forms: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    text: {
      en: 'Starts a build stage from a base image. Every later instruction adds layers on top of it. A second FROM starts a new stage; `AS name` lets `COPY --from=name` take files from it. Pin a tag or a digest so the build does not change under you.',
      ru: 'Начинает этап сборки с базового образа; все следующие инструкции добавляют слои поверх него. Второй FROM начинает новый этап, а `AS имя` позволяет брать из него файлы через `COPY --from=имя`. Закрепляйте тег или дайджест, чтобы сборка не менялась сама.',
    },
  },
  RUN: {
    lesson: 'm2-07-run-hygiene', forms: ['RUN <command>', 'RUN ["executable", "arg"]', 'RUN --mount=type=cache,target=<path> <command>', 'RUN <<EOF … EOF'],
    text: {
      en: 'Runs a command at build time and saves the changed files as a new layer. The layer is cached by the command text (not by what it downloads), so chain related steps with `&&` and clean caches in the same RUN: a later RUN cannot make an earlier layer smaller.',
      ru: 'Выполняет команду во время сборки и сохраняет изменённые файлы как новый слой. Кэш слоя зависит от текста команды (а не от того, что она скачивает), поэтому связанные шаги объединяйте через `&&` и чистите кэши в том же RUN: следующий RUN не уменьшит предыдущий слой.',
    },
  },
  CMD: {
    lesson: 'm2-03-cmd-vs-entrypoint', forms: ['CMD ["executable", "arg"]', 'CMD ["arg"]  (arguments for ENTRYPOINT)', 'CMD command arg  (shell form)'],
    text: {
      en: 'The default command of a container, used when `docker run` gives none. Only the last CMD counts. Prefer the exec form (a JSON array): then your program is PID 1 and receives SIGTERM on `docker stop`. Adds metadata only, no layer.',
      ru: 'Команда контейнера по умолчанию: используется, если `docker run` не передал свою. Действует только последний CMD. Предпочитайте exec-форму (JSON-массив): тогда ваша программа — PID 1 и получает SIGTERM при `docker stop`. Меняет только метаданные, слой не создаёт.',
    },
  },
  ENTRYPOINT: {
    lesson: 'm2-03-cmd-vs-entrypoint', forms: ['ENTRYPOINT ["executable", "arg"]', 'ENTRYPOINT command arg  (shell form)'],
    text: {
      en: 'The program a container always runs; CMD (or the arguments of `docker run`) are appended to it as arguments in exec form. Shell form ignores CMD and makes `/bin/sh` PID 1. Only the last ENTRYPOINT counts.',
      ru: 'Программа, которую контейнер запускает всегда; CMD (или аргументы `docker run`) добавляются к ней как аргументы в exec-форме. В shell-форме CMD игнорируется, а PID 1 становится `/bin/sh`. Действует только последний ENTRYPOINT.',
    },
  },
  COPY: {
    lesson: 'm2-01-first-dockerfile', forms: ['COPY [--from=<stage>] [--chown=<user>:<group>] [--chmod=<mode>] <src>... <dest>'],
    text: {
      en: 'Copies files from the build context (or another stage with `--from`) into the image as a new layer. The cache key is the content of the copied files, so copy dependency manifests first and the rest of the source later.',
      ru: 'Копирует файлы из контекста сборки (или из другого этапа через `--from`) в образ новым слоем. Ключ кэша — содержимое копируемых файлов, поэтому сначала копируйте манифесты зависимостей, а остальной код — позже.',
    },
  },
  ADD: {
    lesson: 'm2-07-run-hygiene', forms: ['ADD [--chown=<user>:<group>] <src>... <dest>', 'ADD <url> <dest>'],
    text: {
      en: 'Like COPY, but also unpacks local tar archives and downloads URLs. That magic surprises people; use COPY for plain files and ADD only when you want the extraction.',
      ru: 'Как COPY, но ещё распаковывает локальные tar-архивы и скачивает URL. Эта «магия» часто удивляет; для обычных файлов используйте COPY, а ADD — только когда нужна распаковка.',
    },
  },
  WORKDIR: {
    lesson: 'm2-01-first-dockerfile', forms: ['WORKDIR /absolute/path'],
    text: {
      en: 'Sets the working folder for the following RUN, CMD, ENTRYPOINT, COPY and ADD, creating it if needed. Use an absolute path, and use WORKDIR instead of `cd` inside RUN.',
      ru: 'Задаёт рабочий каталог для следующих RUN, CMD, ENTRYPOINT, COPY и ADD и создаёт его при необходимости. Указывайте абсолютный путь и используйте WORKDIR вместо `cd` внутри RUN.',
    },
  },
  ENV: {
    lesson: 'm2-04-env-and-arg', forms: ['ENV <key>=<value> ...'],
    text: {
      en: 'Sets an environment variable for the rest of the build and for every container of the image. Values are visible in `docker inspect` and the image history: never put secrets here.',
      ru: 'Задаёт переменную окружения до конца сборки и для каждого контейнера из образа. Значения видны в `docker inspect` и истории образа: секреты сюда не кладите.',
    },
  },
  ARG: {
    lesson: 'm2-04-env-and-arg', forms: ['ARG <name>[=<default>]'],
    text: {
      en: 'Declares a build argument, set with `docker build --build-arg` or Compose `build.args`. It exists only while building. An ARG before the first FROM can be used in FROM lines; redeclare it inside a stage to use it there.',
      ru: 'Объявляет аргумент сборки, который задают через `docker build --build-arg` или `build.args` в Compose. Существует только во время сборки. ARG до первого FROM можно использовать в строках FROM; чтобы использовать его внутри этапа, объявите его там снова.',
    },
  },
  EXPOSE: {
    lesson: 'm2-05-expose-volume-user-healthcheck', forms: ['EXPOSE <port>[/tcp|/udp] ...'],
    text: {
      en: 'Documents which ports the application listens on. It publishes nothing: use `docker run -p` or Compose `ports:` for that.',
      ru: 'Документирует, какие порты слушает приложение. Сам ничего не публикует: для этого нужны `docker run -p` или `ports:` в Compose.',
    },
  },
  VOLUME: {
    lesson: 'm2-05-expose-volume-user-healthcheck', forms: ['VOLUME ["/data"]', 'VOLUME /data'],
    text: {
      en: 'Marks a path as a mount point: each container gets an anonymous volume there unless you mount one. Changes to that path in later build steps are discarded.',
      ru: 'Помечает путь как точку монтирования: каждый контейнер получит там анонимный том, если вы не смонтируете свой. Изменения этого пути в следующих шагах сборки теряются.',
    },
  },
  USER: {
    lesson: 'm3-04-security-hardening', forms: ['USER <user>[:<group>]', 'USER <uid>[:<gid>]'],
    text: {
      en: 'Sets the user for the following RUN instructions and for the container. End the final stage with a non-root user so a compromised process does not run as root.',
      ru: 'Задаёт пользователя для следующих RUN и для контейнера. Заканчивайте финальный этап непривилегированным пользователем, чтобы взломанный процесс не работал от root.',
    },
  },
  HEALTHCHECK: {
    lesson: 'm2-05-expose-volume-user-healthcheck', forms: ['HEALTHCHECK [--interval=30s] [--timeout=30s] [--retries=3] CMD <command>', 'HEALTHCHECK NONE'],
    text: {
      en: 'Tells Docker how to test that the container still works; its status (starting, healthy, unhealthy) shows in `docker ps` and gates Compose `depends_on: condition: service_healthy`. Only the last one counts.',
      ru: 'Говорит Docker, как проверить, что контейнер работает; статус (starting, healthy, unhealthy) виден в `docker ps` и управляет `depends_on: condition: service_healthy` в Compose. Действует только последний.',
    },
  },
  LABEL: {
    lesson: 'm2-05-expose-volume-user-healthcheck', forms: ['LABEL <key>=<value> ...'],
    text: {
      en: 'Adds metadata to the image (maintainer, source, version), e.g. `org.opencontainers.image.source`. No layer.',
      ru: 'Добавляет образу метаданные (автор, исходники, версия), например `org.opencontainers.image.source`. Слой не создаёт.',
    },
  },
  SHELL: {
    lesson: 'm2-07-run-hygiene', forms: ['SHELL ["executable", "parameters"]'],
    text: {
      en: 'Changes the shell used by shell-form RUN, CMD and ENTRYPOINT. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` makes a failing command in a pipe fail the build.',
      ru: 'Меняет оболочку для RUN, CMD и ENTRYPOINT в shell-форме. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` делает так, что ошибка в конвейере роняет сборку.',
    },
  },
  STOPSIGNAL: {
    lesson: 'm2-03-cmd-vs-entrypoint', forms: ['STOPSIGNAL <signal>'],
    text: {
      en: 'The signal `docker stop` sends to PID 1 (SIGTERM by default). Change it only when your program expects another, e.g. SIGQUIT for nginx graceful shutdown.',
      ru: 'Сигнал, который `docker stop` отправляет PID 1 (по умолчанию SIGTERM). Меняйте, только если программа ждёт другой, например SIGQUIT для плавной остановки nginx.',
    },
  },
  ONBUILD: {
    lesson: 'm3-01-multi-stage', forms: ['ONBUILD <INSTRUCTION>'],
    text: {
      en: 'Stores an instruction that runs later, when another Dockerfile uses this image in FROM. Hidden behaviour for the downstream author: use sparingly.',
      ru: 'Сохраняет инструкцию, которая выполнится позже — когда другой Dockerfile укажет этот образ во FROM. Для автора такого Dockerfile это скрытое поведение: применяйте осторожно.',
    },
  },
  MAINTAINER: {
    lesson: 'm2-05-expose-volume-user-healthcheck', forms: ['MAINTAINER <name>  (deprecated)'],
    text: {
      en: 'Deprecated: write `LABEL org.opencontainers.image.authors="name"` instead.',
      ru: 'Устарела: пишите `LABEL org.opencontainers.image.authors="имя"`.',
    },
  },
};
