// Client strings through @vscode/l10n bundles (l10n/bundle.l10n*.json). The language follows
// the dockerCoach.language setting, or VS Code's display language when it is "auto", so a
// learner can keep VS Code in English and learn in Russian.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'en' | 'ru';
let current: Lang = 'en';

export function effectiveLanguage(): Lang {
  const setting = vscode.workspace.getConfiguration('dockerCoach').get<string>('language', 'auto');
  if (setting === 'en' || setting === 'ru') return setting;
  return vscode.env.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function loadStrings(extensionPath: string): Lang {
  current = effectiveLanguage();
  const file = join(extensionPath, 'l10n', `bundle.l10n.${current}.json`);
  if (current !== 'en' && existsSync(file)) l10n.config({ contents: JSON.parse(readFileSync(file, 'utf8')) as Record<string, string> });
  else l10n.config({ contents: {} });
  return current;
}

export function lang(): Lang { return current; }

export function t(message: string, ...args: (string | number)[]): string {
  return l10n.t(message, ...args);
}
