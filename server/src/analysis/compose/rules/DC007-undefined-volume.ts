import type { ComposeRule } from '../rule';
import { didYouMean } from '../../text';
import { declareTopLevel } from '../edit';
import { lookupFor, textAt } from '../nodes';
import { declared, resourceRefs } from '../refs';

export const DC007: ComposeRule<{ service: string; name: string; suggestion?: string }> = {
  kind: 'compose',
  meta: { code: 'DC007', slug: 'undefined-volume', lesson: 'm4-03-volumes', severity: 'error', equivalents: [], fixable: true },
  text: {
    en: {
      title: 'Named volume not declared',
      message: (d) => `Service "${d.service}" mounts the named volume "${d.name}", but the top-level \`volumes:\` section does not declare it${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}, so Compose refuses the file. Declare it under \`volumes:\` at the top level; if you meant a folder of your project, write a path: "./${d.name}".`,
    },
    ru: {
      title: 'Именованный том не объявлен',
      message: (d) => `Сервис «${d.service}» монтирует именованный том «${d.name}», но в разделе \`volumes:\` верхнего уровня он не объявлен${d.suggestion ? ` (может быть, «${d.suggestion}»?)` : ''}, поэтому Compose не примет файл. Объявите его в \`volumes:\` верхнего уровня; если имелась в виду папка проекта, напишите путь: «./${d.name}».`,
    },
  },
  check(file, report, ctx) {
    const names = declared(file, ctx.project);
    if (!names.complete) return;
    const all = [...names.volume];
    for (const ref of resourceRefs(file, lookupFor(ctx.project)).refs) {
      if (ref.kind !== 'volume' || names.volume.has(ref.name)) continue;
      const suggestion = didYouMean(ref.name, all);
      report({ range: ref.range, data: { service: ref.service.name, name: ref.name, ...(suggestion ? { suggestion } : {}) } });
    }
  },
  fixes(file, f) {
    const edit = declareTopLevel(file, 'volumes', [`${f.data.name}:`]);
    const fixes = [];
    const written = textAt(file, f.range);
    if (f.data.suggestion && written !== undefined && written.replace(/^["']|["']$/g, '') === f.data.name) {
      fixes.push({ title: f.lang === 'ru' ? `Заменить на «${f.data.suggestion}»` : `Change to "${f.data.suggestion}"`, edits: [{ range: f.range, newText: written.replace(f.data.name, f.data.suggestion) }] });
    }
    if (edit) fixes.unshift({ title: f.lang === 'ru' ? `Объявить том «${f.data.name}»` : `Declare the volume "${f.data.name}"`, edits: [edit], preferred: true });
    return fixes;
  },
};
