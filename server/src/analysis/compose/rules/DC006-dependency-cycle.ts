import type { ComposeRule } from '../rule';
import type { Range } from '../../types';
import { serviceRefs, type ServiceRef } from '../refs';

/**
 * Strongly connected components of the dependency graph (iterative Tarjan: no recursion on big
 * files), each reported once with one cycle through it, starting at the service that comes first.
 */
function cycles(names: string[], edges: Map<string, ServiceRef[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of names) {
    if (index.has(root)) continue;
    const work: { v: string; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, counter); low.set(root, counter); counter++; stack.push(root); onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1] as { v: string; i: number };
      const next = edges.get(top.v) ?? [];
      if (top.i < next.length) {
        const w = (next[top.i++] as ServiceRef).name;
        if (!index.has(w)) {
          index.set(w, counter); low.set(w, counter); counter++; stack.push(w); onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v) as number, index.get(w) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v) as number, low.get(top.v) as number));
      if (low.get(top.v) === index.get(top.v)) {
        const comp: string[] = [];
        let w: string | undefined;
        do { w = stack.pop() as string; onStack.delete(w); comp.push(w); } while (w !== top.v);
        const selfLoop = comp.length === 1 && (edges.get(top.v) ?? []).some((e) => e.name === top.v);
        if (comp.length > 1 || selfLoop) out.push(comp);
      }
    }
  }
  return out;
}

/** One cycle inside a component: from its first service, follow edges inside the component back to it (BFS for the shortest). */
function cycleThrough(start: string, members: Set<string>, edges: Map<string, ServiceRef[]>): ServiceRef[] {
  const prev = new Map<string, ServiceRef>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const e of edges.get(v) ?? []) {
      if (!members.has(e.name)) continue;
      if (e.name === start) {
        const path = [e];
        for (let cur = v; cur !== start; cur = (prev.get(cur) as ServiceRef).from.name) path.unshift(prev.get(cur) as ServiceRef);
        return path;
      }
      if (!prev.has(e.name)) { prev.set(e.name, e); queue.push(e.name); }
    }
  }
  return [];
}

export const DC006: ComposeRule<{ cycle: string[] }> = {
  kind: 'compose',
  meta: { code: 'DC006', slug: 'dependency-cycle', lesson: 'm5-05-depends-on-healthchecks', severity: 'error', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Services depend on each other in a cycle',
      message: (d) => `Dependency cycle: ${d.cycle.join(' -> ')}. Compose starts a service only after the services it depends on, so none of these can start first and "docker compose up" refuses the project. Remove one of the dependencies (usually the one pointing back at the service that is a client of the other).`,
    },
    ru: {
      title: 'Сервисы зависят друг от друга по кругу',
      message: (d) => `Циклическая зависимость: ${d.cycle.join(' -> ')}. Compose запускает сервис только после тех, от которых он зависит, поэтому ни один из них не может стартовать первым, и «docker compose up» отказывается запускать проект. Уберите одну из зависимостей — обычно ту, что ведёт обратно к клиенту.`,
    },
  },
  check(file, report) {
    const names = file.services.map((s) => s.name);
    const known = new Set(names);
    const edges = new Map<string, ServiceRef[]>();
    for (const ref of serviceRefs(file)) {
      // extends copies configuration; it is not a start-order dependency.
      if (ref.via === 'extends' || !known.has(ref.name)) continue;
      const list = edges.get(ref.from.name) ?? [];
      list.push(ref);
      edges.set(ref.from.name, list);
    }
    const order = new Map(names.map((n, i) => [n, i]));
    for (const comp of cycles(names, edges)) {
      const members = new Set(comp);
      const start = [...comp].sort((a, b) => (order.get(a) as number) - (order.get(b) as number))[0] as string;
      const path = cycleThrough(start, members, edges);
      const first = path[0];
      if (!first) continue;
      const range: Range = first.range;
      report({ range, data: { cycle: [start, ...path.map((e) => e.name)] } });
    }
  },
};
