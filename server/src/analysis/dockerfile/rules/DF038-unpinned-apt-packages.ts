import type { DockerfileRule } from '../rule';
import type { Word } from '../model';
import { programOf } from '../shell';

// apt-get options that take a value as the next word.
const WITH_VALUE: ReadonlySet<string> = new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file']);

/** Package words of an `apt-get install` command, after the `install` word. */
function packages(words: readonly Word[], from: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < words.length; i++) {
    const v = (words[i] as Word).value;
    if (WITH_VALUE.has(v)) { i++; continue; }
    if (v.startsWith('-')) continue;
    out.push(words[i] as Word);
  }
  return out;
}

// Pinned: pkg=version, pkg/release (a target release), a .deb file or path. Variables, globs
// and command substitutions are left alone: the rule cannot see them.
function unpinned(v: string): boolean {
  const bare = v.replace(/^(["'])(.*)\1$/, '$2');
  return /^[a-z0-9][a-z0-9+.:-]*$/i.test(bare) && !bare.endsWith('.deb');
}

export const DF038: DockerfileRule<{ packages: string[] }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF038', slug: 'unpinned-apt-packages', lesson: 'm3-03-pinning', severity: 'info',
    equivalents: ['hadolint:DL3008'], fixable: false,
  },
  text: {
    en: {
      title: 'apt packages without a version',
      message: (d) => `${d.packages.slice(0, 4).join(', ')}${d.packages.length > 4 ? ` and ${d.packages.length - 4} more` : ''} will be whatever version the mirror has on the day of the build, so two builds of the same Dockerfile can differ. For reproducible images pin them, e.g. ${d.packages[0] ?? 'curl'}=<version> (see "apt-cache policy ${d.packages[0] ?? 'curl'}"), and bump the pins on purpose.`,
    },
    ru: {
      title: 'Пакеты apt без версии',
      message: (d) => `${d.packages.slice(0, 4).join(', ')}${d.packages.length > 4 ? ` и ещё ${d.packages.length - 4}` : ''} установятся в той версии, что лежит в зеркале в день сборки, так что две сборки одного Dockerfile могут отличаться. Для воспроизводимых образов закрепите версии, например ${d.packages[0] ?? 'curl'}=<версия> (см. «apt-cache policy ${d.packages[0] ?? 'curl'}»), и обновляйте их сознательно.`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'RUN' || instr.execForm) continue;
      for (const cmd of file.commands(instr)) {
        const p = programOf(cmd);
        if (p?.name !== 'apt-get' && p?.name !== 'apt') continue;
        const install = cmd.words.findIndex((w, i) => i > p.index && w.value === 'install');
        if (install < 0) continue;
        const loose = packages(cmd.words, install + 1).filter((w) => unpinned(w.value));
        const program = cmd.words[p.index];
        const installWord = cmd.words[install];
        if (loose.length === 0 || !program || !installWord) continue;
        report({ range: { start: program.range.start, end: installWord.range.end }, data: { packages: loose.map((w) => w.value) } });
      }
    }
  },
};
