// Incremental parsing: after an edit, dockerfile-ast parses again only the instructions from
// the one before the edit to the first unchanged one after it, and the model reuses every
// other instruction (its dockerfile-ast node included). Positions are lines and columns, so an
// instruction with the same text parses the same; those below an edit that added or removed
// lines are moved (their nodes keep the old lines: `nodeShift` says by how much). Any doubt
// (an edit near the parser directives, a continuation or heredoc that runs past the reparsed
// lines) gives up, and the caller parses the whole text: the result always equals a full parse.
import { DockerfileParser } from 'dockerfile-ast';
import { commonEnds, lineAt, lineStartOffsets } from '../text';
import { comparePositions, type Range } from '../types';
import { assembleModel, buildInstructions, commentsOf, movedInstruction, shiftRange, type DockerfileModel, type Instruction } from './model';

/** After this many incremental parses a full one runs: reused nodes keep their parse's text alive. */
const MAX_GENERATION = 200;

const lineStartsCache = new WeakMap<DockerfileModel, number[]>();

function lineStarts(model: DockerfileModel): number[] {
  let starts = lineStartsCache.get(model);
  if (!starts) lineStartsCache.set(model, (starts = lineStartOffsets(model.text)));
  return starts;
}

/** Index of the last instruction that starts on or before `line` (-1 if none). */
function instructionAtOrBefore(instructions: Instruction[], line: number): number {
  let lo = 0;
  let hi = instructions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((instructions[mid] as Instruction).range.start.line <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Lines an edit touched: the same text before `first` and after `lastOld`/`lastNew`. */
interface ChangedLines { first: number; lastOld: number; lastNew: number }

function changedLines(prev: DockerfileModel, text: string, newStarts: number[]): ChangedLines | undefined {
  const old = prev.text;
  const { prefix, suffix } = commonEnds(old, text);
  const oldStarts = lineStarts(prev);
  // One line early on each side: a changed character can turn a lone \r into \r\n.
  const at = Math.max(prefix - 1, 0);
  const first = Math.min(lineAt(oldStarts, at), lineAt(newStarts, at));
  const lastOld = lineAt(oldStarts, old.length - suffix);
  const lastNew = lineAt(newStarts, text.length - suffix);
  // Lines after the change pair up one to one; anything else is a case for a full parse.
  if (oldStarts.length - lastOld !== newStarts.length - lastNew) return undefined;
  return { first, lastOld, lastNew };
}

export function reparseDockerfile(prev: DockerfileModel, text: string): DockerfileModel | undefined {
  const generation = prev.generation + 1;
  if (generation > MAX_GENERATION) return undefined;
  if (text === prev.text) return prev;
  const newStarts = lineStartOffsets(text);
  const changed = changedLines(prev, text, newStarts);
  if (!changed) return undefined;
  const instructions = prev.instructions;
  // Start at the instruction before the edit (a continuation from it may reach into the
  // edit); never at the first one, so the parser directives above it are not in play.
  const firstIndex = instructionAtOrBefore(instructions, changed.first);
  if (firstIndex < 1) return undefined;
  const chunkStart = (instructions[firstIndex] as Instruction).range.start.line;
  const lastIndex = Math.max(firstIndex, instructionAtOrBefore(instructions, changed.lastOld));
  const shift = changed.lastNew - changed.lastOld;
  // The parse resynchronises on the next untouched instruction (moved by the lines the edit
  // added or removed) and everything after it is kept, moved the same way.
  const resync = instructions[lastIndex + 1];
  const resyncEndOld = resync?.range.end.line ?? 0;
  const chunkEnd = resync ? resyncEndOld + shift : newStarts.length - 1;
  const firstStart = (instructions[0] as Instruction).range.start.line;
  // Blank lines stand in for everything between the prologue (directives) and the chunk,
  // so the chunk's nodes have the document's own line numbers.
  const prologue = text.slice(0, newStarts[firstStart]);
  // (A prologue ending in a lone \r would take the first \n as its own line end.)
  const chunk = prologue + '\n'.repeat(chunkStart - firstStart + (prologue.endsWith('\r') ? 1 : 0)) +
    text.slice(newStarts[chunkStart], chunkEnd + 1 < newStarts.length ? newStarts[chunkEnd + 1] : text.length);
  const ast = DockerfileParser.parse(chunk);
  if (ast.getEscapeCharacter() !== prev.escape) return undefined;
  const rebuilt = buildInstructions(ast, chunk, prev.escape, chunkStart);
  const comments = commentsOf(ast, chunkStart);
  let kept: Instruction[] = [];
  if (resync) {
    const last = rebuilt[rebuilt.length - 1];
    if (!last || !sameRange(last.range, shiftRange(resync.range, shift)) || last.keyword !== resync.keyword) return undefined;
    kept = instructions.slice(lastIndex + 2);
    if (shift !== 0) kept = kept.map((i) => movedInstruction(i, shift));
  }
  const after = resync ? prev.comments.filter((c) => c.line > resyncEndOld) : [];
  const list = instructions.slice(0, firstIndex).concat(rebuilt, kept);
  const allComments = prev.comments.filter((c) => c.line < chunkStart).concat(comments,
    shift === 0 ? after : after.map((c) => ({ ...c, line: c.line + shift, range: shiftRange(c.range, shift) })));
  const model = assembleModel(text, prev.escape, prev.directives, list, allComments, generation);
  lineStartsCache.set(model, newStarts);
  return model;
}

function sameRange(x: Range, y: Range): boolean {
  return comparePositions(x.start, y.start) === 0 && comparePositions(x.end, y.end) === 0;
}
