// The Lessons view: modules -> lessons, each with its progress.
import * as vscode from 'vscode';
import { lang, t } from '../i18n';
import { modules, orderedLessons, quizLength, titleOf } from './catalog';
import type { ProgressStore } from './progress';
import { OPEN_LESSON } from '../languageClient';

type Node = { kind: 'module'; id: string } | { kind: 'lesson'; id: string };

export class LessonTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly progress: ProgressStore) {
    progress.onDidChange(() => this.refresh());
  }

  refresh(): void { this.changed.fire(undefined); }

  getChildren(node?: Node): Node[] {
    const available = new Set(orderedLessons());
    if (!node) return modules.filter((m) => m.lessons.some((id) => available.has(id))).map((m) => ({ kind: 'module', id: m.id }));
    if (node.kind === 'lesson') return [];
    return (modules.find((m) => m.id === node.id)?.lessons ?? []).filter((id) => available.has(id)).map((id) => ({ kind: 'lesson', id }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'module') {
      const m = modules.find((x) => x.id === node.id);
      const item = new vscode.TreeItem(`${node.id.toUpperCase()} · ${m?.title[lang()] ?? node.id}`, vscode.TreeItemCollapsibleState.Expanded);
      const lessons = m?.lessons ?? [];
      const done = lessons.filter((id) => this.progress.status(id, quizLength(id)) === 'done').length;
      item.description = t('{0}/{1} done', done, lessons.length);
      item.id = `module:${node.id}`;
      return item;
    }
    const status = this.progress.status(node.id, quizLength(node.id));
    const item = new vscode.TreeItem(titleOf(node.id, lang()), vscode.TreeItemCollapsibleState.None);
    item.id = `lesson:${node.id}`;
    item.iconPath = new vscode.ThemeIcon(status === 'done' ? 'pass-filled' : status === 'in-progress' ? 'circle-large-outline' : 'circle-outline',
      status === 'done' ? new vscode.ThemeColor('testing.iconPassed') : undefined);
    item.description = status === 'done' ? t('done') : status === 'in-progress' ? t('in progress') : '';
    item.tooltip = `${node.id} — ${item.description || t('not started')}`;
    item.command = { command: OPEN_LESSON, title: t('Open lesson'), arguments: [node.id] };
    item.contextValue = `lesson.${status}`;
    return item;
  }
}
