// Dockerfile formatting over the shared parse: keyword case, one space after the keyword,
// continuation indentation, trailing whitespace, runs of blank lines and the final newline.
// It changes only whitespace and the case of keywords, and only where the builder cannot tell
// the difference: parser directives, heredocs, instructions it does not know and whitespace
// inside quotes stay as written (joins.ts decides which continuation lines may move). Edits are
// minimal, only the changed part of each line, so the cursor and undo stay where they were.
import type { Position, Range, TextEdit } from '../types';
import { isInstruction } from '../dockerfile/keywords';
import { keywordCaseEdits } from '../dockerfile/casing';
import type { DockerfileModel, Instruction } from '../dockerfile/model';
import { canMove, JoinTracker, type Join } from './joins';
import { leadOfWidth, widthOf, type DockerfileFormat } from './options';

const TRAILING = /[ \t]+$/;
const BLANK = /^[ \t]*$/;
const COMMENT = /^[ \t]*#/;
/** `<<EOF`, `<<-EOF`, `<<"EOF"`: a heredoc (and, more loosely, a shell here-document). */
const HEREDOC = /<<-?[ \t]*["']?[A-Za-z_]/;
const EOL = /\r\n|\r|\n/g;

/** Keywords whose arguments the builder or the shell splits into words at whitespace. */
const SPLITS_WORDS: ReadonlySet<string> = new Set(['FROM', 'COPY', 'ADD', 'RUN', 'CMD', 'ENTRYPOINT', 'EXPOSE', 'VOLUME', 'ARG', 'HEALTHCHECK']);

function leadOf(line: string): string {
  return line.slice(0, line.length - line.replace(/^[ \t]+/, '').length);
}

function splitsWords(instr: Instruction): boolean {
  // JSON arrays are left as written (their strings are whitespace-sensitive, and people align them).
  if (instr.looksLikeJson || (instr.keyword === 'HEALTHCHECK' && instr.args.some((a) => a.value.startsWith('[')))) return false;
  if (SPLITS_WORDS.has(instr.keyword)) return true;
  // `ENV a=1 b=2` splits into pairs; the legacy `ENV name some value` keeps its value verbatim.
  if (instr.keyword === 'ENV' || instr.keyword === 'LABEL') return instr.args[0]?.value.includes('=') === true;
  return false; // WORKDIR, USER, STOPSIGNAL, MAINTAINER, SHELL, ONBUILD take their text as written
}

/** A line without its trailing whitespace and continuation character, and whether it had one. */
function continuation(line: string, escape: string): { text: string; continues: boolean } {
  const body = line.replace(TRAILING, '');
  return body.endsWith(escape) ? { text: body.slice(0, body.length - escape.length), continues: true } : { text: body, continues: false };
}

/** One line after an instruction's keyword line, while the instruction continues. */
interface ContinuationLine {
  line: number;
  kind: 'blank' | 'comment' | 'content';
  lead: string;
  /** The text after the lead, without trailing whitespace. */
  body: string;
  /** Where this line joins the text before it (content lines only matter). */
  join: Join;
  /**
   * Starts with an escaped character (`\  curl`): keeps its place, because the parser reads an
   * escape at the start of a line differently from one after indentation.
   */
  pinned: boolean;
}

interface InstructionPlan {
  /** New text of the lines that may change; lines without an entry stay as written. */
  lines: Map<number, string>;
  continuations: ContinuationLine[];
  /** Only the keyword line was considered (a heredoc): the rest is content. */
  keywordOnly: boolean;
}

/**
 * New text for the lines of one instruction, or undefined for one to leave as written (an
 * unknown keyword, a keyword not where the parser usually puts it). Continuation lines move as
 * a block: the shallowest one to the continuation indent, deeper ones keep their extra depth
 * (nested package lists stay nested); a comment shallower than that block stays where it is.
 */
function planInstruction(model: DockerfileModel, instr: Instruction, cased: readonly string[], fmt: DockerfileFormat): InstructionPlan | undefined {
  const first = instr.range.start.line;
  const last = Math.min(instr.range.end.line, cased.length - 1);
  const kw = instr.keywordRange;
  if (!isInstruction(instr.keyword) || kw.start.line !== first || kw.end.line !== first) return undefined;
  const line0 = cased[first] ?? '';
  if (!BLANK.test(line0.slice(0, kw.start.character))) return undefined;
  const keyword = line0.slice(kw.start.character, kw.end.character);
  const rest = line0.slice(kw.end.character);
  const args = rest.replace(/^[ \t]+/, '');
  // One space between the keyword and its arguments (the builder trims that gap whatever it is).
  const head = keyword + (args === '' || args === rest ? args : ` ${args}`);
  const lines = new Map<number, string>();
  const continuations: ContinuationLine[] = [];
  if (instr.heredoc || cased.slice(first, last + 1).some((l) => HEREDOC.test(l))) {
    // A heredoc's body and delimiters stay byte for byte, and so does the rest of its first line.
    lines.set(first, head);
    return { lines, continuations, keywordOnly: true };
  }
  lines.set(first, head.replace(TRAILING, ''));
  const words = splitsWords(instr);
  const tracker = new JoinTracker(model.escape);
  let { text, continues } = continuation(rest, model.escape);
  tracker.read(text);
  for (let l = first + 1; l <= last && continues; l++) {
    const line = cased[l] ?? '';
    const lead = leadOf(line);
    const body = line.slice(lead.length).replace(TRAILING, '');
    // The builder skips empty lines and drops comment lines inside a continuation.
    const kind = BLANK.test(line) ? 'blank' : COMMENT.test(line) ? 'comment' : 'content';
    const pinned = kind === 'content' && body.startsWith(model.escape) && body !== model.escape;
    continuations.push({ line: l, kind, lead, body, join: tracker.join(words), pinned });
    if (kind !== 'content') continue;
    ({ text, continues } = continuation(line, model.escape));
    tracker.read(text);
  }
  // The block's left edge: lines that can move to the indent (one whose own indentation is its
  // only break from the word before, as after `&&\`, cannot move to column 0).
  const anchors = continuations.filter((c) => c.kind === 'content' && !c.pinned
    && (c.join.free || (c.join.safe && (c.join.wordBreak || (c.lead !== '' && fmt.indentWidth > 0)))));
  const widths = anchors.map((c) => widthOf(c.lead, fmt.tabSize));
  const base = widths.length > 0 ? Math.min(...widths) : undefined;
  for (const c of continuations) {
    const width = widthOf(c.lead, fmt.tabSize);
    if (c.kind === 'blank' || base === undefined || width < base || c.pinned) {
      lines.set(c.line, c.kind === 'blank' ? '' : c.lead + c.body);
      continue;
    }
    const target = fmt.indentWidth + width - base;
    // A line that needs its indentation as a word break keeps at least one space of it.
    const moved = leadOfWidth(target === 0 && !canMove(c.join, c.lead, '') ? 1 : target, fmt);
    lines.set(c.line, (c.kind === 'comment' || canMove(c.join, c.lead, moved) ? moved : c.lead) + c.body);
  }
  return { lines, continuations, keywordOnly: false };
}

/**
 * An `escape` directive the parser did not take (it stops reading directives after one with
 * trailing spaces; the builder does not): lines would continue differently than the model says.
 */
function unsureOfEscape(model: DockerfileModel): boolean {
  if (model.directives.some((d) => d.name === 'escape')) return false;
  // The builder reads directives from the first lines until one is not a directive.
  for (const line of model.lines) {
    const m = /^[ \t]*#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*\S/.exec(line);
    if (!m) return false;
    if ((m[1] as string).toLowerCase() === 'escape') return true;
  }
  return false;
}

/** The file's lines with keywords in upper case (case edits keep lengths: keywords are ASCII). */
function upperCased(model: DockerfileModel): string[] {
  const lines = [...model.lines];
  for (const instr of model.instructions) {
    for (const e of keywordCaseEdits(instr, 'upper')) {
      const { line, character } = e.range.start;
      const old = lines[line];
      if (old === undefined || e.range.end.line !== line || e.range.end.character - character !== e.newText.length) continue;
      lines[line] = old.slice(0, character) + e.newText + old.slice(e.range.end.character);
    }
  }
  return lines;
}

/** The smallest edit that turns `before` into `after`, both starting at `start`. */
function minimalEdit(start: Position, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  const at = (offset: number): Position => {
    let { line, character } = start;
    for (let i = 0; i < offset; i++) {
      const c = before[i];
      if (c === '\n' || (c === '\r' && before[i + 1] !== '\n')) { line++; character = 0; } else if (c !== '\r') character++;
    }
    return { line, character };
  };
  return { range: { start: at(p), end: at(before.length - s) }, newText: after.slice(p, after.length - s) };
}

/**
 * Edits within one line, one per changed piece: the formatter keeps every word of a line (only
 * whitespace and case change), so the two texts pair up word by word and whitespace by whitespace.
 */
function lineEdits(line: number, before: string, after: string): TextEdit[] {
  const a = before.split(/([^ \t]+)/);
  const b = after.split(/([^ \t]+)/);
  const single = minimalEdit({ line, character: 0 }, before, after);
  if (a.length !== b.length) return single ? [single] : [];
  const edits: TextEdit[] = [];
  let at = 0;
  for (let i = 0; i < a.length; i++) {
    const e = minimalEdit({ line, character: at }, a[i] as string, b[i] as string);
    if (e) edits.push(e);
    at += (a[i] as string).length;
  }
  return edits;
}

/** Lines [from, to] of a range, widened to whole instructions. */
function lineSpan(model: DockerfileModel, range: Range): [number, number] {
  let from = range.start.line;
  let to = range.end.line > from && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  for (const i of model.instructions) {
    if (i.range.start.line <= to && i.range.end.line >= from) { from = Math.min(from, i.range.start.line); to = Math.max(to, i.range.end.line); }
  }
  return [Math.max(0, from), Math.min(model.lines.length - 1, to)];
}

/** Touching edits become one (clients differ on touching ranges). Input sorted by position. */
function merge(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const prev = out[out.length - 1];
    if (prev && prev.range.end.line === e.range.start.line && prev.range.end.character === e.range.start.character) {
      out[out.length - 1] = { range: { start: prev.range.start, end: e.range.end }, newText: prev.newText + e.newText };
    } else out.push(e);
  }
  return out;
}

