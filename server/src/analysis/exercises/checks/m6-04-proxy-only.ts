// Exercise of lesson m6-04-reverse-proxy: one proxy service (nginx, Caddy, Traefik, HAProxy)
// publishes ports; every other service publishes none and sits only on internal networks, which
// the proxy also joins so it can forward requests to them.
import { parseImageRef } from '../../dockerfile/imageRef';
import { deref, mapGet, scalarText, type ComposeModel, type Entry } from '../../compose/model';
import { bestJudgement, composeFiles, criterion, internalNetworks, publishesPorts, serviceNetworks } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const PROXY = /^(nginx|nginx-unprivileged|openresty|caddy|traefik|haproxy|envoy)$/i;
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function isProxy(model: ComposeModel, svc: Entry): boolean {
  const image = scalarText(deref(model.doc, mapGet(model.doc, svc.value, 'image')?.value ?? null));
  if (image === undefined) return false;
  const last = parseImageRef(image, ZERO).name.split('/').pop() ?? '';
  return PROXY.test(last);
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const services = model?.services ?? [];
  const internal = model ? internalNetworks(model) : new Set<string>();
  const proxies = model ? services.filter((s) => isProxy(model, s) && publishesPorts(model, s)) : [];
  const proxy = proxies[0];
  const rest = proxy ? services.filter((s) => s !== proxy) : [];
  const othersQuiet = model !== undefined && proxy !== undefined && rest.length > 0 && rest.every((s) => !publishesPorts(model, s));
  const appsInternal = model !== undefined && internal.size > 0 && rest.length > 0 && rest.every((s) => {
    const nets = serviceNetworks(model, s);
    return nets.length > 0 && nets.every((n) => internal.has(n));
  });
  const proxyNets = model && proxy ? serviceNetworks(model, proxy) : [];
  const bridges = proxyNets.some((n) => internal.has(n)) && proxyNets.some((n) => !internal.has(n));
  return [
    criterion('proxy-publishes', proxy !== undefined,
      'A proxy service (nginx, Caddy, Traefik or HAProxy image) publishes the port the outside world uses, for example "80:80".',
      'Сервис-прокси (образ nginx, Caddy, Traefik или HAProxy) публикует порт для внешнего мира, например "80:80".'),
    criterion('only-proxy-publishes', othersQuiet,
      'At least one application service runs behind the proxy, and no service except the proxy has a ports: section.',
      'За прокси работает хотя бы один сервис приложения, и ни у одного сервиса, кроме прокси, нет раздела ports:.'),
    criterion('apps-on-internal-network', appsInternal,
      'A top-level network has internal: true, and every service behind the proxy is attached only to internal networks.',
      'На верхнем уровне есть сеть с internal: true, и каждый сервис за прокси подключён только к внутренним сетям.'),
    criterion('proxy-bridges-networks', bridges,
      'The proxy joins both an internal network (to reach the applications) and an ordinary one (so its published port works).',
      'Прокси подключён и к внутренней сети (чтобы достучаться до приложений), и к обычной (чтобы работал опубликованный порт).'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm6-04-proxy-only',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
