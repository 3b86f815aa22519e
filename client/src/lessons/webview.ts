// The lesson webview: one panel, reused. Strict CSP with a nonce, local resources only,
// theme colours, every message from the page validated before it does anything.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lang, t } from '../i18n';
import { lessonEntry, loadLesson, orderedLessons, titleOf } from './catalog';
import { readPageMessage } from './messages';
import { renderLesson, type CodeBlock, type LessonFile } from './content';
import { runExercise } from './exercises';
import type { ProgressStore } from './progress';

export class LessonPanel {
  private panel: vscode.WebviewPanel | undefined;
  private current: { id: string; file: LessonFile; code: CodeBlock[]; section?: string } | undefined;
  private readyWaiters: (() => void)[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly progress: ProgressStore) {}

  get currentLessonId(): string | undefined { return this.current?.id; }

  /** The page's answer to the last section it was asked to show (did the heading exist?). */
  lastScroll: { id: string; section: string; found: boolean } | undefined;
  private readonly scrolled = new vscode.EventEmitter<void>();
  readonly onDidScroll = this.scrolled.event;

  /** Runs the open lesson's exercise check, shows the result in the page and returns it. */
  async checkWork(): Promise<{ passed: boolean; criteria: { passed: boolean; text: string }[] } | undefined> {
    await this.onMessage({ type: 'check' });
    return this.lastCheck;
  }
  private lastCheck: { passed: boolean; criteria: { passed: boolean; text: string }[] } | undefined;

