// Exercise of project p2-api-db-redis-nginx: four services (nginx in front, an API, PostgreSQL and
// Redis) on two networks, front and an internal back; only the proxy publishes a port; the data
// services live on back only; every service has a healthcheck and a restart policy; the database
// password comes from a secret file; and the API waits for a healthy database and cache.
import { imageBaseName, knownImage, serviceImage } from '../../compose/images';
import { mapGet, type ComposeModel, type Entry } from '../../compose/model';
import { serviceRefs } from '../../compose/refs';
import {
  composeFiles, criterion, hasRestartPolicy, healthcheckCommand, internalNetworks, literalSecrets, mostPassed, publishesPorts,
  serviceEnvironment, serviceGrants, serviceNetworks, textAt,
} from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

interface Roles { proxy?: Entry; api?: Entry; db?: Entry; redis?: Entry }

function rolesOf(model: ComposeModel): Roles {
  const services = model.services;
  const base = (s: Entry) => imageBaseName(serviceImage(model, s) ?? '');
  const proxy = services.find((s) => /^nginx(-unprivileged)?$/.test(base(s)));
  const db = services.find((s) => knownImage(serviceImage(model, s))?.product.startsWith('PostgreSQL') === true);
  const redis = services.find((s) => base(s) === 'redis' || base(s) === 'valkey');
  const others = services.filter((s) => s !== proxy && s !== db && s !== redis);
  const deps = serviceRefs(model).filter((r) => r.via === 'depends_on');
  // The API: the service that depends on the database or the cache, else one built from a Dockerfile.
  const score = (s: Entry) => 2 * Number(deps.some((r) => r.from.name === s.name && (r.name === db?.name || r.name === redis?.name)))
    + Number(mapGet(model.doc, s.value, 'build') !== undefined);
  const api = [...others].sort((a, b) => score(b) - score(a))[0];
  const roles: Roles = {};
  if (proxy) roles.proxy = proxy;
  if (api) roles.api = api;
  if (db) roles.db = db;
  if (redis) roles.redis = redis;
  return roles;
}

/** The database reads its password from a file secret: POSTGRES_PASSWORD_FILE points at a secret it is granted. */
function passwordFromSecret(model: ComposeModel, db: Entry): boolean {
  const fileSecrets = new Set(model.topLevel('secrets').filter((e) => textAt(model, e.value, 'file') !== undefined).map((e) => e.name));
  const paths = serviceGrants(model, db.value, 'secrets').filter((g) => fileSecrets.has(g.source))
    .map((g) => (g.target.startsWith('/') ? g.target : `/run/secrets/${g.target}`));
  const env = serviceEnvironment(model, db.value);
  const pointer = env.find((v) => v.name === 'POSTGRES_PASSWORD_FILE')?.value;
  return pointer !== undefined && paths.includes(pointer) && !env.some((v) => v.name === 'POSTGRES_PASSWORD');
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const roles = model ? rolesOf(model) : {};
  const { proxy, api, db, redis } = roles;
  const four = proxy !== undefined && api !== undefined && db !== undefined && redis !== undefined;
  const services = model?.services ?? [];
  const internal = model ? internalNetworks(model) : new Set<string>();
  const nets = (s: Entry | undefined) => (model && s ? serviceNetworks(model, s) : []);
  const onlyProxyPublishes = model !== undefined && proxy !== undefined && publishesPorts(model, proxy)
    && services.every((s) => s === proxy || !publishesPorts(model, s));
  const proxyNets = nets(proxy);
  const apiNets = nets(api);
  const ordinary = (n: string) => !internal.has(n);
  const frontBack = internal.size > 0 && proxyNets.length > 0 && proxyNets.every(ordinary)
    && apiNets.some((n) => internal.has(n)) && apiNets.some((n) => ordinary(n) && proxyNets.includes(n));
  const dataOnBack = db !== undefined && redis !== undefined && internal.size > 0
    && [db, redis].every((s) => nets(s).length > 0 && nets(s).every((n) => internal.has(n)));
  const healthy = model !== undefined && four
    && [proxy, api, db, redis].every((s) => healthcheckCommand(model, s) !== undefined && hasRestartPolicy(model, s));
  const secret = model !== undefined && db !== undefined && passwordFromSecret(model, db)
    && services.every((s) => literalSecrets(model, s.value).length === 0);
  const deps = model ? serviceRefs(model).filter((r) => r.via === 'depends_on' && r.from.name === api?.name && r.condition === 'service_healthy') : [];
  const waits = api !== undefined && db !== undefined && redis !== undefined
    && deps.some((r) => r.name === db.name) && deps.some((r) => r.name === redis.name);
  return [
    criterion('four-services', four,
      'The compose file has four services: a proxy on an nginx image, your API, a postgres database and a redis cache.',
      'В compose-файле четыре сервиса: прокси на образе nginx, ваш API, база postgres и кэш redis.'),
    criterion('only-proxy-publishes', onlyProxyPublishes,
      'Only the proxy publishes a port (for example "8080:80"); no other service has a ports: section.',
      'Порт публикует только прокси (например, "8080:80"); ни у одного другого сервиса нет раздела ports:.'),
    criterion('front-and-back-networks', frontBack,
      'There are two networks: an ordinary front and a back with internal: true. The proxy joins only front; the API joins both front and back.',
      'Есть две сети: обычная front и back с internal: true. Прокси подключён только к front, API — и к front, и к back.'),
    criterion('data-on-back-only', dataOnBack,
      'The database and Redis are attached only to the internal back network, so nothing outside the stack can reach them.',
      'База и Redis подключены только к внутренней сети back, и снаружи до них не добраться.'),
    criterion('health-and-restart', healthy,
      'Each of the four services has a healthcheck (with a test) and a restart policy: restart: unless-stopped, always or on-failure.',
      'У каждого из четырёх сервисов есть healthcheck (с test) и политика перезапуска: restart: unless-stopped, always или on-failure.'),
    criterion('password-from-secret', secret,
      'The database password comes from a secret: a top-level secret with file:, granted to the db service, and POSTGRES_PASSWORD_FILE: /run/secrets/<name> instead of POSTGRES_PASSWORD; no password is written in the file.',
      'Пароль базы берётся из секрета: секрет верхнего уровня с file: выдан сервису db, и вместо POSTGRES_PASSWORD задано POSTGRES_PASSWORD_FILE: /run/secrets/<имя>; ни один пароль не записан в файле.'),
    criterion('api-waits-for-healthy', waits,
      'The API depends_on both the database and Redis with condition: service_healthy.',
      'API зависит от базы и от Redis через depends_on с condition: service_healthy.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'p2-proxy-stack',
  kind: 'files',
  run(files) {
    return mostPassed(composeFiles(files).map(({ model }) => judge(model))) ?? judge(undefined);
  },
};
