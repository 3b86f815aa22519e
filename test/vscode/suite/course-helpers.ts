// Shared by the course suites (kept out of the .test files: importing one would run its tests).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';

export const LESSON = 'm2-03-cmd-vs-entrypoint';
export interface Api { progress: { status(id: string, quiz: number): string; get(id: string): { exercisePassed: boolean; quiz: Record<string, boolean> }; onDidChange(l: () => void): vscode.Disposable } }

export async function coachApi(): Promise<Api> {
  const ext = vscode.extensions.getExtension('docker-coach.docker-coach');
  assert.ok(ext);
  return (await ext.activate()) as Api;
}

export function lessonFile(lang = 'en'): { title: string; quiz: { choices: string[]; answer: number }[] } {
  const ext = vscode.extensions.getExtension('docker-coach.docker-coach') as vscode.Extension<unknown>;
  const text = fs.readFileSync(path.join(ext.extensionPath, 'lessons', lang, 'm2', `${LESSON}.md`), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { title: string; quiz: { choices: string[]; answer: number }[] };
}

