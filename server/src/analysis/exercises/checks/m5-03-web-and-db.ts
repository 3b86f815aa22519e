// Exercise of lesson m5-03-app-with-database: a web service and a PostgreSQL, MySQL or MariaDB
// service in one Compose file; the database gets the password its image requires, keeps its
// files on a named volume at its data folder, and publishes no port; the web service finds it
// by its service name, written as the host in its connection settings.
import { imageBaseName } from '../../compose/images';
import { NO_VARIABLES } from '../../compose/interpolation';
import type { ComposeModel, Entry } from '../../compose/model';
import { serviceMounts } from '../../compose/volumes';
import { bestJudgement, composeFiles, criterion, envFileVariables, publishesPorts, serviceEnvironment, textAt, type ComposeFile } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

type Family = 'postgres' | 'mysql' | 'mariadb';

const FAMILY: Record<string, Family> = {
  postgres: 'postgres', postgis: 'postgres', timescaledb: 'postgres', mysql: 'mysql', percona: 'mysql', mariadb: 'mariadb',
};

/** Where the image keeps its files (postgres 18 and later mount one level up). */
const DATA_DIR: Record<Family, string[]> = {
  postgres: ['/var/lib/postgresql/data', '/var/lib/postgresql'],
  mysql: ['/var/lib/mysql'],
  mariadb: ['/var/lib/mysql'],
};

/** Variables of which the image's entrypoint needs one before it initialises an empty data folder. */
const PASSWORD_VARS: Record<Family, string[]> = {
  postgres: ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD_FILE'],
  mysql: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE', 'MYSQL_RANDOM_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD'],
  mariadb: ['MARIADB_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_FILE', 'MARIADB_RANDOM_ROOT_PASSWORD', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD',
    'MARIADB_ROOT_PASSWORD_HASH', 'MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE', 'MYSQL_RANDOM_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD'],
};

function familyOf(model: ComposeModel, svc: Entry): Family | undefined {
  const image = textAt(model, svc.value, 'image');
  if (image === undefined || image.includes('$')) return undefined;
  return FAMILY[imageBaseName(image)];
}

/** Variables a service gets: its environment: entries, then its env_file files (value undefined: taken from the shell). */
function variablesOf(files: WorkspaceFiles, model: ComposeModel, composePath: string, svc: Entry): { name: string; value: string | undefined }[] {
  const fromFiles = [...envFileVariables(files, model, composePath, svc.value)].map(([name, value]) => ({ name, value: value as string | undefined }));
  return [...serviceEnvironment(model, svc.value), ...fromFiles];
}

/**
 * Does this setting name `host` as the database's address? A URL whose host part is it
 * (`postgresql://app:${PW}@db:5432/app`), a libpq key=value string (`host=db port=5432`), or a
 * variable named like a host (DB_HOST, PGHOST, MYSQL_HOST, DATABASE_SERVER) set to it.
 */
function namesHost(name: string, value: string | undefined, host: string): boolean {
  if (value === undefined) return false;
  const v = value.trim();
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)/i.exec(v);
  if (url) {
    const authority = url[1] as string;
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    return hostPort.split(',').some((h) => h.replace(/:\d*$/, '').toLowerCase() === host.toLowerCase());
  }
  if (/(^|\s)host\s*=/i.test(v)) return v.split(/\s+/).some((part) => part.toLowerCase() === `host=${host.toLowerCase()}`);
  return /(HOST|SERVER|ADDR)/i.test(name) && v.replace(/:\d+$/, '').toLowerCase() === host.toLowerCase();
}

function judge(files: WorkspaceFiles, found: ComposeFile | undefined): Criterion[] {
  const model = found?.model;
  const services = model?.services ?? [];
  const dbs = model ? services.flatMap((s) => {
    const family = familyOf(model, s);
    return family ? [{ svc: s, family }] : [];
  }) : [];
  const others = services.filter((s) => !dbs.some((d) => d.svc === s));
  const declared = new Set(model ? model.topLevel('volumes').map((v) => v.name) : []);
  const vars = (svc: Entry) => (model && found ? variablesOf(files, model, found.path, svc) : []);

  const passwordSet = dbs.length > 0 && dbs.every(({ svc, family }) => vars(svc).some((v) =>
    PASSWORD_VARS[family].includes(v.name) && v.value !== '')); // no value at all: passed through from the shell
  const dataOnVolume = dbs.length > 0 && dbs.every(({ svc, family }) => serviceMounts(model as ComposeModel, svc, NO_VARIABLES).some((m) =>
    m.type === 'volume' && m.source !== undefined && declared.has(m.source)
    && DATA_DIR[family].includes((m.target ?? '').replace(/\/+$/, ''))));
  const byName = dbs.length > 0 && others.some((web) => vars(web).some((v) => dbs.some((d) => namesHost(v.name, v.value, d.svc.name))));
  const private_ = dbs.length > 0 && dbs.every(({ svc }) => !publishesPorts(model as ComposeModel, svc));
  return [
    criterion('web-and-database', dbs.length > 0 && others.length > 0,
      'The compose file has a database service running a postgres, mysql or mariadb image, and at least one other service: your web application.',
      'В compose-файле есть сервис базы данных с образом postgres, mysql или mariadb и хотя бы один другой сервис — ваше веб-приложение.'),
    criterion('database-password', passwordSet,
      'The database gets the password its image requires: POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE) for postgres, MYSQL_ROOT_PASSWORD for mysql, MARIADB_ROOT_PASSWORD for mariadb, in environment: or an env_file.',
      'База получает пароль, без которого образ не запустится: POSTGRES_PASSWORD (или POSTGRES_PASSWORD_FILE) для postgres, MYSQL_ROOT_PASSWORD для mysql, MARIADB_ROOT_PASSWORD для mariadb — в environment: или в env_file.'),
    criterion('data-on-named-volume', dataOnVolume,
      'The database keeps its files on a named volume declared under the top-level volumes: key, mounted at its data folder: /var/lib/postgresql/data for postgres:17, /var/lib/mysql for mysql and mariadb.',
      'База хранит файлы на именованном томе, объявленном под ключом volumes: верхнего уровня и смонтированном в её папку данных: /var/lib/postgresql/data для postgres:17, /var/lib/mysql для mysql и mariadb.'),
    criterion('host-is-service-name', byName,
      'The web service\'s connection settings use the database\'s service name as the host, for example DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/app or DB_HOST: db (not localhost).',
      'В настройках подключения веб-сервиса хостом указано имя сервиса базы, например DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/app или DB_HOST: db (а не localhost).'),
    criterion('database-port-private', private_,
      'The database service has no ports: section: the web service reaches it over the project network, and nothing on the host needs the port.',
      'У сервиса базы нет раздела ports: веб-сервис обращается к ней по сети проекта, и хосту этот порт не нужен.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm5-03-web-and-db',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files), (found) => judge(files, found));
  },
};
