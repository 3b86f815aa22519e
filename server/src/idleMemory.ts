// Gives memory back once the editor is idle. Opening many files in a burst grows V8's heap,
// and V8 keeps the grown heap for a long time; a full collection a moment after the last piece
// of work compacts it and returns the pages. Never during typing: every activity postpones it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How long the server must be quiet before it collects. */
export const IDLE_COLLECT_MS = 3_000;

type Gc = (options?: { type: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void;
let gc: Gc | undefined;

/** A full collection, off the main thread where V8 can. */
export function collectGarbage(): void {
  if (!gc) {
    // gc() without starting node with --expose-gc: the flag is read when a context is created.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  }
  gc({ type: 'major', execution: 'async' });
}

/** Runs `collect` once activity has stopped for `quietMs`. */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly quietMs: number, private readonly collect: () => void) {}

  /** Work happened: postpone the collection. */
  noteActivity(): void {
    if (this.timer) { this.timer.refresh(); return; }
    this.timer = setTimeout(() => { this.timer = undefined; this.collect(); }, this.quietMs);
    this.timer.unref(); // never keeps a stopping server alive
  }
}

export const serverIdle = new IdleCollector(IDLE_COLLECT_MS, collectGarbage);
