import type { DockerfileRule } from '../rule';
import { insertAt } from '../../text';

export const DF021: DockerfileRule<{ alpine: boolean; line: number; indent: string }> = {
  kind: 'dockerfile',
  meta: { code: 'DF021', slug: 'missing-pipefail', lesson: 'm2-07-run-hygiene', severity: 'warning', equivalents: ['hadolint:DL4006'], fixable: true },
  text: {
    en: { title: 'A pipe in RUN without pipefail', message: () => 'In "a | b" the shell reports only b\'s exit code: if a fails (a download, a compiler), the build goes on with broken output. Set pipefail first: SHELL ["/bin/bash", "-o", "pipefail", "-c"] (or "set -o pipefail &&" in the RUN).' },
    ru: { title: 'Конвейер в RUN без pipefail', message: () => 'В «a | b» оболочка возвращает код выхода только b: если a упадёт (скачивание, компилятор), сборка продолжится с испорченным результатом. Включите pipefail: SHELL ["/bin/bash", "-o", "pipefail", "-c"] (или «set -o pipefail &&» в самом RUN).' },
  },
  check(file, report) {
    for (const stage of file.stages) {
      let pipefail = false;
      for (const instr of stage.instructions) {
        if (instr.keyword === 'SHELL') pipefail = (instr.execForm ?? []).some((a) => /pipefail/.test(a));
        if (instr.keyword !== 'RUN' || instr.execForm || pipefail) continue;
        const commands = file.commands(instr);
        if (!commands.some((c) => c.after === '|')) continue;
        if (commands.some((c) => c.words.some((w) => /pipefail/.test(w.value)))) continue;
        const alpine = /alpine/i.test(stage.base.text) || /alpine/i.test(stage.base.tag ?? '');
        report({ range: instr.keywordRange, data: { alpine, line: instr.range.start.line, indent: /^\s*/.exec(file.lines[instr.range.start.line] ?? '')?.[0] ?? '' } });
      }
    }
  },
  fixes(file, f) {
    const shell = f.data.alpine ? '["/bin/ash", "-eo", "pipefail", "-c"]' : '["/bin/bash", "-o", "pipefail", "-c"]';
    return [{ title: f.lang === 'ru' ? `Добавить SHELL ${shell} перед RUN` : `Add SHELL ${shell} before the RUN`, edits: [insertAt({ line: f.data.line, character: 0 }, `${f.data.indent}SHELL ${shell}${file.eol}`)], preferred: true }];
  },
};
