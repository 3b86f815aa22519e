// Exercise of lesson m6-02-scaling-and-resources: every service has a memory and a CPU limit and a
// restart policy, and one service runs several replicas without a fixed container name or a
// fixed host port (both of which only one container can have).
import { isMap } from 'yaml';
import { deref, mapGet, scalarText, seqItems, type ComposeModel, type Entry } from '../../compose/model';
import { bestJudgement, composeFiles, criterion, hasRestartPolicy } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

function at(model: ComposeModel, node: unknown, ...keys: string[]): unknown {
  let cur: unknown = node;
  for (const k of keys) {
    const pair = mapGet(model.doc, cur, k);
    if (!pair) return undefined;
    cur = deref(model.doc, pair.value);
  }
  return cur;
}

const text = (model: ComposeModel, node: unknown, ...keys: string[]) => scalarText(at(model, node, ...keys));

/** A number, or the default of `${VAR:-3}`. */
function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\$\{\w+:?-(\d+)\}$/.exec(value.trim());
  const n = Number(m ? m[1] : value);
  return Number.isFinite(n) ? n : undefined;
}

/** Does this ports item bind one fixed host port (which only one replica can own)? */
function fixedHostPort(model: ComposeModel, item: unknown): boolean {
  if (isMap(item)) {
    const published = text(model, item, 'published');
    return published !== undefined && published !== '' && !/^\d+-\d+$/.test(published);
  }
  let s = (scalarText(item) ?? '').replace(/\/\w+$/, '');
  s = s.replace(/^\[[^\]]*\]:/, '').replace(/^\d{1,3}(\.\d{1,3}){3}:/, '');
  const parts = s.split(':');
  if (parts.length < 2) return false;
  const host = parts[0] ?? '';
  return host !== '' && !/^\d+-\d+$/.test(host);
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const services: Entry[] = model?.services ?? [];
  const any = model !== undefined && services.length > 0;
  const every = (f: (s: Entry, m: ComposeModel) => boolean) => any && services.every((s) => f(s, model as ComposeModel));
  const replicated = model ? services.filter((s) => (count(text(model, s.value, 'deploy', 'replicas')) ?? 1) >= 2) : [];
  const safe = model !== undefined && replicated.length > 0 && replicated.every((s) =>
    mapGet(model.doc, s.value, 'container_name') === undefined
    && !seqItems(model.doc, at(model, s.value, 'ports')).some((p) => fixedHostPort(model, p)));
  return [
    criterion('memory-limit',
      every((s, m) => text(m, s.value, 'deploy', 'resources', 'limits', 'memory') !== undefined || text(m, s.value, 'mem_limit') !== undefined),
      'Every service has a memory limit: deploy.resources.limits.memory, for example "256M".',
      'У каждого сервиса есть лимит памяти: deploy.resources.limits.memory, например "256M".'),
    criterion('cpu-limit',
      every((s, m) => text(m, s.value, 'deploy', 'resources', 'limits', 'cpus') !== undefined || text(m, s.value, 'cpus') !== undefined),
      'Every service has a CPU limit: deploy.resources.limits.cpus, for example "0.50".',
      'У каждого сервиса есть лимит процессора: deploy.resources.limits.cpus, например "0.50".'),
    criterion('restart-policy', every((s, m) => hasRestartPolicy(m, s)),
      'Every service has a restart policy that brings it back after a crash: restart: unless-stopped, always or on-failure.',
      'У каждого сервиса есть политика перезапуска, которая поднимет его после падения: restart: unless-stopped, always или on-failure.'),
    criterion('replicas', replicated.length > 0,
      'One service runs several copies: deploy.replicas of 2 or more.',
      'Один из сервисов работает в нескольких копиях: deploy.replicas равно 2 или больше.'),
    criterion('replicas-safe', safe,
      'The replicated service has no container_name and publishes no fixed host port (use "80" to let Docker pick host ports, or put a proxy in front).',
      'У сервиса с репликами нет container_name, и он не публикует фиксированный порт хоста (напишите "80", чтобы Docker сам выбрал порты хоста, или поставьте перед ним прокси).'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm6-02-limits-restart',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
