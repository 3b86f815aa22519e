import type { DockerfileRule } from '../rule';
import { commandsWith, foundAt, hasFlag, insertAfter, spanOf } from '../packages';

export const DF016: DockerfileRule = {
  kind: 'dockerfile',
  meta: { code: 'DF016', slug: 'apt-no-install-recommends', lesson: 'm3-02-image-size', severity: 'info', equivalents: ['hadolint:DL3015'], fixable: true },
  text: {
    en: { title: 'apt-get install without --no-install-recommends', message: () => 'Without --no-install-recommends apt-get also installs every "recommended" package, often tens of megabytes you never use. Add the flag and list what you really need.' },
    ru: { title: 'apt-get install без --no-install-recommends', message: () => 'Без --no-install-recommends apt-get ставит ещё и все «рекомендуемые» пакеты — часто это десятки мегабайт, которые вам не нужны. Добавьте флаг и перечислите то, что действительно нужно.' },
  },
  check(file, report) {
    for (const f of commandsWith(file, ['apt-get', 'apt'], ['install'])) {
      if (hasFlag(f.cmd, '--no-install-recommends') || f.cmd.words.some((w) => /Install-Recommends/i.test(w.value))) continue;
      report({ range: spanOf(f.cmd), data: undefined });
    }
  },
  fixes(file, f) {
    const found = foundAt(commandsWith(file, ['apt-get', 'apt'], ['install']), f.range);
    return found ? [{ title: f.lang === 'ru' ? 'Добавить --no-install-recommends' : 'Add --no-install-recommends', edits: [insertAfter(found.verb, '--no-install-recommends')], preferred: true }] : [];
  },
};
