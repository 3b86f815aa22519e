// Exercise of lesson m6-05-logging-monitoring: every service says how its logs are kept, and none
// can fill the disk: the json-file driver with max-size and a max-file of 2 or more, or the
// local driver (which rotates by default).
import { deref, mapGet, scalarText, type ComposeModel, type Entry } from '../../compose/model';
import { bestJudgement, composeFiles, criterion } from '../helpers';
import type { Criterion, ExerciseCheck } from '../types';

interface Logging { present: boolean; driver: string; maxSize?: string; maxFile?: string }

function loggingOf(model: ComposeModel, svc: Entry): Logging {
  const pair = mapGet(model.doc, svc.value, 'logging');
  if (!pair) return { present: false, driver: 'json-file' };
  const logging = deref(model.doc, pair.value);
  const get = (node: unknown, key: string) => scalarText(deref(model.doc, mapGet(model.doc, node, key)?.value ?? null));
  const options = deref(model.doc, mapGet(model.doc, logging, 'options')?.value ?? null);
  const out: Logging = { present: true, driver: (get(logging, 'driver') ?? 'json-file').toLowerCase() };
  const maxSize = get(options, 'max-size');
  const maxFile = get(options, 'max-file');
  if (maxSize !== undefined) out.maxSize = maxSize;
  if (maxFile !== undefined) out.maxFile = maxFile;
  return out;
}

const SIZE = /^\d+(\.\d+)?\s*[kmg]?b?$/i;

function judge(model: ComposeModel | undefined): Criterion[] {
  const logs = model ? model.services.map((s) => loggingOf(model, s)) : [];
  const any = logs.length > 0;
  const jsonFile = logs.filter((l) => l.driver === 'json-file');
  const sized = any && logs.every((l) => l.driver === 'local' || (l.driver === 'json-file' && l.maxSize !== undefined && SIZE.test(l.maxSize)));
  const files = any && logs.every((l) => l.driver === 'local' || l.driver === 'json-file')
    && jsonFile.every((l) => Number(l.maxFile) >= 2);
  return [
    criterion('logging-every-service', any && logs.every((l) => l.present),
      'Every service has a logging: section (a shared x-logging block with a YAML anchor saves repeating it).',
      'У каждого сервиса есть раздел logging: (общий блок x-logging с YAML-якорем избавит от повторов).'),
    criterion('rotation-size', sized,
      'Every service rotates its log by size: the json-file driver with options max-size, for example "10m" (or the local driver, which rotates on its own).',
      'Журнал каждого сервиса ротируется по размеру: драйвер json-file с параметром max-size, например "10m" (или драйвер local, который ротирует сам).'),
    criterion('rotation-files', files,
      'Every json-file service keeps a bounded number of files: max-file of 2 or more, for example "3".',
      'Каждый сервис с json-file хранит ограниченное число файлов: max-file равно 2 или больше, например "3".'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm6-05-log-rotation',
  kind: 'files',
  run(files) {
    return bestJudgement(composeFiles(files).map((found) => found.model), judge);
  },
};
