// How the language server's V8 heap is tuned (measured in docs/performance.md).
import { setFlagsFromString } from 'node:v8';

/**
 * Node options the client (and the bench) start the server with. A small young generation:
 * the server's garbage is short-lived per keystroke, so 2 MB semi-spaces collect as fast as the
 * default 16 MB ones and keep the resident set about a third smaller.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];

/**
 * Set by the server itself at start, so editors that start it with --stdio get them too, and a
 * V8 without one of them only logs "unrecognized flag" instead of refusing to start:
 * - the heap grows by 30 % steps instead of V8's default factor, so a burst of opened files
 *   does not leave a heap three times the live data (RSS 160-230 MB -> 99 MB after the corpus);
 * - V8's memory reducer starts 2 s after the work stops instead of 8 s.
 */
const HEAP_FLAGS = ['--heap-growing-percent=30', '--gc-memory-reducer-start-delay-ms=2000'];

export function tuneHeap(): void {
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
}
