// Compose commands: up, down, logs, ps, restart, exec. Each builds an argv and runs it as a Task.
import * as vscode from 'vscode';
import * as argv from '../docker/argv';
import { currentToolset } from '../docker/detect';
import { makeTask, runTask } from '../docker/tasks';
import { t } from '../i18n';
import { ensureEngine } from './engineCheck';
import { pickService, resolveCompose, type ComposeInfo } from './composeTarget';

interface ComposeArgs { file?: string; service?: string; services?: string[]; profiles?: string[]; detach?: boolean; volumes?: boolean; follow?: boolean; confirm?: boolean }
const args = (a: unknown): ComposeArgs => (a instanceof vscode.Uri ? { file: a.fsPath } : typeof a === 'object' && a !== null ? (a as ComposeArgs) : {});

async function prepare(a: ComposeArgs): Promise<{ info: ComposeInfo; tools: argv.Toolset } | undefined> {
  const info = await resolveCompose(a.file);
  if (!info || !(await ensureEngine())) return undefined;
  return { info, tools: await currentToolset() };
}

function run(name: string, command: argv.Argv, info: ComposeInfo): Promise<number | undefined> {
  return runTask(makeTask(name, command, info.target.projectDir, info.folder ?? vscode.TaskScope.Workspace));
}

export function composeCommands(): Record<string, (...a: unknown[]) => unknown> {
  return {
    'dockerCoach.composeUp': async (raw?: unknown) => {
      const a = args(raw);
      const p = await prepare(a);
      if (!p) return undefined;
      let services = a.services;
      let profiles = a.profiles;
      let detach = a.detach;
      if (services === undefined && a.service) services = [a.service];
      if (services === undefined && p.info.services.length > 1) {
        const picked = await vscode.window.showQuickPick(p.info.services.map((s) => ({ label: s, picked: true })), { canPickMany: true, placeHolder: t('Services to start (all by default)') });
        if (!picked) return undefined;
        services = picked.length === p.info.services.length ? [] : picked.map((x) => x.label);
      }
      if (profiles === undefined && p.info.profiles.length > 0) {
        const picked = await vscode.window.showQuickPick(p.info.profiles, { canPickMany: true, placeHolder: t('Profiles to enable (none by default)') });
        if (!picked) return undefined;
        profiles = picked;
      }
      if (detach === undefined) {
        const choice = await vscode.window.showQuickPick([{ label: t('In the background (detached)'), detach: true }, { label: t('Attached, with logs in the terminal'), detach: false }]);
        if (!choice) return undefined;
        detach = choice.detach;
      }
      const target = { ...p.info.target, ...(profiles?.length ? { profiles } : {}) };
      return run(t('Compose up'), argv.composeUp(p.tools, target, { detach, ...(services?.length ? { services } : {}) }), p.info);
    },
    'dockerCoach.composeDown': async (raw?: unknown) => {
      const a = args(raw);
      const p = await prepare(a);
      if (!p) return undefined;
      let volumes = a.volumes ?? false;
      if (volumes && a.confirm !== true) {
        const yes = t('Remove volumes');
        volumes = (await vscode.window.showWarningMessage(t('Also remove the named volumes of this project? Their data (databases, uploads) is deleted for good.'), { modal: true }, yes)) === yes;
      }
      return run(t('Compose down'), argv.composeDown(p.tools, p.info.target, { volumes }), p.info);
    },
    'dockerCoach.composeLogs': async (raw?: unknown) => {
      const a = args(raw);
      const p = await prepare(a);
      if (!p) return undefined;
      const service = a.service ?? (p.info.services.length > 1 ? await vscode.window.showQuickPick([t('All services'), ...p.info.services]) : undefined);
      const services = service && service !== t('All services') ? [service] : [];
      return run(t('Compose logs'), argv.composeLogs(p.tools, p.info.target, { follow: a.follow ?? true, services }), p.info);
    },
    'dockerCoach.composePs': async (raw?: unknown) => {
      const p = await prepare(args(raw));
      return p ? run(t('Compose ps'), argv.composePs(p.tools, p.info.target), p.info) : undefined;
    },
    'dockerCoach.composeRestart': async (raw?: unknown) => {
      const a = args(raw);
      const p = await prepare(a);
      const service = p && (await pickService(p.info, a.service));
      return p && service ? run(t('Restart {0}', service), argv.composeRestart(p.tools, p.info.target, service), p.info) : undefined;
    },
    'dockerCoach.composeExec': async (raw?: unknown) => {
      const a = args(raw);
      const p = await prepare(a);
      const service = p && (await pickService(p.info, a.service));
      return p && service ? run(t('Shell in {0}', service), argv.composeExec(p.tools, p.info.target, service), p.info) : undefined;
    },
  };
}
