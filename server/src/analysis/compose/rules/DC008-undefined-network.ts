import type { ComposeRule } from '../rule';
import { didYouMean } from '../../text';
import { declareTopLevel } from '../edit';
import { textAt } from '../nodes';
import { declared, resourceRefs } from '../refs';

export const DC008: ComposeRule<{ service: string; name: string; suggestion?: string }> = {
  kind: 'compose',
  meta: { code: 'DC008', slug: 'undefined-network', lesson: 'm4-02-networks', severity: 'error', equivalents: [], fixable: true },
  text: {
    en: {
      title: 'Network not declared',
      message: (d) => `Service "${d.service}" joins the network "${d.name}", but the top-level \`networks:\` section does not declare it${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}, so Compose refuses the file. Declare it under \`networks:\` at the top level (add \`external: true\` if it is created outside this project). Services without \`networks:\` share the project's \`default\` network.`,
    },
    ru: {
      title: 'Сеть не объявлена',
      message: (d) => `Сервис «${d.service}» подключается к сети «${d.name}», но в разделе \`networks:\` верхнего уровня она не объявлена${d.suggestion ? ` (может быть, «${d.suggestion}»?)` : ''}, поэтому Compose не примет файл. Объявите её в \`networks:\` верхнего уровня (с \`external: true\`, если сеть создаётся вне этого проекта). Сервисы без \`networks:\` и так общаются через сеть проекта \`default\`.`,
    },
  },
  check(file, report, ctx) {
    const names = declared(file, ctx.project);
    if (!names.complete) return;
    const all = [...names.network];
    for (const ref of resourceRefs(file).refs) {
      if (ref.kind !== 'network' || ref.name === 'default' || names.network.has(ref.name)) continue;
      const suggestion = didYouMean(ref.name, all);
      report({ range: ref.range, data: { service: ref.service.name, name: ref.name, ...(suggestion ? { suggestion } : {}) } });
    }
  },
  fixes(file, f) {
    const edit = declareTopLevel(file, 'networks', [`${f.data.name}:`]);
    const fixes = [];
    if (edit) fixes.push({ title: f.lang === 'ru' ? `Объявить сеть «${f.data.name}»` : `Declare the network "${f.data.name}"`, edits: [edit], preferred: true });
    const written = textAt(file, f.range);
    if (f.data.suggestion && written !== undefined && written.replace(/^["']|["']$/g, '') === f.data.name) fixes.push({ title: f.lang === 'ru' ? `Заменить на «${f.data.suggestion}»` : `Change to "${f.data.suggestion}"`, edits: [{ range: f.range, newText: written.replace(f.data.name, f.data.suggestion) }] });
    return fixes;
  },
};
