// Exercise of lesson m6-07-debugging: a service that reports its own health (a healthcheck with
// a test, timing and a start period) and comes back by itself after a crash (a restart policy).
import { deref, mapGet, scalarText, type ComposeModel, type Entry } from '../../compose/model';
import { bestJudgement, composeFiles, criterion, hasRestartPolicy, healthcheckCommand } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

const get = (model: ComposeModel, node: unknown, key: string) => deref(model.doc, mapGet(model.doc, node, key)?.value ?? null);

interface Health { test: boolean; timing: boolean; startPeriod: boolean; restart: boolean }

function healthOf(model: ComposeModel, svc: Entry): Health {
  const hc = get(model, svc.value, 'healthcheck');
  const test = healthcheckCommand(model, svc) !== undefined;
  const has = (k: string) => scalarText(get(model, hc, k)) !== undefined;
  return {
    test,
    timing: test && has('interval') && has('timeout') && has('retries'),
    startPeriod: test && has('start_period'),
    restart: hasRestartPolicy(model, svc),
  };
}

const score = (h: Health) => Number(h.test) + Number(h.timing) + Number(h.startPeriod) + Number(h.restart);

function judge(model: ComposeModel | undefined): Criterion[] {
  const best = model ? model.services.map((s) => healthOf(model, s)).sort((a, b) => score(b) - score(a))[0] : undefined;
  return [
    criterion('healthcheck-test', best?.test === true,
      'A service has a healthcheck whose test probes the application, written as ["CMD", ...], ["CMD-SHELL", "..."] or a plain string.',
      'У сервиса есть healthcheck, чей test проверяет само приложение; он записан как ["CMD", ...], ["CMD-SHELL", "..."] или обычной строкой.'),
    criterion('healthcheck-timing', best?.timing === true,
      'That healthcheck sets interval, timeout and retries, so you know how fast a failure shows up.',
      'В этом healthcheck заданы interval, timeout и retries, и понятно, как быстро проявится сбой.'),
    criterion('start-period', best?.startPeriod === true,
      'That healthcheck has a start_period, so a slow start is not counted as failures.',
      'У этого healthcheck есть start_period, и медленный запуск не считается серией сбоев.'),
    criterion('restart-policy', best !== undefined && best.test && best.restart,
      'The same service has a restart policy (restart: unless-stopped, always or on-failure), so it comes back after its process exits.',
      'У того же сервиса есть политика перезапуска (restart: unless-stopped, always или on-failure), и он поднимется после того, как его процесс завершится.'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm6-07-health-restart',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