  /** Opens (or switches to) a lesson; resolves once the page has rendered. */
  async open(id: string, section?: string): Promise<string | undefined> {
    const loaded = await loadLesson(this.context.extensionPath, id, lang());
    if (!loaded) { void vscode.window.showWarningMessage(t('The lesson {0} is not written yet.', id)); return undefined; }
    const panel = this.ensurePanel();
    const diagrams = join(this.context.extensionPath, 'media', 'diagrams');
    const rendered = renderLesson(loaded.file.body, loaded.lang, (name) => { try { return readFileSync(join(diagrams, name), 'utf8'); } catch { return undefined; } });
    this.lastScroll = undefined;
    this.current = { id, file: loaded.file, code: rendered.code, ...(section ? { section } : {}) };
    panel.title = loaded.file.title;
    const ready = new Promise<void>((r) => this.readyWaiters.push(r));
    panel.webview.html = this.html(panel.webview, loaded.file, rendered.html, id);
    panel.reveal(undefined, false);
    await this.progress.update(id, (p) => { p.opened = true; });
    await Promise.race([ready, new Promise((r) => setTimeout(r, 15_000))]);
    return loaded.file.title;
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel('dockerCoach.lesson', 'Docker Coach', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
      retainContextWhenHidden: true, // quiz feedback and check results survive switching tabs
    });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.svg');
    panel.onDidDispose(() => { this.panel = undefined; this.current = undefined; });
    panel.webview.onDidReceiveMessage((m: unknown) => { void this.onMessage(m); });
    this.panel = panel;
    return panel;
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = readPageMessage(raw);
    const cur = this.current;
    if (!m || !cur || !this.panel) return;
    switch (m.type) {
      case 'ready':
        this.readyWaiters.splice(0).forEach((r) => r());
        if (cur.section) void this.panel.webview.postMessage({ type: 'scroll', section: cur.section });
        return;
      case 'copy': {
        const block = cur.code[m.index];
        if (block) { await vscode.env.clipboard.writeText(block.text); void vscode.window.setStatusBarMessage(t('Copied to the clipboard'), 2000); }
        return;
      }
      case 'create': {
        const block = cur.code[m.index];
        if (block?.file) await createFile(block.file, block.text, this.panel.viewColumn);
        return;
      }
      case 'check': {
        const check = cur.file.exercise?.check;
        if (!check) return;
        const result = await runExercise(check);
        const passed = typeof result !== 'string' && result.length > 0 && result.every((c) => c.passed);
        await this.progress.update(cur.id, (p) => { p.exercisePassed = p.exercisePassed || passed; });
        this.lastCheck = { passed, criteria: typeof result === 'string' ? [] : result.map((c) => ({ passed: c.passed, text: c.text[lang()] })) };
        void this.panel.webview.postMessage({ type: 'checked', error: typeof result === 'string' ? result : undefined,
          criteria: typeof result === 'string' ? [] : result.map((c) => ({ passed: c.passed, text: c.text[lang()] })), passed });
        return;
      }
      case 'quiz': {
        const q = cur.file.quiz[m.question];
        if (!q || m.choice >= q.choices.length) return;
        const correct = q.answer === m.choice;
        if (correct) await this.progress.update(cur.id, (p) => { p.quiz[String(m.question)] = true; });
        void this.panel.webview.postMessage({ type: 'quizResult', question: m.question, choice: m.choice, correct, why: q.why });
        return;
      }
      case 'open':
        await this.open(m.id, m.section);
        return;
      case 'scrolled':
        this.lastScroll = { id: cur.id, section: m.section, found: m.found };
        this.scrolled.fire();
        return;
    }
  }

  private html(webview: vscode.Webview, file: LessonFile, body: string, id: string): string {
    const nonce = randomBytes(16).toString('base64');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'lesson.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'lesson.js'));
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const order = orderedLessons();
    const at = order.indexOf(id);
    const prev = at > 0 ? order[at - 1] : undefined;
    const next = at >= 0 && at < order.length - 1 ? order[at + 1] : undefined;
    const navLink = (target: string | undefined, label: string) => target
      ? `<a href="#" class="nav" data-lesson="${esc(target)}">${esc(label)}: ${esc(titleOf(target, lang()))}</a>` : '<span></span>';
    const quiz = file.quiz.map((q, qi) => `<fieldset class="question" data-question="${qi}"><legend>${qi + 1}. ${esc(q.q)}</legend>${
      q.choices.map((c, ci) => `<button class="choice" data-question="${qi}" data-choice="${ci}">${esc(String(c))}</button>`).join('')
    }<p class="feedback" aria-live="polite"></p></fieldset>`).join('');
    const done = this.progress.get(id);
    const entry = lessonEntry(id);
    return `<!DOCTYPE html>
<html lang="${lang()}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource}; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}"><title>${esc(file.title)}</title></head>
<body data-lesson-id="${esc(id)}">
<nav class="top">${navLink(prev, t('Previous'))}${navLink(next, t('Next'))}</nav>
<header><p class="meta">${esc(entry?.module.toUpperCase() ?? '')} · ${t('{0} min', file.minutes)}${done.exercisePassed ? ` · ${esc(t('exercise passed'))}` : ''}</p>
<h1>${esc(file.title)}</h1>
<section class="objectives"><h2 class="small">${esc(t('You will be able to'))}</h2><ul>${file.objectives.map((o) => `<li>${esc(o)}</li>`).join('')}</ul></section></header>
<main>${body}</main>
${file.exercise ? `<section class="exercise"><h2>${esc(t('Check my work'))}</h2><button id="check" class="primary">${esc(t('Check my work'))}</button><ul id="criteria"></ul></section>` : ''}
${quiz ? `<section class="quiz"><h2>${esc(t('Quiz'))}</h2>${quiz}</section>` : ''}
<nav class="bottom">${navLink(prev, t('Previous'))}${navLink(next, t('Next'))}</nav>
<script nonce="${nonce}" src="${js}"></script>
</body></html>`;
  }
}

async function createFile(name: string, text: string, lessonColumn: vscode.ViewColumn | undefined): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || !/^[\w.-]+(\/[\w.-]+)*$/.test(name) || name.split('/').includes('..')) {
    void vscode.window.showWarningMessage(t('Open a folder first: the file is created in your workspace.'));
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, name);
  let exists = false;
  try { await vscode.workspace.fs.stat(uri); exists = true; } catch { /* new file */ }
  if (exists) {
    const overwrite = t('Overwrite');
    const answer = await vscode.window.showWarningMessage(t('{0} already exists. Overwrite it?', name), { modal: true }, overwrite);
    if (answer !== overwrite) return;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  // Beside the lesson, never on top of it: the learner goes on reading while the file is open.
  const column = lessonColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  await vscode.window.showTextDocument(uri, { viewColumn: column, preview: false, preserveFocus: true });
}
