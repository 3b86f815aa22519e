// Explains a failed `docker build` on the Dockerfile line that failed, for both the legacy
// builder ("Step 3/7 : RUN ...") and BuildKit ("#8 [build 3/7] RUN ..."). Matches on structure
// (which instruction, which kind of failure), not on one version's exact wording.
import type { DockerfileModel, Instruction } from '../dockerfile/model';
import { didYouMean } from '../text';
import { INSTRUCTIONS } from '../dockerfile/keywords';
import type { Finding, Lang, Range } from '../types';

export const BUILD_FAILURE_CODES = ['DF901', 'DF902', 'DF903', 'DF904'] as const;

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function instructionText(model: DockerfileModel, i: Instruction): string {
  const lines = model.lines.slice(i.range.start.line, i.range.end.line + 1).filter((l, n) => n === 0 || !/^\s*#/.test(l));
  return norm(lines.map((l) => l.replace(/\\\s*$/, ' ')).join(' '));
}

function firstLine(model: DockerfileModel, i: Instruction): Range {
  const start = i.range.start;
  return { start, end: { line: start.line, character: (model.lines[start.line] ?? '').length } };
}

/** The instruction a build failed on, from the last step header before the error. */
function failedInstruction(out: string[], model: DockerfileModel): Instruction | undefined {
  let legacyStep: number | undefined;
  let buildkitText: string | undefined;
  for (const line of out) {
    const legacy = /^Step (\d+)\/\d+ : (.*)$/.exec(line);
    if (legacy) legacyStep = Number(legacy[1]);
    const box = /^ > \[(?:[^\]]*?\s)?\d+\/\d+\] (.*):$/.exec(line);
    if (box) buildkitText = box[1];
  }
  if (buildkitText !== undefined) {
    const want = norm(buildkitText);
    return model.instructions.find((i) => instructionText(model, i) === want)
      ?? model.instructions.find((i) => instructionText(model, i).startsWith(want.slice(0, 40)));
  }
  if (legacyStep !== undefined) return model.instructions[legacyStep - 1];
  return undefined;
}

type Kind = { code: 'DF901'; written: string; suggestion?: string } | { code: 'DF902'; file: string } | { code: 'DF903'; pkg: string; tool: string }
  | { code: 'DF904'; exit: number; command: string };

const TEXT: Record<Lang, (k: Kind) => string> = {
  en: (k) => {
    switch (k.code) {
      case 'DF901': return `The build stopped: "${k.written}" is not a Dockerfile instruction.${k.suggestion ? ` Did you mean ${k.suggestion}?` : ''}`;
      case 'DF902': return `The build stopped: "${k.file}" is not in the build context. COPY and ADD only see files inside the context folder that .dockerignore does not exclude; check the path, the context you build from and .dockerignore.`;
      case 'DF903': return `The build stopped: ${k.tool} could not find the package "${k.pkg}". Check its name for this base image's distribution and version, and update the package index in the same RUN (e.g. apt-get update && apt-get install ...).`;
      case 'DF904': return `This RUN failed with exit code ${k.exit}${EXIT_HINT.en(k.exit)}: ${k.command}`;
    }
  },
  ru: (k) => {
    switch (k.code) {
      case 'DF901': return `Сборка остановилась: «${k.written}» — не инструкция Dockerfile.${k.suggestion ? ` Возможно, вы имели в виду ${k.suggestion}?` : ''}`;
      case 'DF902': return `Сборка остановилась: «${k.file}» нет в контексте сборки. COPY и ADD видят только файлы внутри папки контекста, которые не исключены в .dockerignore; проверьте путь, контекст сборки и .dockerignore.`;
      case 'DF903': return `Сборка остановилась: ${k.tool} не нашёл пакет «${k.pkg}». Проверьте имя пакета для дистрибутива и версии базового образа и обновляйте индекс пакетов в том же RUN (например, apt-get update && apt-get install ...).`;
      case 'DF904': return `Этот RUN завершился с кодом ${k.exit}${EXIT_HINT.ru(k.exit)}: ${k.command}`;
    }
  },
};

