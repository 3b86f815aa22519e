// The one list of rules, and lookups over it. Codes are public API: never renumber.
import type { AnyRule } from './rule';
import type { FileKind, Lang, RuleMeta } from './types';
import { dockerfileRules } from './dockerfile/rules';
import { composeRules } from './compose/rules';
import { projectRules } from './project/rules';

export const allRules: readonly AnyRule[] = [...dockerfileRules, ...composeRules, ...projectRules];

const byCode = new Map<string, AnyRule>(allRules.map((r) => [r.meta.code, r]));
const byPeer = new Map<string, string[]>();
for (const rule of allRules) {
  for (const eq of rule.meta.equivalents) {
    const key = eq.toLowerCase();
    byPeer.set(key, [...(byPeer.get(key) ?? []), rule.meta.code]);
  }
}

export function ruleFor(code: string): AnyRule | undefined {
  return byCode.get(code);
}

export function rulesFor(kind: FileKind): AnyRule[] {
  return allRules.filter((r) => r.kind === kind);
}

/** Our codes equivalent to a peer's rule id: ('hadolint', 'DL3006') -> ['DF001']. */
export function codesForPeer(tool: string, id: string): string[] {
  return byPeer.get(`${tool}:${id}`.toLowerCase()) ?? [];
}

export interface RuleDescription extends RuleMeta { title: string }

export function describeRules(lang: Lang): RuleDescription[] {
  return allRules.map((r) => ({ ...r.meta, title: r.text[lang].title }));
}
