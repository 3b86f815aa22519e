import type { ComposeRule } from '../rule';
import { mapGet, scalarText } from '../model';
import { lookupFor } from '../nodes';
import { resourceRefs, siblingModels, TOP_LEVEL_KEY, type ResourceKind } from '../refs';

const KIND: Record<ResourceKind, { en: string; ru: string }> = {
  volume: { en: 'volume', ru: 'Том' }, network: { en: 'network', ru: 'Сеть' }, secret: { en: 'secret', ru: 'Секрет' }, config: { en: 'config', ru: 'Конфигурация' },
};
const RU_VERB: Record<ResourceKind, string> = { volume: 'объявлен', network: 'объявлена', secret: 'объявлен', config: 'объявлена' };

export const DC010: ComposeRule<{ kind: ResourceKind; name: string }> = {
  kind: 'compose',
  meta: { code: 'DC010', slug: 'unused-resource', lesson: 'm5-01-first-compose', severity: 'hint', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Declared but no service uses it',
      message: (d) => `The ${KIND[d.kind].en} "${d.name}" is declared but no service uses it. ${d.kind === 'volume' ? 'Compose still creates it, empty. ' : d.kind === 'network' ? 'Compose still creates it. ' : ''}Did a service forget to reference it (a typo in its name?), or is it left over? Remove it if it is not needed.`,
    },
    ru: {
      title: 'Объявлено, но ни один сервис не использует',
      message: (d) => `${KIND[d.kind].ru} «${d.name}» ${RU_VERB[d.kind]}, но ни один сервис ${d.kind === 'network' || d.kind === 'config' ? 'её' : 'его'} не использует. ${d.kind === 'volume' ? 'Compose всё равно создаст пустой том. ' : d.kind === 'network' ? 'Compose всё равно создаст сеть. ' : ''}Может быть, сервис забыл на ${d.kind === 'network' || d.kind === 'config' ? 'неё' : 'него'} сослаться (опечатка в имени?) или это осталось от прошлой версии? Если не нужно — удалите.`,
    },
  },
  check(file, report, ctx) {
    const lookup = lookupFor(ctx.project);
    const mine = resourceRefs(file, lookup);
    const used: Record<ResourceKind, Set<string>> = { volume: new Set(), network: new Set(), secret: new Set(), config: new Set() };
    const unknown = { ...mine.unknown };
    const add = (r: ReturnType<typeof resourceRefs>) => {
      for (const ref of r.refs) used[ref.kind].add(ref.name);
      for (const k of Object.keys(unknown) as ResourceKind[]) unknown[k] += r.unknown[k];
    };
    add(mine);
    // Override files next to this one (compose.override.yaml, compose.prod.yaml) may use what it declares.
    if (ctx.project) for (const m of siblingModels(ctx.project)) add(resourceRefs(m, lookup));
    for (const kind of ['volume', 'network', 'secret', 'config'] as const) {
      // A reference hidden behind a variable could be any of them: stay quiet.
      if (unknown[kind] > 0) continue;
      for (const e of file.topLevel(TOP_LEVEL_KEY[kind])) {
        if (kind === 'network' && e.name === 'default') continue; // configures the network every service joins
        // External resources belong to something else; declaring them here is how other files share them.
        const ext = mapGet(file.doc, e.value, 'external');
        if (ext && scalarText(ext.value) !== 'false') continue;
        if (!used[kind].has(e.name)) report({ range: e.keyRange, data: { kind, name: e.name } });
      }
    }
  },
};
