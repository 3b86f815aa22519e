import type { DockerfileRule } from '../rule';
import { programOf } from '../shell';

// World-writable: the "others" digit has the write bit. A leading sticky bit (1777, as for /tmp)
// is the safe way to share a folder, so it stays quiet.
function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const others = Number(mode[mode.length - 1]);
    const special = mode.length === 4 ? Number(mode[0]) : 0;
    return (others & 2) !== 0 && (special & 1) === 0;
  }
  // Symbolic: o+w, a+rwx, ugo=rwx, +w is umask-filtered (quiet).
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]+)[+=]([rwxXst]*)$/.exec(clause);
    return m !== null && /[oa]/.test(m[1] as string) && (m[2] as string).includes('w') && !(m[2] as string).includes('t');
  });
}

export const DF029: DockerfileRule<{ mode: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF029', slug: 'chmod-777', lesson: 'm3-04-security-hardening', severity: 'warning',
    equivalents: [], fixable: false,
  },
  text: {
    en: {
      title: 'World-writable permissions',
      message: (d) => `Mode ${d.mode} lets every user in the container write here, so any process, even one an attacker takes over, can replace your code or data. Give the folder to the user that needs it instead: COPY --chown=app:app, or chown app:app plus chmod 755 (folders) / 644 (files).`,
    },
    ru: {
      title: 'Права на запись для всех',
      message: (d) => `Режим ${d.mode} позволяет писать сюда любому пользователю контейнера, так что любой процесс — в том числе захваченный злоумышленником — может подменить ваш код или данные. Лучше отдайте каталог пользователю, которому он нужен: COPY --chown=app:app или chown app:app плюс chmod 755 (каталоги) / 644 (файлы).`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword === 'COPY' || instr.keyword === 'ADD') {
        const flag = instr.flags.find((f) => f.name === 'chmod');
        if (flag?.value && worldWritable(flag.value)) report({ range: flag.range, data: { mode: flag.value } });
        continue;
      }
      if (instr.keyword !== 'RUN') continue;
      for (const cmd of file.commands(instr)) {
        const p = programOf(cmd);
        if (p?.name !== 'chmod') continue;
        // The mode is the first word that is not an option (-R, --recursive, ...).
        const mode = cmd.words.slice(p.index + 1).find((w) => !w.value.startsWith('-'));
        const value = mode?.value.replace(/^(["'])(.*)\1$/, '$2');
        if (mode && value && worldWritable(value)) report({ range: mode.range, data: { mode: value } });
      }
    }
  },
};
