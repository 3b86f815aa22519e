// Exercise of lesson m5-05-depends-on-healthchecks: a service (usually the database) has a
// healthcheck whose test is in a form Docker can run, with its timing set; another service waits
// for it with condition: service_healthy; every depends_on names a real service; no cycle.
import { isScalar } from 'yaml';
import { scalarText, seqItems, type ComposeModel, type Entry } from '../../compose/model';
import { serviceRefs } from '../../compose/refs';
import { bestJudgement, composeFiles, criterion, nodeAt, textAt } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

/** The test forms DC022 accepts: a string (run by the shell), ["CMD", program, args...] or ["CMD-SHELL", "one command"]. */
function validTest(model: ComposeModel, svc: Entry): boolean {
  const hc = nodeAt(model, svc.value, 'healthcheck');
  if (hc === null || textAt(model, hc, 'disable') === 'true') return false;
  const test = nodeAt(model, hc, 'test');
  if (isScalar(test)) {
    const s = scalarText(test)?.trim() ?? '';
    return s !== '' && !/^(NONE|CMD-SHELL|CMD)(\s|$)/.test(s);
  }
  const items = seqItems(model.doc, test).map((n) => scalarText(n));
  if (items.length < 2 || items.some((i) => i === undefined || i.trim() === '')) return false;
  const [first, program] = items as string[];
  if (first === 'CMD-SHELL') return items.length === 2;
  if (first !== 'CMD') return false;
  // ["CMD", "pg_isready -U app"]: Docker looks for a program named "pg_isready -U app".
  return items.length > 2 || !/\s/.test((program as string).trim());
}

function timed(model: ComposeModel, svc: Entry): boolean {
  const hc = nodeAt(model, svc.value, 'healthcheck');
  if (hc === null || textAt(model, hc, 'disable') === 'true') return false;
  return ['interval', 'timeout', 'retries'].every((k) => textAt(model, hc, k) !== undefined);
}

/** Is there a cycle in the start-order graph (depends_on, links, network_mode/ipc/pid: service:, volumes_from)? */
function hasCycle(model: ComposeModel): boolean {
  const names = new Set(model.services.map((s) => s.name));
  const edges = new Map<string, string[]>();
  for (const ref of serviceRefs(model)) {
    if (ref.via === 'extends' || !names.has(ref.name)) continue;
    edges.set(ref.from.name, [...(edges.get(ref.from.name) ?? []), ref.name]);
  }
  const state = new Map<string, 'open' | 'done'>();
  for (const root of names) {
    if (state.has(root)) continue;
    const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { name: string; next: number };
      const out = edges.get(top.name) ?? [];
      if (top.next < out.length) {
        const to = out[top.next++] as string;
        if (state.get(to) === 'open') return true;
        if (!state.has(to)) { state.set(to, 'open'); stack.push({ name: to, next: 0 }); }
        continue;
      }
      state.set(top.name, 'done');
      stack.pop();
    }
  }
  return false;
}

function judge(model: ComposeModel | undefined): Criterion[] {
  const deps = model ? serviceRefs(model).filter((r) => r.via === 'depends_on') : [];
  const waitedFor = (svc: Entry) => deps.some((r) => r.name === svc.name && r.from.name !== svc.name && r.condition === 'service_healthy');
  // The service that comes closest: a valid test, its timing, and a dependant waiting for it.
  const scored = model ? model.services.map((s) => ({ test: validTest(model, s), timing: timed(model, s), waited: waitedFor(s) })) : [];
  const best = scored.sort((a, b) => (Number(b.test) + Number(b.timing) + Number(b.waited)) - (Number(a.test) + Number(a.timing) + Number(a.waited)))[0];
  const names = new Set(model?.services.map((s) => s.name) ?? []);
  return [
    criterion('healthcheck-test', best?.test === true,
      'A service (such as the database) has a healthcheck whose test Docker can run: ["CMD", "program", "arg", ...] with each argument as its own item, ["CMD-SHELL", "one command line"], or a plain string.',
      'У сервиса (например, у базы данных) есть healthcheck, чей test Docker может выполнить: ["CMD", "программа", "аргумент", ...] с каждым аргументом отдельным элементом, ["CMD-SHELL", "одна командная строка"] или обычная строка.'),
    criterion('healthcheck-timing', best?.timing === true,
      'That healthcheck sets interval, timeout and retries, so the service turns healthy within seconds and a broken one is reported in a known time.',
      'В этом healthcheck заданы interval, timeout и retries: сервис становится healthy за секунды, а о сломанном вы узнаёте за известное время.'),
    criterion('depends-healthy', best?.waited === true,
      'Another service waits for it in the long form of depends_on, with condition: service_healthy.',
      'Другой сервис ждёт его через длинную форму depends_on с condition: service_healthy.'),
    criterion('targets-exist', deps.length > 0 && deps.every((r) => r.optional === true || names.has(r.name)),
      'Every name under depends_on is the name of a service in the file (a key under services:, not a container_name or an image).',
      'Каждое имя в depends_on — это имя сервиса из файла (ключ под services:, а не container_name и не образ).'),
    criterion('no-cycle', model !== undefined && deps.length > 0 && !hasCycle(model),
      'No services depend on each other in a circle, so Compose can find one to start first.',
      'Сервисы не зависят друг от друга по кругу, и Compose может выбрать, какой запускать первым.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm5-05-healthy-deps',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
