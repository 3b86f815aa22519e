// Exercise of lesson m6-06-hardening-and-updates: one service is locked down (read-only root
// filesystem with tmpfs for scratch space, every capability dropped, no-new-privileges), and no
// service in the file is privileged or holds the Docker socket.
import { isMap } from 'yaml';
import { deref, mapGet, scalarText, seqItems, type ComposeModel, type Entry } from '../../compose/model';
import { bestJudgement, composeFiles, criterion } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const get = (model: ComposeModel, node: unknown, key: string) => deref(model.doc, mapGet(model.doc, node, key)?.value ?? null);
const text = (model: ComposeModel, node: unknown, key: string) => scalarText(get(model, node, key));
const list = (model: ComposeModel, node: unknown, key: string): string[] => {
  const v = get(model, node, key);
  const one = scalarText(v);
  if (one !== undefined) return [one];
  return seqItems(model.doc, v).map((n) => scalarText(n)).filter((s): s is string => s !== undefined);
};

interface Hardening { readOnly: boolean; capDropAll: boolean; noNewPrivileges: boolean; scratch: boolean }

function hardening(model: ComposeModel, svc: Entry): Hardening {
  const volumes = seqItems(model.doc, get(model, svc.value, 'volumes'));
  return {
    readOnly: text(model, svc.value, 'read_only') === 'true',
    capDropAll: list(model, svc.value, 'cap_drop').some((c) => c.toUpperCase() === 'ALL'),
    noNewPrivileges: list(model, svc.value, 'security_opt').some((o) => /^no-new-privileges([:=]true)?$/i.test(o.trim())),
    scratch: list(model, svc.value, 'tmpfs').length > 0 || volumes.length > 0,
  };
}

const score = (h: Hardening) => Number(h.readOnly) + Number(h.capDropAll) + Number(h.noNewPrivileges) + Number(h.readOnly && h.scratch);

function mountsSocket(model: ComposeModel, svc: Entry): boolean {
  return seqItems(model.doc, get(model, svc.value, 'volumes')).some((v) => {
    const source = isMap(v) ? text(model, v, 'source') : (scalarText(v) ?? '').split(':')[0];
    return source !== undefined && /^\/(var\/)?run\/docker\.sock$/.test(source.trim());
  });
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const services = model?.services ?? [];
  const best = model
    ? services.map((s) => hardening(model, s)).sort((a, b) => score(b) - score(a))[0]
    : undefined;
  const any = model !== undefined && services.length > 0;
  return [
    criterion('read-only', best?.readOnly === true,
      'A service runs with a read-only root filesystem: read_only: true.',
      'Сервис работает с корневой файловой системой только для чтения: read_only: true.'),
    criterion('scratch-space', best !== undefined && best.readOnly && best.scratch,
      'That read-only service gets writable space where it needs it: tmpfs: for scratch paths such as /tmp, or a volume for data it keeps.',
      'Этот сервис только для чтения получает место для записи там, где оно нужно: tmpfs: для временных путей вроде /tmp или том для данных, которые он хранит.'),
    criterion('cap-drop-all', best?.capDropAll === true,
      'The same service drops every Linux capability: cap_drop: [ALL] (add back only what it proves to need with cap_add).',
      'Тот же сервис отказывается от всех capabilities Linux: cap_drop: [ALL] (вернуть через cap_add можно только то, без чего он точно не работает).'),
    criterion('no-new-privileges', best?.noNewPrivileges === true,
      'The same service sets security_opt: ["no-new-privileges:true"], so setuid programs inside cannot gain privileges.',
      'Тот же сервис задаёт security_opt: ["no-new-privileges:true"], и программы с setuid внутри не могут получить больше прав.'),
    criterion('not-privileged', any && !services.some((s) => text(model as ComposeModel, s.value, 'privileged') === 'true'),
      'No service in the file has privileged: true.',
      'Ни у одного сервиса в файле нет privileged: true.'),
    criterion('no-docker-socket', any && !services.some((s) => mountsSocket(model as ComposeModel, s)),
      'No service mounts the Docker socket (/var/run/docker.sock).',
      'Ни один сервис не монтирует сокет Docker (/var/run/docker.sock).'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm6-06-hardened-service',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
