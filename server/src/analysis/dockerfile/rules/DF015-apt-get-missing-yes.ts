import type { DockerfileRule } from '../rule';
import { commandsWith, foundAt, hasFlag, insertAfter, spanOf } from '../packages';

export const DF015: DockerfileRule<{ program: string }> = {
  kind: 'dockerfile',
  meta: { code: 'DF015', slug: 'apt-get-missing-yes', lesson: 'm2-07-run-hygiene', severity: 'error', equivalents: ['hadolint:DL3014'], fixable: true },
  text: {
    en: { title: 'apt-get install without -y', message: (d) => `"${d.program} install" without -y asks "Do you want to continue? [Y/n]", and a build has nobody to answer: it aborts. Add -y.` },
    ru: { title: 'apt-get install без -y', message: (d) => `«${d.program} install» без -y спрашивает «Do you want to continue? [Y/n]», а при сборке отвечать некому — она прервётся. Добавьте -y.` },
  },
  check(file, report) {
    for (const f of commandsWith(file, ['apt-get', 'apt'], ['install'])) {
      if (hasFlag(f.cmd, '-y', '--yes', '--assume-yes', '-qq', '-yq', '-qy', '-q=2') || f.cmd.words.some((w) => /^-[a-z]*y[a-z]*$/.test(w.value))) continue;
      report({ range: spanOf(f.cmd), data: { program: f.verb.value === 'install' ? (f.cmd.words.find((w) => /apt/.test(w.value))?.value ?? 'apt-get') : 'apt-get' } });
    }
  },
  fixes(file, f) {
    const found = foundAt(commandsWith(file, ['apt-get', 'apt'], ['install']), f.range);
    return found ? [{ title: f.lang === 'ru' ? 'Добавить -y' : 'Add -y', edits: [insertAfter(found.verb, '-y')], preferred: true }] : [];
  },
};