const EXIT_HINT: Record<Lang, (code: number) => string> = {
  en: (c) => (c === 127 ? ' (command not found: the program is not installed in this image or not on PATH)'
    : c === 126 ? ' (found but not executable: check the file mode or the shebang)'
      : c === 137 ? ' (killed, usually out of memory)' : ''),
  ru: (c) => (c === 127 ? ' (команда не найдена: программа не установлена в образе или её нет в PATH)'
    : c === 126 ? ' (файл найден, но не исполняемый: проверьте права или shebang)'
      : c === 137 ? ' (процесс убит, обычно из-за нехватки памяти)' : ''),
};

export const BUILD_LESSONS: Record<string, string> = {
  DF901: 'm2-01-first-dockerfile', DF902: 'm2-06-dockerignore', DF903: 'm2-07-run-hygiene', DF904: 'm2-07-run-hygiene',
};

/** Findings for a failed build's output (empty when nothing is recognised). */
export function explainBuildOutput(output: string, model: DockerfileModel, lang: Lang): Finding[] {
  const lines = output.replace(ANSI, '').replace(/\r/g, '').split('\n');
  const text = lines.join('\n');
  const finding = (kind: Kind, range: Range): Finding => ({ code: kind.code, severity: 'error', message: TEXT[lang](kind), range, lesson: BUILD_LESSONS[kind.code] as string, data: kind });

  const parse = /parse error (?:on )?line (\d+): (.*)$/m.exec(text);
  if (parse) {
    const line = Number(parse[1]) - 1;
    const unknown = /unknown instruction: (\S+)/i.exec(parse[2] as string);
    const written = unknown?.[1] ?? (model.lines[line] ?? '').trim().split(/\s/)[0] ?? '';
    const suggestion = didYouMean(written, INSTRUCTIONS, 2);
    const range = { start: { line, character: 0 }, end: { line, character: written.length } };
    return [finding(suggestion ? { code: 'DF901', written, suggestion } : { code: 'DF901', written }, range)];
  }
  const failed = failedInstruction(lines, model);
  if (!failed) return [];
  const range = firstLine(model, failed);
  const missing = /file not found in build context[^:]*: stat ([^:]+): file does not exist/.exec(text) ?? /"\/?([^"]+)" not found: not found/.exec(text);
  if (missing) return [finding({ code: 'DF902', file: missing[1] as string }, range)];
  const pkg = /Unable to locate package ([\w.+:-]+)/.exec(text) ?? /No matching distribution found for ([\w.+=<>~!-]+)/.exec(text)
    ?? /ERROR: unable to select packages:\s*\n\s*([\w.+-]+)/.exec(text) ?? /npm (?:ERR!|error) 404 .*?'([^']+)'/.exec(text);
  const tool = /Unable to locate package/.test(text) ? 'apt-get' : /No matching distribution/.test(text) ? 'pip' : /unable to select packages/.test(text) ? 'apk' : 'npm';
  if (pkg) return [finding({ code: 'DF903', pkg: pkg[1] as string, tool }, range)];
  const exit = /returned a non-zero code: (\d+)/.exec(text) ?? /exit code: (\d+)/.exec(text);
  if (exit) {
    const command = /The command '\/bin\/sh -c (.*)' returned/.exec(text)?.[1] ?? /failed running \[\/bin\/sh -c (.*)\]: exit code/.exec(text)?.[1] ?? failed.written;
    return [finding({ code: 'DF904', exit: Number(exit[1]), command }, range)];
  }
  return [];
}

/** One line per finding for the task terminal; the manifest's problem matcher reads it back. */
export function problemLine(file: string, f: Finding): string {
  return `docker-coach: ${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.code} ${f.message}`;
}
