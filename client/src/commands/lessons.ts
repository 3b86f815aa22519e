// Commands of the course: open a lesson (from the tree, diagnostics, hovers, code actions),
// continue where the learner left off, reset progress.
import * as vscode from 'vscode';
import { t } from '../i18n';
import { lessonEntry, orderedLessons, quizLength } from '../lessons/catalog';
import { isSectionSlug } from '../lessons/messages';
import type { LessonPanel } from '../lessons/webview';
import type { ProgressStore } from '../lessons/progress';

export function lessonCommands(panel: LessonPanel, progress: ProgressStore): Record<string, (...args: unknown[]) => unknown> {
  return {
    'dockerCoach.openLesson': async (id?: unknown, section?: unknown) => {
      const lessonId = typeof id === 'string' && lessonEntry(id) ? id : orderedLessons()[0];
      if (!lessonId) return undefined;
      return panel.open(lessonId, isSectionSlug(section) ? section : undefined);
    },
    'dockerCoach.continueLearning': async () => {
      const order = orderedLessons();
      const last = progress.last();
      const next = last && progress.status(last, quizLength(last)) !== 'done' ? last
        : order.find((id) => progress.status(id, quizLength(id)) !== 'done') ?? order[0];
      return next ? panel.open(next) : undefined;
    },
    'dockerCoach.resetProgress': async (confirm?: unknown) => {
      const yes = t('Reset');
      const ok = confirm === true || (await vscode.window.showWarningMessage(t('Reset all lesson progress?'), { modal: true }, yes)) === yes;
      if (ok) await progress.reset();
      return ok;
    },
    'dockerCoach.checkWork': async () => {
      if (!panel.currentLessonId) { void vscode.window.showInformationMessage(t('Open a lesson first.')); return undefined; }
      return panel.checkWork();
    },
  };
}
