// Learner progress in globalState: survives reloads; a corrupt or missing value reads as
// "nothing started", never as an error.
import type * as vscode from 'vscode';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export interface LessonProgress { opened: boolean; exercisePassed: boolean; quiz: Record<string, boolean> }
interface Stored { version: 1; lessons: Record<string, LessonProgress>; last?: string }

const KEY = 'dockerCoach.progress';

export class ProgressStore {
  private readonly listeners = new Set<() => void>();
  constructor(private readonly memento: vscode.Memento) {}

  private read(): Stored {
    const raw: unknown = this.memento.get(KEY);
    const empty: Stored = { version: 1, lessons: {} };
    if (typeof raw !== 'object' || raw === null) return empty;
    const r = raw as Partial<Stored>;
    if (r.version !== 1 || typeof r.lessons !== 'object' || r.lessons === null) return empty;
    const lessons: Record<string, LessonProgress> = {};
    for (const [id, p] of Object.entries(r.lessons)) {
      if (typeof p !== 'object' || p === null) continue;
      const quiz: Record<string, boolean> = {};
      const q = (p as Partial<LessonProgress>).quiz;
      if (typeof q === 'object' && q !== null) for (const [k, v] of Object.entries(q)) if (typeof v === 'boolean') quiz[k] = v;
      lessons[id] = { opened: (p as Partial<LessonProgress>).opened === true, exercisePassed: (p as Partial<LessonProgress>).exercisePassed === true, quiz };
    }
    return typeof r.last === 'string' ? { version: 1, lessons, last: r.last } : { version: 1, lessons };
  }

  private async write(s: Stored): Promise<void> {
    await this.memento.update(KEY, s);
    for (const l of this.listeners) l();
  }

  onDidChange(listener: () => void): vscode.Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get(id: string): LessonProgress {
    return this.read().lessons[id] ?? { opened: false, exercisePassed: false, quiz: {} };
  }

  status(id: string, quizLength: number): LessonStatus {
    const p = this.read().lessons[id];
    if (!p?.opened) return 'not-started';
    const answered = Object.values(p.quiz).filter(Boolean).length;
    return p.exercisePassed && answered >= quizLength ? 'done' : 'in-progress';
  }

  last(): string | undefined { return this.read().last; }

  async update(id: string, change: (p: LessonProgress) => void): Promise<void> {
    const s = this.read();
    const p = s.lessons[id] ?? { opened: false, exercisePassed: false, quiz: {} };
    change(p);
    s.lessons[id] = p;
    s.last = id;
    await this.write(s);
  }

  async reset(): Promise<void> { await this.write({ version: 1, lessons: {} }); }
}
