import type { DockerfileRule } from '../rule';
import type { Instruction } from '../model';
import { dependencyInstall } from '../installs';

// Sources that bring in the whole build context.
const WHOLE_CONTEXT: ReadonlySet<string> = new Set(['.', './', './.', '*', './*']);

function copiesWholeContext(instr: Instruction): boolean {
  if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') return false;
  if (instr.heredoc || instr.flags.some((f) => f.name === 'from')) return false;
  const words = instr.execForm ?? instr.args.map((a) => a.value);
  return words.slice(0, -1).some((w) => WHOLE_CONTEXT.has(w));
}

export const DF022: DockerfileRule<{ copy: string; install: string; manifests: string; line: number }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF022', slug: 'copy-all-before-install', lesson: 'm2-02-layers-and-cache', severity: 'warning',
    equivalents: [], fixable: false,
  },
  text: {
    en: {
      title: 'Whole context copied before installing dependencies',
      message: (d) => `"${d.copy}" brings in every file of the context before "${d.install}" (line ${d.line}) runs, so any edit to any source file invalidates the install layer and the dependencies download again on every build. Copy only ${d.manifests} first, run ${d.install}, then copy the rest.`,
    },
    ru: {
      title: 'Весь контекст копируется до установки зависимостей',
      message: (d) => `«${d.copy}» копирует все файлы контекста ещё до «${d.install}» (строка ${d.line}), поэтому любая правка любого файла сбрасывает кэш слоя установки, и зависимости скачиваются заново при каждой сборке. Сначала скопируйте только ${d.manifests}, выполните ${d.install}, а остальное копируйте после.`,
    },
  },
  check(file, report) {
    for (const stage of file.stages) {
      let copy: Instruction | undefined;
      for (const instr of stage.instructions) {
        if (!copy) {
          if (copiesWholeContext(instr)) copy = instr;
          continue;
        }
        if (instr.keyword !== 'RUN') continue;
        const install = file.commands(instr).map(dependencyInstall).find((i) => i !== undefined);
        if (!install) continue;
        const copyText = `${copy.written} ${copy.args.map((a) => a.value).join(' ')}`;
        report({
          range: { start: copy.keywordRange.start, end: (copy.args[copy.args.length - 1] ?? copy).range.end },
          data: { copy: copyText, install: install.label, manifests: install.manifests, line: instr.range.start.line + 1 },
        });
        break;
      }
    }
  },
};