/**
 * Edits that format a Dockerfile, or only the instructions that intersect `range` (range
 * formatting leaves the end of the file alone).
 */
export function formatDockerfile(model: DockerfileModel, fmt: DockerfileFormat, range?: Range): TextEdit[] {
  if (unsureOfEscape(model)) return [];
  const source = model.lines;
  const n = source.length;
  const cased = fmt.instructionCase === 'upper' ? upperCased(model) : source;
  const target: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
  const owned: boolean[] = new Array<boolean>(n).fill(false);
  let lastContent = -1;
  for (const d of model.directives) {
    for (let l = d.range.start.line; l <= Math.min(d.range.end.line, n - 1); l++) owned[l] = true;
  }
  let firstInstruction = n;
  for (const instr of model.instructions) {
    const first = instr.range.start.line;
    const last = Math.min(instr.range.end.line, n - 1);
    firstInstruction = Math.min(firstInstruction, first);
    const overlaps = owned.slice(first, last + 1).some(Boolean);
    for (let l = first; l <= last; l++) owned[l] = true;
    const plan = overlaps ? undefined : planInstruction(model, instr, cased, fmt);
    // Whatever is left as written (a heredoc body, an unknown instruction) is content to the end.
    if (!plan || plan.keywordOnly) lastContent = Math.max(lastContent, last);
    for (const [l, text] of plan?.lines ?? []) target[l] = text;
  }
  const blank: boolean[] = new Array<boolean>(n).fill(false);
  for (let l = 0; l < n; l++) {
    const line = source[l] ?? '';
    if (!BLANK.test(line)) lastContent = Math.max(lastContent, l);
    if (owned[l]) continue;
    if (BLANK.test(line)) { blank[l] = true; target[l] = ''; } else if (COMMENT.test(line)) {
      // After the first instruction no comment can be a parser directive, so its indentation may go.
      const text = line.replace(TRAILING, '');
      target[l] = l > firstInstruction ? text.replace(/^[ \t]+/, '') : text;
    }
  }
  const [from, to] = range ? lineSpan(model, range) : [0, n - 1];
  const edits: TextEdit[] = [];
  for (let l = from; l <= Math.min(to, lastContent); l++) {
    if (fmt.collapseBlankLines && blank[l] && blank[l - 1]) {
      // A run of blank lines keeps its first line; the others go, with their line ends.
      let end = l;
      while (end + 1 <= Math.min(to, lastContent) && blank[end + 1]) end++;
      edits.push({ range: { start: { line: l, character: 0 }, end: { line: end + 1, character: 0 } }, newText: '' });
      l = end;
      continue;
    }
    const text = target[l];
    if (text !== undefined) edits.push(...lineEdits(l, source[l] ?? '', text));
  }
  if (!range) {
    const tail = tailEdit(model, fmt, lastContent);
    if (tail) edits.push(tail);
  }
  return merge(edits);
}

