import type { DockerfileRule } from '../rule';
import { programOf } from '../shell';

export const DF014: DockerfileRule<{ dir: string }> = {
  kind: 'dockerfile',
  meta: { code: 'DF014', slug: 'cd-in-run', lesson: 'm2-07-run-hygiene', severity: 'warning', equivalents: ['hadolint:DL3003'], fixable: false },
  text: {
    en: { title: 'cd inside RUN', message: (d) => `"cd ${d.dir}" lasts only until the end of this RUN; the next instruction starts in the old folder again, which surprises readers. Use "WORKDIR ${d.dir}" before the RUN.` },
    ru: { title: 'cd внутри RUN', message: (d) => `«cd ${d.dir}» действует только до конца этого RUN; следующая инструкция снова начнётся в прежнем каталоге, и читателя это сбивает. Поставьте «WORKDIR ${d.dir}» перед RUN.` },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'RUN' || instr.execForm || instr.heredoc) continue;
      for (const cmd of file.commands(instr)) {
        const p = programOf(cmd);
        if (p?.name !== 'cd') continue;
        const dir = cmd.words[p.index + 1];
        const first = cmd.words[p.index];
        if (first) report({ range: { start: first.range.start, end: (dir ?? first).range.end }, data: { dir: dir?.value ?? '~' } });
      }
    }
  },
};
