import type { ComposeRule } from '../rule';
import { didYouMean } from '../../text';
import { declared, resourceRefs } from '../refs';

export const DC009: ComposeRule<{ service: string; name: string; kind: 'secret' | 'config'; suggestion?: string }> = {
  kind: 'compose',
  meta: { code: 'DC009', slug: 'undefined-secret-or-config', lesson: 'm6-03-secrets-and-configs', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Secret or config not declared',
      message: (d) => d.kind === 'secret'
        ? `Service "${d.service}" uses the secret "${d.name}", but the top-level \`secrets:\` section does not declare it${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}, so Compose refuses the file. Declare where it comes from, e.g. \`secrets: {${d.name}: {file: ./${d.name}.txt}}\` or \`environment: ${d.name.toUpperCase()}\`; the container reads it from /run/secrets/${d.name}.`
        : `Service "${d.service}" uses the config "${d.name}", but the top-level \`configs:\` section does not declare it${d.suggestion ? ` (did you mean "${d.suggestion}"?)` : ''}, so Compose refuses the file. Declare where it comes from, e.g. \`configs: {${d.name}: {file: ./${d.name}}}\`.`,
    },
    ru: {
      title: 'Секрет или конфигурация не объявлены',
      message: (d) => d.kind === 'secret'
        ? `Сервис «${d.service}» использует секрет «${d.name}», но в разделе \`secrets:\` верхнего уровня он не объявлен${d.suggestion ? ` (может быть, «${d.suggestion}»?)` : ''}, поэтому Compose не примет файл. Укажите, откуда он берётся, например \`secrets: {${d.name}: {file: ./${d.name}.txt}}\` или \`environment: ${d.name.toUpperCase()}\`; в контейнере он появится в /run/secrets/${d.name}.`
        : `Сервис «${d.service}» использует конфигурацию «${d.name}», но в разделе \`configs:\` верхнего уровня она не объявлена${d.suggestion ? ` (может быть, «${d.suggestion}»?)` : ''}, поэтому Compose не примет файл. Укажите, откуда она берётся, например \`configs: {${d.name}: {file: ./${d.name}}}\`.`,
    },
  },
  check(file, report, ctx) {
    const names = declared(file, ctx.project);
    if (!names.complete) return;
    for (const ref of resourceRefs(file).refs) {
      if (ref.kind !== 'secret' && ref.kind !== 'config') continue;
      if (names[ref.kind].has(ref.name)) continue;
      const suggestion = didYouMean(ref.name, [...names[ref.kind]]);
      report({ range: ref.range, data: { service: ref.service.name, name: ref.name, kind: ref.kind, ...(suggestion ? { suggestion } : {}) } });
    }
  },
};
