import type { ComposeRule } from '../rule';
import type { Fix } from '../../types';
import { replace } from '../../text';
import { removePair } from '../edit';
import { deref, mapGet, mapPairs, scalarText, seqItems, type ComposeModel, type Entry } from '../model';
import { serviceRefs } from '../refs';

/**
 * What the fix does, decided from the file:
 * - every link is a plain service name (no alias), the linked services exist here and share a
 *   network with this service: the names already resolve through Compose's DNS, so `links` only
 *   adds start order. With no `depends_on`, rename `links` to `depends_on` (same order, no legacy
 *   feature); when `depends_on` already lists them all, remove `links`.
 * - an alias (`db:database`) is a name the application uses: no automatic fix; the message says
 *   to give the target a network alias instead.
 */
type Plan = 'rename' | 'remove' | 'none';

function networksOf(model: ComposeModel, svc: Entry): Set<string> | null {
  if (mapGet(model.doc, svc.value, 'network_mode')) return null;
  const nets = mapGet(model.doc, svc.value, 'networks');
  if (!nets) return new Set(['default']);
  const names = new Set<string>();
  for (const i of seqItems(model.doc, nets.value)) names.add(scalarText(i) ?? '');
  for (const p of mapPairs(model.doc, nets.value)) names.add(String(p.key.value));
  return names;
}

function plan(model: ComposeModel, svc: Entry): { plan: Plan; aliases: string[] } {
  const links = serviceRefs(model).filter((r) => r.from === svc && r.via === 'links');
  const aliases = links.filter((l) => l.alias !== undefined && l.alias !== l.name).map((l) => `${l.name}:${l.alias as string}`);
  if (links.length === 0 || links.some((l) => l.alias !== undefined)) return { plan: 'none', aliases };
  const mine = networksOf(model, svc);
  if (!mine) return { plan: 'none', aliases };
  for (const l of links) {
    const target = model.services.find((s) => s.name === l.name);
    const theirs = target ? networksOf(model, target) : null;
    if (!theirs || ![...mine].some((n) => theirs.has(n))) return { plan: 'none', aliases };
  }
  const dep = mapGet(model.doc, svc.value, 'depends_on');
  if (!dep) return { plan: 'rename', aliases };
  const listed = new Set([...seqItems(model.doc, dep.value).map((i) => scalarText(i) ?? ''), ...mapPairs(model.doc, dep.value).map((p) => String(p.key.value))]);
  return { plan: links.every((l) => listed.has(l.name)) ? 'remove' : 'none', aliases };
}

export const DC020: ComposeRule<{ service: string; aliases: string[]; plan: Plan }> = {
  kind: 'compose',
  meta: { code: 'DC020', slug: 'deprecated-links', lesson: 'm4-02-networks', severity: 'info', equivalents: [], fixable: true },
  text: {
    en: {
      title: 'links is a legacy feature',
      message: (d) => `\`links\` is a legacy Docker feature. Services of a Compose project already reach each other by service name on the project's network${d.aliases.length ? `; for the other name (${d.aliases.join(', ')}) give the target service a network alias (\`networks: {default: {aliases: [name]}}\`)` : ''}. For start order use \`depends_on\`.${d.plan === 'rename' ? ' Quick fix: rename `links` to `depends_on`.' : d.plan === 'remove' ? ' `depends_on` already covers the order: remove `links`.' : ''}`,
    },
    ru: {
      title: 'links — устаревшая возможность',
      message: (d) => `\`links\` — устаревшая возможность Docker. Сервисы проекта Compose и так находят друг друга по имени сервиса в сети проекта${d.aliases.length ? `; для второго имени (${d.aliases.join(', ')}) задайте целевому сервису сетевой псевдоним (\`networks: {default: {aliases: [имя]}}\`)` : ''}. Для порядка запуска используйте \`depends_on\`.${d.plan === 'rename' ? ' Быстрое исправление: переименовать `links` в `depends_on`.' : d.plan === 'remove' ? ' Порядок уже задаёт `depends_on`: удалите `links`.' : ''}`,
    },
  },
  check(file, report) {
    for (const svc of file.services) {
      const links = mapGet(file.doc, svc.value, 'links');
      if (!links) continue;
      const p = plan(file, svc);
      report({ range: file.rangeOf(links.key), data: { service: svc.name, aliases: p.aliases, plan: p.plan } });
    }
  },
  fixes(file, f) {
    const svc = file.services.find((s) => s.name === f.data.service);
    const map = deref(file.doc, svc?.value);
    const links = svc ? mapGet(file.doc, svc.value, 'links') : undefined;
    if (!svc || !links || !map || !(map as { items?: unknown[] }).items?.includes(links)) return [];
    const p = plan(file, svc).plan;
    const fixes: Fix[] = [];
    if (p === 'rename') fixes.push({ title: f.lang === 'ru' ? 'Заменить links на depends_on' : 'Replace links with depends_on', edits: [replace(file.rangeOf(links.key), 'depends_on')], preferred: true });
    if (p === 'remove') {
      const edit = removePair(file, links);
      if (edit) fixes.push({ title: f.lang === 'ru' ? 'Удалить links (порядок задаёт depends_on)' : 'Remove links (depends_on sets the order)', edits: [edit], preferred: true });
    }
    return fixes;
  },
};
