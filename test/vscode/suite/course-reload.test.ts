// Phase 2 on the phase-1 profile: after a reload the progress is still there.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { coachApi, LESSON, lessonFile } from './course-helpers';
import { screenshot, until } from './util';

suite('The course, phase 2 (after a reload)', () => {
  test('progress survives the reload', async () => {
    const api = await coachApi();
    assert.equal(api.progress.status(LESSON, lessonFile().quiz.length), 'done');
    assert.equal(api.progress.get(LESSON).exercisePassed, true);
  });

  test('the tree and the lesson in the light theme', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.dockerCoach');
    const title = await vscode.commands.executeCommand<string>('dockerCoach.openLesson', 'm2-02-layers-and-cache');
    assert.ok(title);
    await until(vscode.window.tabGroups.onDidChangeTabs, () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === title) || undefined, 'the lesson tab');
    await screenshot('course-light');
  });
});
