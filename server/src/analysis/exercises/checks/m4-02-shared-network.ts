// Exercise of lesson m4-02-networks: the compose file declares a user-defined network, two
// services share it (and so find each other by name through Docker's DNS), every network a
// service names is declared, and nothing relies on links or on host networking with ports.
import { isMap, isSeq } from 'yaml';
import type { ComposeModel, Entry } from '../../compose/model';
import { mapGet, mapPairs, scalarText, seqItems } from '../../compose/model';
import { bestJudgement, composeFiles, criterion } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

/** Networks a service joins: `networks: [a, b]` or `networks: {a: {aliases: [...]}, b: null}`. */
function serviceNetworks(model: ComposeModel, svc: Entry): string[] {
  const node = mapGet(model.doc, svc.value, 'networks')?.value;
  if (isSeq(node)) return seqItems(model.doc, node).flatMap((n) => scalarText(n) ?? []);
  if (isMap(node)) return mapPairs(model.doc, node).map((p) => String(p.key.value));
  return [];
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const services = model?.services ?? [];
  const declared = new Set((model?.topLevel('networks') ?? []).map((e) => e.name));
  const joined = model ? services.map((s) => serviceNetworks(model, s)) : [];
  const shared = [...declared].some((n) => joined.filter((list) => list.includes(n)).length >= 2);
  const undeclared = joined.flat().some((n) => n !== 'default' && !declared.has(n));
  const text = (svc: Entry, key: string) => (model ? scalarText(mapGet(model.doc, svc.value, key)?.value) : undefined);
  const links = model !== undefined && services.some((s) => mapGet(model.doc, s.value, 'links') !== undefined);
  const hostWithPorts = model !== undefined && services.some((s) => text(s, 'network_mode') === 'host' && mapGet(model.doc, s.value, 'ports') !== undefined);
  const some = services.length > 0;
  return [
    criterion('network-declared', declared.size > 0,
      'The compose file declares a network of its own under the top-level networks: key (for example networks: { backend: {} }).',
      'В compose-файле объявлена своя сеть под ключом верхнего уровня networks: (например, networks: { backend: {} }).'),
    criterion('network-shared', shared,
      'At least two services list the same declared network under their networks: key, so they can reach each other by service name.',
      'Хотя бы два сервиса указывают одну и ту же объявленную сеть в своём ключе networks:, чтобы обращаться друг к другу по имени сервиса.'),
    criterion('networks-defined', some && declared.size > 0 && !undeclared,
      'Every network a service joins is declared under the top-level networks: key (a typo there stops docker compose up).',
      'Каждая сеть, к которой подключается сервис, объявлена под ключом верхнего уровня networks: (опечатка здесь остановит docker compose up).'),
    criterion('no-links-or-host-ports', some && !links && !hostWithPorts,
      'No service uses the legacy links: key, and no service combines network_mode: host with ports: (ports are ignored on the host network).',
      'Ни один сервис не использует устаревший ключ links:, и ни один не сочетает network_mode: host с ports: (в сети хоста порты игнорируются).'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm4-02-shared-network',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
