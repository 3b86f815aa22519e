import type { DockerfileRule } from '../rule';
import { replace } from '../../text';

const ARCHIVE_OR_URL = /^(https?:|git@)|\.(tar|tgz|tbz2?|txz|gz|bz2|xz|zst|tar\.\w+)$|\$/i;

export const DF011: DockerfileRule = {
  kind: 'dockerfile',
  meta: { code: 'DF011', slug: 'add-instead-of-copy', lesson: 'm2-07-run-hygiene', severity: 'warning', equivalents: ['hadolint:DL3020'], fixable: true },
  text: {
    en: { title: 'ADD where COPY fits', message: () => 'ADD copies local files too, but it also unpacks archives and downloads URLs, so a reader must check which it does here. For plain files use COPY: it does only that.' },
    ru: { title: 'ADD там, где хватит COPY', message: () => 'ADD тоже копирует локальные файлы, но ещё распаковывает архивы и скачивает URL, и читателю приходится проверять, что именно он делает. Для обычных файлов используйте COPY — он делает только это.' },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'ADD' || instr.heredoc) continue;
      const sources = (instr.execForm ?? instr.args.map((a) => a.value)).slice(0, -1);
      if (sources.length === 0 || sources.some((s) => ARCHIVE_OR_URL.test(s))) continue;
      report({ range: instr.keywordRange, data: undefined });
    }
  },
  fixes(_file, f) {
    return [{ title: f.lang === 'ru' ? 'Заменить ADD на COPY' : 'Change ADD to COPY', edits: [replace(f.range, 'COPY')], preferred: true }];
  },
};
