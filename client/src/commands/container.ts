// Run a container from an image, exec into one, open a published port, prune.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import * as argv from '../docker/argv';
import { currentToolset } from '../docker/detect';
import { makeTask, runTask } from '../docker/tasks';
import { t } from '../i18n';
import { ensureEngine } from './engineCheck';

interface RunArgs { image?: string; dockerfile?: string; ports?: string[]; name?: string; interactive?: boolean; container?: string; port?: number; volumes?: boolean; confirm?: boolean }
const args = (a: unknown): RunArgs => (a instanceof vscode.Uri ? { dockerfile: a.fsPath } : typeof a === 'object' && a !== null ? (a as RunArgs) : {});

/** Ports a Dockerfile EXPOSEs (final stage), as `127.0.0.1:P:P` suggestions. */
export function exposedPorts(dockerfileText: string): string[] {
  const model = parseDockerfile(dockerfileText);
  const last = model.stages[model.stages.length - 1];
  const ports = (last?.instructions ?? []).filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.map((a) => a.value.split('/')[0] ?? ''))
    .filter((p) => /^\d+$/.test(p));
  return [...new Set(ports)].map((p) => `127.0.0.1:${p}:${p}`);
}

function publishedPorts(program: string): Promise<{ container: string; port: number }[]> {
  return new Promise((resolve) => {
    execFile(program, ['ps', '--format', '{{.Names}}\t{{.Ports}}'], { timeout: 10_000 }, (err, out) => {
      if (err) { resolve([]); return; }
      resolve(out.split('\n').flatMap((line) => {
        const [name = '', ports = ''] = line.split('\t');
        return [...ports.matchAll(/(?:[\d.]+|\[::\]):(\d+)->/g)].map((m) => ({ container: name, port: Number(m[1]) }));
      }));
    });
  });
}

export function containerCommands(context: vscode.ExtensionContext): Record<string, (...a: unknown[]) => unknown> {
  return {
    'dockerCoach.runContainer': async (raw?: unknown) => {
      const a = args(raw);
      const active = vscode.window.activeTextEditor?.document;
      const dockerfile = a.dockerfile ?? (active?.languageId === 'dockerfile' ? active.uri.fsPath : undefined);
      const remembered = dockerfile ? context.workspaceState.get<string>(`dockerCoach.tag:${dockerfile}`) : undefined;
      let image = a.image ?? remembered ?? (dockerfile ? argv.defaultTag(basename(dirname(dockerfile))) : undefined);
      if (!a.image && a.interactive !== false) {
        image = await vscode.window.showInputBox({ prompt: t('Image to run'), value: image ?? '' });
        if (!image) return undefined;
      }
      if (!image) return undefined;
      let ports = a.ports;
      if (ports === undefined && dockerfile) {
        let suggestions: string[] = [];
        try { suggestions = exposedPorts(readFileSync(dockerfile, 'utf8')); } catch { /* no Dockerfile to read */ }
        if (suggestions.length > 0 && a.interactive !== false) {
          const picked = await vscode.window.showQuickPick(suggestions.map((s) => ({ label: s, picked: true, description: t('from EXPOSE') })),
            { canPickMany: true, placeHolder: t('Ports to publish (host IP:host port:container port)') });
          if (!picked) return undefined;
          ports = picked.map((p) => p.label);
        } else ports = suggestions;
      }
      let name = a.name;
      if (name === undefined && a.interactive !== false) {
        name = await vscode.window.showInputBox({ prompt: t('Container name (optional; empty lets Docker choose one)'), value: '',
          validateInput: (v) => (v === '' || /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(v) ? undefined : t('Two or more letters, digits, _ . or -, starting with a letter or digit')) });
        if (name === undefined) return undefined;
      }
      if (!(await ensureEngine())) return undefined;
      const tools = await currentToolset();
      return runTask(makeTask(t('Run {0}', image), argv.run(tools, { image, remove: true, ...(name ? { name } : {}), ports: ports ?? [] }), undefined));
    },
    'dockerCoach.execContainer': async (raw?: unknown) => {
      const a = args(raw);
      const container = a.container ?? await vscode.window.showInputBox({ prompt: t('Container name or id') });
      if (!container || !(await ensureEngine())) return undefined;
      const tools = await currentToolset();
      return runTask(makeTask(t('Shell in {0}', container), argv.containerExec(tools, container), undefined));
    },
    'dockerCoach.openPort': async (raw?: unknown) => {
      const a = args(raw);
      let port = a.port;
      if (port === undefined) {
        if (!(await ensureEngine())) return undefined;
        const published = await publishedPorts((await currentToolset()).cli.program);
        if (published.length === 0) { void vscode.window.showInformationMessage(t('No running container publishes a port.')); return undefined; }
        const pick = await vscode.window.showQuickPick(published.map((p) => ({ label: `http://127.0.0.1:${p.port}`, description: p.container, port: p.port })));
        port = pick?.port;
      }
      if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
      return vscode.env.openExternal(vscode.Uri.parse(`http://127.0.0.1:${port}/`));
    },
    'dockerCoach.prune': async (raw?: unknown) => {
      const a = args(raw);
      const yes = t('Prune');
      const ok = a.confirm === true || (await vscode.window.showWarningMessage(
        a.volumes ? t('Remove all stopped containers, unused networks, dangling images, build cache AND unused volumes?') : t('Remove all stopped containers, unused networks, dangling images and build cache?'),
        { modal: true }, yes)) === yes;
      if (!ok || !(await ensureEngine())) return undefined;
      const tools = await currentToolset();
      return runTask(makeTask(t('Prune'), argv.prune(tools, { volumes: a.volumes ?? false }), undefined));
    },
  };
}
