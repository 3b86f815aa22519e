import type { DockerfileRule } from '../rule';
import { joinContinuations, propertiesOf, type Instruction } from '../model';
import type { Range } from '../../types';
import { isInstruction } from '../keywords';
import { diagnoseJsonArray, hasSingleQuotes, type JsonProblem } from '../jsonArgs';

// Parse problems Docker stops at (or silently misreads), each explained. A file with NUL bytes is
// reported by the analyser itself as one DF034 finding (data { binary: true }) before any rule runs.
type Data =
  | { kind: 'missing'; keyword: string }
  | { kind: 'copy-dest'; keyword: string }
  | { kind: 'from-args' }
  | { kind: 'stage-name'; name: string }
  | { kind: 'no-value'; keyword: string; name: string }
  | { kind: 'json'; keyword: string; problem: JsonProblem }
  | { kind: 'shell-json' }
  | { kind: 'heredoc'; delimiter: string }
  | { kind: 'escape'; value: string }
  | { kind: 'only-comments' }
  | { kind?: undefined; binary: true };

// Instructions that fail without arguments (CMD and ENTRYPOINT may be empty: that resets them).
const NEEDS_ARGS: ReadonlySet<string> = new Set([
  'FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'VOLUME', 'USER', 'WORKDIR', 'STOPSIGNAL',
  'MAINTAINER', 'ONBUILD', 'SHELL', 'HEALTHCHECK',
]);
const JSON_CAPABLE: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD']);
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

function span(instr: Instruction): Range {
  const first = instr.args[0];
  const last = instr.args[instr.args.length - 1];
  return first && last ? { start: first.range.start, end: last.range.end } : instr.keywordRange;
}

