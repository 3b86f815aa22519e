import type { DockerfileRule } from '../rule';
import { insertAt } from '../../text';
import { programOf } from '../shell';

export const DF012: DockerfileRule = {
  kind: 'dockerfile',
  meta: {
    code: 'DF012', slug: 'apt-lists-not-cleaned', lesson: 'm2-07-run-hygiene', severity: 'warning',
    equivalents: ['hadolint:DL3009'], fixable: true,
  },
  text: {
    en: {
      title: 'apt lists not cleaned in the same RUN',
      message: () => 'This RUN installs packages with apt-get but leaves /var/lib/apt/lists in the layer (often 20-40 MB). Add "&& rm -rf /var/lib/apt/lists/*" at the end of the same RUN: a later RUN cannot shrink an earlier layer.',
    },
    ru: {
      title: 'Списки apt не очищены в том же RUN',
      message: () => 'Этот RUN ставит пакеты через apt-get, но оставляет в слое /var/lib/apt/lists (обычно 20–40 МБ). Добавьте «&& rm -rf /var/lib/apt/lists/*» в конец того же RUN: следующий RUN уже не уменьшит предыдущий слой.',
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'RUN' || instr.execForm) continue;
      if (instr.flags.some((f) => f.name === 'mount' && /\/var\/lib\/apt/.test(f.value ?? ''))) continue;
      const commands = file.commands(instr);
      const installs = commands.find((c) => {
        const p = programOf(c);
        return (p?.name === 'apt-get' || p?.name === 'apt') && c.words.some((w) => w.value === 'install');
      });
      if (!installs) continue;
      const cleans = commands.some((c) => programOf(c)?.name === 'rm' && c.words.some((w) => w.value.startsWith('/var/lib/apt/lists')));
      if (cleans) continue;
      const last = instr.args[instr.args.length - 1];
      if (!last || !installs.words[0]) continue;
      report({ range: { start: installs.words[0].range.start, end: (installs.words[installs.words.length - 1] ?? installs.words[0]).range.end }, data: undefined });
    }
  },
  fixes(file, f) {
    const instr = file.instructions.find((i) => i.range.start.line <= f.range.start.line && i.range.end.line >= f.range.start.line);
    const last = instr?.args[instr.args.length - 1];
    if (!instr || !last || instr.heredoc) return [];
    return [{
      title: f.lang === 'ru' ? 'Добавить «&& rm -rf /var/lib/apt/lists/*»' : 'Append "&& rm -rf /var/lib/apt/lists/*"',
      edits: [insertAt(last.range.end, ` ${file.escape}${file.eol}    && rm -rf /var/lib/apt/lists/*`)],
      preferred: true,
    }];
  },
};
