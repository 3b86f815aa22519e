import type { DockerfileRule } from '../rule';
import type { Instruction } from '../model';

// Only plain shell-form RUNs can simply be joined with &&: flags (--mount, --network) and
// heredocs change what each RUN means, and exec form has no shell to chain with.
function joinable(instr: Instruction): boolean {
  return instr.keyword === 'RUN' && instr.flags.length === 0 && !instr.heredoc && !instr.looksLikeJson && instr.args.length > 0;
}

export const DF030: DockerfileRule<{ line: number }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF030', slug: 'consecutive-runs', lesson: 'm2-02-layers-and-cache', severity: 'info',
    equivalents: ['hadolint:DL3059'], fixable: false,
  },
  text: {
    en: {
      title: 'Consecutive RUN instructions',
      message: (d) => `This RUN directly follows another one (line ${d.line}), and each RUN makes a layer and a cache entry of its own. When the steps belong together, join them with "&&" in one RUN (and clean up in that same RUN). Keep them apart on purpose when the first is slow and stable and this one changes often: then the split lets the cache keep the slow part.`,
    },
    ru: {
      title: 'Несколько RUN подряд',
      message: (d) => `Этот RUN идёт сразу за другим (строка ${d.line}), а каждый RUN создаёт свой слой и свою запись в кэше сборки. Если шаги связаны, объедините их через «&&» в один RUN (и чистите временные файлы в нём же). Оставляйте их раздельными сознательно, когда первый шаг медленный и стабильный, а этот часто меняется: тогда кэш сохранит медленную часть.`,
    },
  },
  check(file, report) {
    for (const stage of file.stages) {
      let previous: Instruction | undefined;
      for (const instr of stage.instructions) {
        const ok = joinable(instr);
        if (ok && previous) report({ range: instr.keywordRange, data: { line: previous.range.start.line + 1 } });
        previous = ok ? instr : undefined;
      }
    }
  },
};
