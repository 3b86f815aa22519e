// `.docker-coach.yaml` (contracts note), parsed from text. Problems are reported, never thrown:
// a typo in the config must not switch the linter off.
import { parse } from 'yaml';
import type { SeveritySetting } from './types';

export interface CoachConfig {
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  composeFiles: string[];
  problems: string[];
}

const SETTINGS: ReadonlySet<string> = new Set(['off', 'hint', 'info', 'warning', 'error']);

export function emptyConfig(): CoachConfig {
  return { rules: {}, ignore: [], composeFiles: [], problems: [] };
}

export function parseConfig(text: string): CoachConfig {
  const config = emptyConfig();
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 50 });
  } catch (e) {
    config.problems.push(`not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return config;
  }
  if (raw === null || raw === undefined) return config;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    config.problems.push('expected a mapping with rules, ignore and compose');
    return config;
  }
  const obj = raw as Record<string, unknown>;
  config.rules = readRuleMap(obj.rules, config.problems);
  if (obj.ignore !== undefined) {
    if (Array.isArray(obj.ignore) && obj.ignore.every((g) => typeof g === 'string')) config.ignore = obj.ignore as string[];
    else config.problems.push('ignore: expected a list of globs');
  }
  const compose = obj.compose as Record<string, unknown> | undefined;
  if (compose !== undefined) {
    const files = typeof compose === 'object' && compose !== null ? compose.files : undefined;
    if (Array.isArray(files) && files.every((f) => typeof f === 'string')) config.composeFiles = files as string[];
    else config.problems.push('compose.files: expected a list of file names');
  }
  for (const key of Object.keys(obj)) {
    if (!['rules', 'ignore', 'compose'].includes(key)) config.problems.push(`unknown key "${key}" (expected rules, ignore or compose)`);
  }
  return config;
}

/** A code -> severity map from settings or the config file; invalid entries are dropped with a problem. */
export function readRuleMap(value: unknown, problems: string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('rules: expected a mapping of code: off|hint|info|warning|error');
    return out;
  }
  for (const [code, setting] of Object.entries(value as Record<string, unknown>)) {
    const s = typeof setting === 'string' ? setting.toLowerCase() : setting === false ? 'off' : undefined;
    if (s && SETTINGS.has(s)) out[code.toUpperCase() === 'INTERNAL' ? 'internal' : code.toUpperCase()] = s as SeveritySetting;
    else problems.push(`rules.${code}: "${String(setting)}" is not one of off, hint, info, warning, error`);
  }
  return out;
}
