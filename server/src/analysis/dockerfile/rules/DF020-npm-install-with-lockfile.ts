import type { DockerfileRule } from '../rule';
import { replace } from '../../text';
import { commandsWith, foundAt, spanOf } from '../packages';

export const DF020: DockerfileRule = {
  kind: 'dockerfile',
  meta: { code: 'DF020', slug: 'npm-install-with-lockfile', lesson: 'm3-03-pinning', severity: 'warning', equivalents: [], fixable: true },
  text: {
    en: { title: 'npm install where npm ci fits', message: () => 'This stage copies package-lock.json, but "npm install" may update it and install other versions than the lock file says. "npm ci" installs exactly the locked versions, fails if package.json and the lock disagree, and starts from a clean node_modules.' },
    ru: { title: 'npm install там, где нужен npm ci', message: () => 'Этот этап копирует package-lock.json, но «npm install» может его обновить и поставить другие версии, чем записаны в lock-файле. «npm ci» ставит ровно зафиксированные версии, падает, если package.json и lock-файл расходятся, и начинает с чистой node_modules.' },
  },
  check(file, report) {
    for (const stage of file.stages) {
      const copiesLock = stage.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.args.some((a) => /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|package\*\.json)$/.test(a.value)));
      if (!copiesLock) continue;
      for (const f of commandsWith(file, ['npm'], ['install', 'i'])) {
        if (f.instr.stage !== stage.index) continue;
        const extra = f.cmd.words.slice(f.cmd.words.indexOf(f.verb) + 1).filter((w) => !w.value.startsWith('-'));
        if (extra.length > 0 || f.cmd.words.some((w) => w.value === '-g' || w.value === '--global')) continue;
        report({ range: spanOf(f.cmd), data: undefined });
      }
    }
  },
  fixes(file, f) {
    const found = foundAt(commandsWith(file, ['npm'], ['install', 'i']), f.range);
    return found ? [{ title: f.lang === 'ru' ? 'Заменить на npm ci' : 'Change to npm ci', edits: [replace(found.verb.range, 'ci')], preferred: true }] : [];
  },
};
