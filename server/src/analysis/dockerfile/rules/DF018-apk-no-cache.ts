import type { DockerfileRule } from '../rule';
import { commandsWith, foundAt, hasFlag, insertAfter, mountsCache, spanOf } from '../packages';
import { programOf } from '../shell';

export const DF018: DockerfileRule = {
  kind: 'dockerfile',
  meta: { code: 'DF018', slug: 'apk-no-cache', lesson: 'm3-02-image-size', severity: 'warning', equivalents: ['hadolint:DL3019'], fixable: true },
  text: {
    en: { title: 'apk add without --no-cache', message: () => '"apk add" without --no-cache leaves the package index in /var/cache/apk inside the layer. --no-cache fetches the index, installs and keeps nothing behind.' },
    ru: { title: 'apk add без --no-cache', message: () => '«apk add» без --no-cache оставляет индекс пакетов в /var/cache/apk внутри слоя. С --no-cache apk скачивает индекс, ставит пакеты и ничего лишнего не оставляет.' },
  },
  check(file, report) {
    for (const f of commandsWith(file, ['apk'], ['add'])) {
      if (hasFlag(f.cmd, '--no-cache') || mountsCache(f.instr, /\/var\/cache\/apk|\/etc\/apk\/cache/)) continue;
      const cleans = file.commands(f.instr).some((c) => programOf(c)?.name === 'rm' && c.words.some((w) => w.value.startsWith('/var/cache/apk')));
      if (!cleans) report({ range: spanOf(f.cmd), data: undefined });
    }
  },
  fixes(file, f) {
    const found = foundAt(commandsWith(file, ['apk'], ['add']), f.range);
    return found ? [{ title: f.lang === 'ru' ? 'Добавить --no-cache' : 'Add --no-cache', edits: [insertAfter(found.verb, '--no-cache')], preferred: true }] : [];
  },
};
