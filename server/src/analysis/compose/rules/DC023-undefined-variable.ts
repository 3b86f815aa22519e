import type { ComposeRule } from '../rule';
import type { VariableUse } from '../interpolation';
import { projectEnv, scalarValues, unreadable, variablesOf } from '../nodes';

interface Data { name: string; required: boolean; envFile: boolean; braced: boolean; inCommand: boolean }

export const DC023: ComposeRule<Data> = {
  kind: 'compose',
  meta: { code: 'DC023', slug: 'undefined-variable', lesson: 'm5-04-env-and-interpolation', severity: 'warning', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Variable without a default and not in .env',
      message: (d) => {
        const where = d.envFile ? 'has no default and is not set in the .env file next to this compose file' : 'has no default, and there is no .env file next to this compose file';
        const effect = d.required
          ? `Unless it is set in the shell, "docker compose up" stops with the error written after the "?".`
          : `Unless it is set in the shell, Compose warns "The ${d.name} variable is not set" and substitutes an empty string.`;
        const fix = d.inCommand
          ? ` If the container's shell should expand it, write $$${d.braced ? `{${d.name}}` : d.name} so Compose leaves it alone.`
          : ` Add ${d.name}=... to .env, or give a default: \${${d.name}:-value}.`;
        return `${d.braced ? `\${${d.name}}` : `$${d.name}`} ${where}. ${effect}${fix}`;
      },
    },
    ru: {
      title: 'Переменная без значения по умолчанию и без записи в .env',
      message: (d) => {
        const where = d.envFile ? 'не имеет значения по умолчанию и не задана в файле .env рядом с этим compose-файлом' : 'не имеет значения по умолчанию, а файла .env рядом с этим compose-файлом нет';
        const effect = d.required
          ? 'Если её не задать в оболочке, «docker compose up» остановится с ошибкой, написанной после «?».'
          : `Если её не задать в оболочке, Compose предупредит «The ${d.name} variable is not set» и подставит пустую строку.`;
        const fix = d.inCommand
          ? ` Если её должна раскрыть оболочка внутри контейнера, напишите $$${d.braced ? `{${d.name}}` : d.name} — тогда Compose её не тронет.`
          : ` Добавьте ${d.name}=... в .env или задайте значение по умолчанию: \${${d.name}:-значение}.`;
        return `${d.braced ? `\${${d.name}}` : `$${d.name}`} ${where}. ${effect}${fix}`;
      },
    },
  },
  check(file, report, ctx) {
    // Compose reads variables from the shell and the .env next to the file; without the files we cannot tell.
    if (!ctx.project || unreadable(file)) return;
    const env = projectEnv(ctx.project);
    const defined = env.entries;
    for (const { node, path } of scalarValues(file)) {
      const inCommand = path.some((p) => p === 'command' || p === 'entrypoint' || p === 'test');
      // A variable inside a default (`${A:-${B}}`) matters only when the outer one is unset.
      const skip = new Set<unknown>();
      const skipAll = (list: VariableUse[]) => { for (const n of list) { skip.add(n); skipAll(n.nested); } };
      for (const { use, range } of variablesOf(file, node).uses) {
        if (skip.has(use)) continue;
        if (defined?.has(use.name)) { skipAll(use.nested); continue; }
        // Defaults (`:-`, `-`) and alternatives (`:+`, `+`) make an unset variable fine.
        if (use.op === ':-' || use.op === '-' || use.op === ':+' || use.op === '+') continue;
        report({ range, data: { name: use.name, required: use.op === ':?' || use.op === '?', envFile: defined !== undefined, braced: use.braced, inCommand } });
      }
    }
  },
};
