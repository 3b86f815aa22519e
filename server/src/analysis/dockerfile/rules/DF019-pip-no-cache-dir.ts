import type { DockerfileRule } from '../rule';
import { commandsWith, foundAt, hasFlag, insertAfter, mountsCache, spanOf } from '../packages';

export const DF019: DockerfileRule = {
  kind: 'dockerfile',
  meta: { code: 'DF019', slug: 'pip-no-cache-dir', lesson: 'm3-02-image-size', severity: 'warning', equivalents: ['hadolint:DL3042'], fixable: true },
  text: {
    en: { title: 'pip install without --no-cache-dir', message: () => '"pip install" keeps a copy of every downloaded package in ~/.cache/pip, inside the layer. In an image nobody reuses that cache: add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).' },
    ru: { title: 'pip install без --no-cache-dir', message: () => '«pip install» хранит копию каждого скачанного пакета в ~/.cache/pip — прямо в слое. В образе этот кэш никто не использует: добавьте --no-cache-dir (или ENV PIP_NO_CACHE_DIR=1).' },
  },
  check(file, report) {
    const envOff = file.instructions.some((i) => i.keyword === 'ENV' && i.args.some((a) => /^PIP_NO_CACHE_DIR=/.test(a.value)));
    if (envOff) return;
    for (const f of commandsWith(file, ['pip', 'pip3'], ['install'])) {
      if (hasFlag(f.cmd, '--no-cache-dir') || mountsCache(f.instr, /\.cache\/pip/)) continue;
      report({ range: spanOf(f.cmd), data: undefined });
    }
  },
  fixes(file, f) {
    const found = foundAt(commandsWith(file, ['pip', 'pip3'], ['install']), f.range);
    return found ? [{ title: f.lang === 'ru' ? 'Добавить --no-cache-dir' : 'Add --no-cache-dir', edits: [insertAfter(found.verb, '--no-cache-dir')], preferred: true }] : [];
  },
};
