import { isScalar, isSeq } from 'yaml';
import type { ComposeRule } from '../rule';
import type { Range } from '../../types';
import { replace } from '../../text';
import { mapGet, scalarText, seqItems } from '../model';
import { contentRange } from '../nodes';

type Problem = 'string-keyword' | 'bad-first' | 'shell-extra' | 'exec-one-string' | 'empty';

interface Data { service: string; problem: Problem; first: string; fixed: string[] | null }

const KEYWORDS = new Set(['NONE', 'CMD', 'CMD-SHELL']);

function explain(d: Data, ru: boolean): string {
  switch (d.problem) {
    case 'string-keyword': return ru
      ? `строковая форма test уже выполняется через оболочку (как CMD-SHELL), поэтому «${d.first}» в начале станет именем команды, и проверка всегда будет падать с «${d.first}: not found». Уберите «${d.first}» из строки или используйте список: ["CMD", "программа", "аргумент"].`
      : `the string form of test already runs in a shell (as CMD-SHELL), so "${d.first}" at its start becomes the command name and the check always fails with "${d.first}: not found". Drop "${d.first}" from the string, or use a list: ["CMD", "program", "arg"].`;
    case 'bad-first': return ru
      ? `первый элемент списка test должен быть NONE, CMD или CMD-SHELL, а здесь «${d.first}»: Docker не сможет выполнить такую проверку.`
      : `the first item of a test list must be NONE, CMD or CMD-SHELL, not "${d.first}": Docker cannot run this check.`;
    case 'shell-extra': return ru
      ? 'после CMD-SHELL должна идти одна строка с командой целиком: оболочка выполнит только первую, а остальные станут её позиционными параметрами ($0, $1...), так что проверка сломается. Соберите команду в одну строку.'
      : 'CMD-SHELL takes one string with the whole command: the shell runs only the first item and the rest become its positional parameters ($0, $1...), so the check breaks. Join the command into one string.';
    case 'exec-one-string': return ru
      ? `после CMD идёт программа и каждый аргумент отдельным элементом, а здесь вся команда одной строкой: Docker будет искать программу с именем «${d.first}» и не найдёт. Разбейте на элементы или используйте CMD-SHELL.`
      : `after CMD come the program and each argument as separate items, but here the whole command is one string: Docker looks for a program named "${d.first}" and does not find it. Split it into items or use CMD-SHELL.`;
    default: return ru
      ? `после ${d.first} нет команды: проверять нечего, и контейнер никогда не станет healthy.`
      : `there is no command after ${d.first}: nothing is checked and the container never becomes healthy.`;
  }
}

const flow = (items: string[]) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;

export const DC022: ComposeRule<Data> = {
  kind: 'compose',
  meta: { code: 'DC022', slug: 'healthcheck-test-form', lesson: 'm5-05-depends-on-healthchecks', severity: 'error', equivalents: [], fixable: true },
  text: {
    en: { title: 'Healthcheck test that cannot work', message: (d) => `Healthcheck of "${d.service}": ${explain(d, false)}` },
    ru: { title: 'Healthcheck, который не может сработать', message: (d) => `Healthcheck сервиса «${d.service}»: ${explain(d, true)}` },
  },
  check(file, report) {
    for (const svc of file.services) {
      const hc = mapGet(file.doc, svc.value, 'healthcheck');
      const testPair = mapGet(file.doc, hc?.value, 'test');
      const test = testPair?.value;
      if (!testPair || !test) continue;
      const range: Range = contentRange(file, test);
      if (isScalar(test)) {
        const s = scalarText(test)?.trim() ?? '';
        const m = /^(NONE|CMD-SHELL|CMD)(\s+|$)/.exec(s);
        if (!m) continue;
        const first = m[1] as string;
        const rest = s.slice(m[0].length).trim();
        // `CMD curl -f x` as a string meant a command: the fix makes it an explicit CMD-SHELL list.
        const fixed = first === 'NONE' ? ['NONE'] : rest ? ['CMD-SHELL', rest] : null;
        report({ range, data: { service: svc.name, problem: 'string-keyword', first, fixed } });
        continue;
      }
      if (!isSeq(test)) continue;
      const items = seqItems(file.doc, test).map((i) => scalarText(i));
      if (items.length === 0 || items.some((i) => i === undefined)) continue;
      const words = items as string[];
      const first = words[0] as string;
      if (!KEYWORDS.has(first)) {
        const m = /^(CMD-SHELL|CMD)\s+(.+)$/s.exec(first);
        const fixed = m && words.length === 1 ? ['CMD-SHELL', (m[2] as string).trim()] : ['CMD', ...words];
        report({ range, data: { service: svc.name, problem: 'bad-first', first, fixed } });
        continue;
      }
      if (first === 'NONE') continue;
      if (words.length === 1) { report({ range, data: { service: svc.name, problem: 'empty', first, fixed: null } }); continue; }
      if (first === 'CMD-SHELL' && words.length > 2) {
        report({ range, data: { service: svc.name, problem: 'shell-extra', first, fixed: ['CMD-SHELL', words.slice(1).join(' ')] } });
        continue;
      }
      const program = words[1] as string;
      if (first === 'CMD' && words.length === 2 && /\s/.test(program.trim())) {
        report({ range, data: { service: svc.name, problem: 'exec-one-string', first: program, fixed: ['CMD-SHELL', program.trim()] } });
      }
    }
  },
  fixes(file, f) {
    const fixed = f.data.fixed;
    if (!fixed) return [];
    const title = f.lang === 'ru' ? `Заменить на ${flow(fixed)}` : `Change to ${flow(fixed)}`;
    // A block list (`test:` then `- CMD` lines) becomes a flow list on the key's line.
    const svc = file.services.find((s) => s.name === f.data.service);
    const test = svc ? mapGet(file.doc, mapGet(file.doc, svc.value, 'healthcheck')?.value, 'test') : undefined;
    const keyEnd = (test?.key as { range?: [number, number, number] } | undefined)?.range?.[1];
    if (keyEnd !== undefined && isSeq(test?.value) && !test.value.flow) {
      const colon = file.text.indexOf(':', keyEnd);
      if (colon >= 0) return [{ title, edits: [replace({ start: file.position(colon + 1), end: f.range.end }, ` ${flow(fixed)}`)], preferred: true }];
    }
    return [{ title, edits: [replace(f.range, flow(fixed))], preferred: true }];
  },
};
