// What the client tells the server (initializationOptions and the dockerCoach/settings
// notification), validated: a bad value falls back to the default, never throws.
import { readRuleMap } from './analysis/config';
import type { Lang, SeveritySetting } from './analysis/types';
import { readFormatSettings, type FormatSettings } from './analysis/format/options';

export interface ServerSettings {
  lang: Lang;
  rules: Record<string, SeveritySetting>;
  composeFiles: string[];
  composePatterns: string[];
  /** The client is Docker Coach's own VS Code client (it knows dockerCoach.* commands). */
  coachClient: boolean;
  /** dockerCoach.format.* */
  format: FormatSettings;
}

export const SETTINGS_NOTIFICATION = 'dockerCoach/settings';

export function readSettings(raw: unknown): ServerSettings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  return {
    lang: o.lang === 'ru' ? 'ru' : 'en',
    rules: readRuleMap(o.rules, []),
    composeFiles: strings(o.composeFiles),
    composePatterns: strings(o.composePatterns),
    coachClient: o.coachClient === true,
    format: readFormatSettings(o.format),
  };
}
