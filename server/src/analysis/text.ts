// Small text helpers shared by rules and fixes.
import type { Position, Range, TextEdit } from './types';

export function replace(range: Range, newText: string): TextEdit {
  return { range, newText };
}

export function insertAt(position: Position, newText: string): TextEdit {
  return { range: { start: position, end: position }, newText };
}

/** Damerau-free edit distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The closest candidate within a small distance (case-insensitive), if any. */
export function didYouMean(word: string, candidates: readonly string[], max = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = max + 1;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), max);
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}

/** Line ends as LSP (and VS Code) counts them: \r\n, a lone \r, \n. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of a text, split where LSP ends lines, so line numbers match the editor's. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The offset where each line starts (LSP line counting: \r\n, \r, \n). */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The line holding `offset`, by binary search over a table of line starts. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** The offset of a position; a column past the end of its line stops before the line break. */
export function offsetAt(text: string, lineStarts: readonly number[], p: Position): number {
  const start = lineStarts[p.line];
  if (start === undefined) return text.length;
  const next = lineStarts[p.line + 1];
  const end = next === undefined ? text.length : next - (text[next - 2] === '\r' && text[next - 1] === '\n' ? 2 : 1);
  return Math.min(start + p.character, end);
}

/** How many characters two texts share at the start, and then at the end (not overlapping). */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/** Apply LSP-style edits to a text (edits must not overlap). For the CLI and tests. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = lineStartOffsets(text);
  const offset = (p: Position): number => offsetAt(text, lineStarts, p);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