/** Text meant as a JSON array (not a shell test such as `[ -f x ] && ...` or `[[ ... ]]`). */
function meantAsJson(keyword: string, s: string): boolean {
  if (!s.startsWith('[') || s.startsWith('[[')) return false;
  if (keyword !== 'RUN' && keyword !== 'CMD' && keyword !== 'ENTRYPOINT') return true;
  if (/^\[\S/.test(s)) return true;
  // `[ "a", "b" ]` is JSON; `[ "$x" = "a,b" ]` is the shell's test command: only a comma right
  // after the first string tells them apart.
  return /^\[\s*["\u201C\u201D](?:[^"\\\u201C\u201D]|\\.)*["\u201C\u201D]\s*,/.test(s);
}

const jsonEn = (p: JsonProblem): string => {
  switch (p.kind) {
    case 'unquoted': return `"${p.word}" is not in double quotes`;
    case 'missing-comma': return `a comma is missing before ${p.word}`;
    case 'trailing-comma': return 'there is a comma after the last item';
    case 'smart-quotes': return 'it uses typographic quotes (“ ” or « ») instead of plain double quotes (")';
    case 'not-closed': return 'a string or the [ is never closed';
    case 'non-string': return `${p.word} is not a string: every item needs double quotes, numbers too`;
    case 'trailing-text': return `there is text (${p.word}) after the closing ]`;
    case 'bad-escape': return `${p.word} has a backslash that JSON does not accept: write \\\\ for one backslash, or use forward slashes`;
    default: return 'it is not valid JSON';
  }
};
const jsonRu = (p: JsonProblem): string => {
  switch (p.kind) {
    case 'unquoted': return `«${p.word}» не в двойных кавычках`;
    case 'missing-comma': return `перед ${p.word} пропущена запятая`;
    case 'trailing-comma': return 'после последнего элемента стоит лишняя запятая';
    case 'smart-quotes': return 'в нём типографские кавычки (“ ” или « ») вместо обычных двойных (")';
    case 'not-closed': return 'строка или скобка [ не закрыта';
    case 'non-string': return `${p.word} — не строка: каждый элемент, включая числа, пишется в двойных кавычках`;
    case 'trailing-text': return `после закрывающей ] есть текст (${p.word})`;
    case 'bad-escape': return `в ${p.word} обратная косая черта, которую JSON не принимает: пишите \\\\ вместо одной или используйте прямые косые`;
    default: return 'это не корректный JSON';
  }
};

export const DF034: DockerfileRule<Data> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF034', slug: 'syntax', lesson: 'm2-01-first-dockerfile', severity: 'error',
    equivalents: [], fixable: false,
  },
  text: {
    en: {
      title: 'Dockerfile syntax error',
      message: (d) => {
        switch (d.kind) {
          case 'missing': return `${d.keyword} needs arguments, so the build stops here. See the hover on ${d.keyword} for its forms.`;
          case 'copy-dest': return `${d.keyword} needs at least a source and a destination, e.g. ${d.keyword} app.py /app/. With only one path Docker cannot tell where to put it, and the build stops.`;
          case 'from-args': return 'FROM takes an image and optionally "AS name": FROM <image>[:<tag>] [AS <name>]. Anything else stops the build.';
          case 'stage-name': return `"${d.name}" is not a valid stage name: it must start with a letter and contain only letters, digits, "-", "_" and ".". The build stops here.`;
          case 'no-value': return `${d.keyword} ${d.name} has no value, so the build stops here. Write ${d.keyword} ${d.name}=<value> (use "" for an empty value).`;
          case 'json': return `This ${d.keyword} looks like exec form, but ${jsonEn(d.problem)}. It is not a valid JSON array, so Docker silently runs the whole line as a shell command, brackets and all, and it fails only when it runs. Write it as ["executable", "arg"].`;
          case 'shell-json': return 'SHELL accepts only the JSON form, e.g. SHELL ["/bin/bash", "-o", "pipefail", "-c"]; the build stops here.';
          case 'heredoc': return `The heredoc <<${d.delimiter} is never closed: add a line containing only ${d.delimiter}. Until then every following line is part of it.`;
          case 'escape': return `"${d.value}" cannot be the escape character: the escape directive takes only \\ or \`. The build stops before the first instruction.`;
          case 'only-comments': return 'This Dockerfile has only comments, and Docker refuses a file with no instructions. Start with FROM <image>.';
          default: return 'This is a binary file, not text: Docker cannot read it. Check that this is the file you meant.';
        }
      },
    },
    ru: {
      title: 'Синтаксическая ошибка в Dockerfile',
      message: (d) => {
        switch (d.kind) {
          case 'missing': return `${d.keyword} нужны аргументы, поэтому сборка остановится здесь. Формы инструкции — в подсказке при наведении на ${d.keyword}.`;
          case 'copy-dest': return `${d.keyword} нужны как минимум источник и место назначения, например ${d.keyword} app.py /app/. С одним путём Docker не знает, куда копировать, и сборка остановится.`;
          case 'from-args': return 'FROM принимает образ и, по желанию, «AS имя»: FROM <образ>[:<тег>] [AS <имя>]. Всё остальное останавливает сборку.';
          case 'stage-name': return `«${d.name}» — недопустимое имя этапа: оно должно начинаться с буквы и содержать только буквы, цифры, «-», «_» и «.». Сборка остановится здесь.`;
          case 'no-value': return `У ${d.keyword} ${d.name} нет значения, поэтому сборка остановится здесь. Пишите ${d.keyword} ${d.name}=<значение> (пустое значение — "").`;
          case 'json': return `Этот ${d.keyword} похож на exec-форму, но ${jsonRu(d.problem)}. Это не корректный JSON-массив, поэтому Docker молча выполнит всю строку как команду оболочки — вместе со скобками — и ошибка проявится только при запуске. Пишите так: ["программа", "аргумент"].`;
          case 'shell-json': return 'SHELL принимает только JSON-форму, например SHELL ["/bin/bash", "-o", "pipefail", "-c"]; сборка остановится здесь.';
          case 'heredoc': return `Heredoc <<${d.delimiter} не закрыт: добавьте строку, в которой только ${d.delimiter}. Пока её нет, все следующие строки считаются его частью.`;
          case 'escape': return `«${d.value}» не может быть символом экранирования: директива escape принимает только \\ или \`. Сборка остановится ещё до первой инструкции.`;
          case 'only-comments': return 'В этом Dockerfile только комментарии, а файл без инструкций Docker не принимает. Начните с FROM <образ>.';
          default: return 'Это двоичный файл, а не текст: Docker не сможет его прочитать. Проверьте, тот ли файл открыт.';
        }
      },
    },
  },
  check(file, report) {
    for (const d of file.directives) {
      if (d.name === 'escape' && d.value !== '\\' && d.value !== '`') report({ range: d.range, data: { kind: 'escape', value: d.value } });
    }
    if (file.instructions.length === 0) {
      const first = file.comments[0];
      if (first) report({ range: first.range, data: { kind: 'only-comments' } });
      return;
    }
    for (const instr of file.instructions) {
      const keyword = instr.keyword;
      if (!isInstruction(keyword)) continue;
      if (instr.args.length === 0) {
        if (NEEDS_ARGS.has(keyword)) report({ range: instr.keywordRange, data: { kind: 'missing', keyword } });
        continue;
      }
      if (instr.heredoc) {
        const firstLine = instr.args.filter((a) => a.range.start.line === instr.range.start.line);
        for (const w of firstLine) {
          const m = /^<<(-?)["']?([A-Za-z_]\w*)["']?$/.exec(w.value);
          if (!m) continue;
          const delimiter = m[2] as string;
          let closed = false;
          for (let l = instr.range.start.line + 1; l <= instr.range.end.line && !closed; l++) {
            const line = file.lines[l] ?? '';
            closed = (m[1] ? line.replace(/^\t+/, '') : line) === delimiter;
          }
          if (!closed) report({ range: w.range, data: { kind: 'heredoc', delimiter } });
        }
        continue;
      }
      if (JSON_CAPABLE.has(keyword) && !instr.execForm && instr.looksLikeJson) {
        // The text as written: argument values have the escape character already applied.
        const text = joinContinuations(instr.rawArgs, file.escape).trim();
        const problem = meantAsJson(keyword, text) && !hasSingleQuotes(text) ? diagnoseJsonArray(text) : undefined;
        if (problem) { report({ range: span(instr), data: { kind: 'json', keyword, problem } }); continue; }
      }
      switch (keyword) {
        case 'COPY': case 'ADD': {
          const count = instr.execForm ? instr.execForm.length : instr.args.length;
          if (count === 1) report({ range: span(instr), data: { kind: 'copy-dest', keyword } });
          break;
        }
        case 'FROM': {
          const n = instr.args.length;
          const as = instr.args[1];
          const name = instr.args[2];
          if (instr.args.some((a) => a.value.includes('{{'))) break; // a template (Jinja, Go), not a Dockerfile yet
          if (n === 2 || n > 3 || (n === 3 && as?.value.toUpperCase() !== 'AS')) report({ range: span(instr), data: { kind: 'from-args' } });
          else if (n === 3 && name && !STAGE_NAME.test(name.value.toLowerCase()) && !name.value.includes('$')) report({ range: name.range, data: { kind: 'stage-name', name: name.value } });
          break;
        }
        case 'ENV': case 'LABEL': {
          for (const p of propertiesOf(instr)) {
            if (p.value === null) report({ range: p.range, data: { kind: 'no-value', keyword, name: p.name } });
          }
          break;
        }
        case 'SHELL':
          if (!instr.looksLikeJson) report({ range: span(instr), data: { kind: 'shell-json' } });
          break;
        default:
          break;
      }
    }
  },
};
