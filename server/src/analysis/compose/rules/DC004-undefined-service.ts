import type { ComposeRule } from '../rule';
import { didYouMean } from '../../text';
import { declared, serviceRefs, type RefVia } from '../refs';

const VIA: Record<RefVia, { en: string; ru: string }> = {
  depends_on: { en: 'depends_on', ru: 'depends_on' },
  links: { en: 'links', ru: 'links' },
  extends: { en: 'extends', ru: 'extends' },
  network_mode: { en: 'network_mode: service:', ru: 'network_mode: service:' },
  volumes_from: { en: 'volumes_from', ru: 'volumes_from' },
  ipc: { en: 'ipc: service:', ru: 'ipc: service:' },
  pid: { en: 'pid: service:', ru: 'pid: service:' },
};

export const DC004: ComposeRule<{ service: string; name: string; via: RefVia; suggestion?: string }> = {
  kind: 'compose',
  meta: { code: 'DC004', slug: 'undefined-service', lesson: 'm5-05-depends-on-healthchecks', severity: 'error', equivalents: [], fixable: true },
  text: {
    en: {
      title: 'Reference to a service that does not exist',
      message: (d) => `Service "${d.service}" refers to "${d.name}" in ${VIA[d.via].en}, but no service has that name${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}. Compose refuses to start the project. Use the name of a key under \`services:\` (not a container_name or an image).`,
    },
    ru: {
      title: 'Ссылка на несуществующий сервис',
      message: (d) => `Сервис «${d.service}» ссылается на «${d.name}» в ${VIA[d.via].ru}, но сервиса с таким именем нет${d.suggestion ? ` (может быть, «${d.suggestion}»?)` : ''}. Compose не запустит проект. Указывайте имя ключа из \`services:\` — не container_name и не образ.`,
    },
  },
  check(file, report, ctx) {
    const names = declared(file, ctx.project);
    if (!names.complete) return;
    const all = [...names.services];
    for (const ref of serviceRefs(file)) {
      if (names.services.has(ref.name) || ref.optional) continue;
      const suggestion = didYouMean(ref.name, all);
      report({ range: ref.range, data: { service: ref.from.name, name: ref.name, via: ref.via, ...(suggestion ? { suggestion } : {}) } });
    }
  },
  fixes(file, f) {
    const s = f.data.suggestion;
    if (!s) return [];
    const lines = file.lines;
    const line = lines[f.range.start.line] ?? '';
    if (f.range.start.line !== f.range.end.line) return [];
    const segment = line.slice(f.range.start.character, f.range.end.character);
    // The name as a whole part of `service:db`, `db:alias`, `"db"`.
    const n = f.data.name;
    const bound = (c: string | undefined) => c === undefined || c === ':' || c === '"' || c === "'";
    let at = -1;
    for (let i = segment.indexOf(n); i >= 0; i = segment.indexOf(n, i + 1)) {
      if (bound(segment[i - 1]) && bound(segment[i + n.length])) { at = i; break; }
    }
    if (at < 0) return [];
    const start = { line: f.range.start.line, character: f.range.start.character + at };
    return [{
      title: f.lang === 'ru' ? `Заменить на «${s}»` : `Change to "${s}"`,
      edits: [{ range: { start, end: { line: start.line, character: start.character + f.data.name.length } }, newText: s }],
      preferred: true,
    }];
  },
};
