import type { DockerfileRule } from '../rule';
import { replace } from '../../text';

// Only plain words become an exec-form array: anything the shell would interpret
// (operators, variables, globs, quotes) needs a decision the learner must make.
const PLAIN_WORD = /^[\w@%+=:,./-]+$/;

export const DF005: DockerfileRule<{ keyword: string; exec: string[] | null }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF005', slug: 'shell-form-cmd', lesson: 'm2-03-cmd-vs-entrypoint', severity: 'warning',
    equivalents: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended'], fixable: true,
  },
  text: {
    en: {
      title: 'CMD or ENTRYPOINT in shell form',
      message: (d) => `${d.keyword} in shell form runs your program under "/bin/sh -c": the shell becomes PID 1 and does not pass on SIGTERM, so "docker stop" waits 10 seconds and then kills it. Use the exec form, e.g. ${d.keyword} ["node", "server.js"].`,
    },
    ru: {
      title: 'CMD или ENTRYPOINT в shell-форме',
      message: (d) => `${d.keyword} в shell-форме запускает программу через «/bin/sh -c»: PID 1 становится оболочка, а она не передаёт SIGTERM, поэтому «docker stop» ждёт 10 секунд и убивает контейнер. Используйте exec-форму, например ${d.keyword} ["node", "server.js"].`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'CMD' && instr.keyword !== 'ENTRYPOINT') continue;
      if (instr.looksLikeJson || instr.args.length === 0) continue;
      const words = instr.args.map((a) => a.value);
      const exec = words.every((w) => PLAIN_WORD.test(w)) ? words : null;
      const first = instr.args[0];
      const last = instr.args[instr.args.length - 1];
      if (!first || !last) continue;
      report({ range: { start: first.range.start, end: last.range.end }, data: { keyword: instr.keyword, exec } });
    }
  },
  fixes(_file, f) {
    if (!f.data.exec) return [];
    return [{
      title: f.lang === 'ru' ? 'Перевести в exec-форму (JSON-массив)' : 'Convert to exec form (JSON array)',
      edits: [replace(f.range, JSON.stringify(f.data.exec).replace(/","/g, '", "'))],
      preferred: true,
    }];
  },
};