/** The end of the file after its last content line: blank lines and the final newline. */
function tailEdit(model: DockerfileModel, fmt: DockerfileFormat, lastContent: number): TextEdit | undefined {
  const lines = model.lines;
  const eols = model.text.match(EOL) ?? [];
  const startLine = Math.max(lastContent, 0);
  const start: Position = lastContent >= 0 ? { line: lastContent, character: (lines[lastContent] ?? '').length } : { line: 0, character: 0 };
  let before = lastContent >= 0 ? '' : lines[0] ?? '';
  for (let l = startLine; l < lines.length - 1; l++) before += (eols[l] ?? '\n') + (lines[l + 1] ?? '');
  const ends = eols.slice(lastContent >= 0 ? lastContent : 0);
  // After the last content line: its own line end, plus one blank line when collapsing.
  const keep = fmt.trimFinalNewlines ? Math.min(ends.length, lastContent >= 0 ? 1 : 0) : fmt.collapseBlankLines ? Math.min(ends.length, lastContent >= 0 ? 2 : 1) : ends.length;
  const missing = fmt.insertFinalNewline === true && lastContent >= 0 && keep === 0;
  return minimalEdit(start, before, missing ? model.eol : ends.slice(0, keep).join(''));
}

/**
 * On-type formatting after a newline at `position`: a line that continues an instruction and
 * sits left of the continuation indent moves to it (a deeper line the editor indented stays);
 * an empty line right after a continued instruction's last line goes back to column 0.
 * Nothing else, and nothing inside heredocs or quotes.
 */
export function formatOnType(model: DockerfileModel, position: Position, fmt: DockerfileFormat): TextEdit[] {
  const l = position.line;
  const line = model.lines[l];
  if (l < 1 || line === undefined || unsureOfEscape(model)) return [];
  const lead = leadOf(line);
  const instr = model.instructions.find((i) => i.range.start.line <= l - 1 && l - 1 <= i.range.end.line);
  if (!instr) return [];
  const edit = (newLead: string): TextEdit[] => (newLead === lead ? [] : [{ range: { start: { line: l, character: 0 }, end: { line: l, character: lead.length } }, newText: newLead }]);
  if (l <= instr.range.end.line) {
    const here = planInstruction(model, instr, model.lines, fmt)?.continuations.find((c) => c.line === l);
    const indent = leadOfWidth(fmt.indentWidth, fmt);
    if (!here || here.pinned || widthOf(lead, fmt.tabSize) >= fmt.indentWidth) return [];
    return here.kind === 'comment' || canMove(here.join, lead, indent) ? edit(indent) : [];
  }
  // The previous line ended a continued instruction (or a heredoc): a new instruction starts here.
  const continued = instr.range.start.line < l - 1;
  return continued && isInstruction(instr.keyword) && lead.length === line.length ? edit('') : [];
}
