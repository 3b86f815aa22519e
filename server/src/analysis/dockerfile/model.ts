// One parse of a Dockerfile, shared by every rule, hover and fix for a document version.
// Wraps dockerfile-ast and adds what rules ask for again and again: stages, flags, the
// exec form, image references and shell commands, each with exact ranges.
import { DockerfileParser } from 'dockerfile-ast';
import type { Dockerfile, Instruction as AstInstruction } from 'dockerfile-ast';
import type { Position, Range } from '../types';
import { parseImageRef, type ImageRef } from './imageRef';
import { splitShellCommands, type ShellCommand } from './shell';
import { lineStartOffsets, offsetAt, splitLines } from '../text';
import { reparseDockerfile } from './reparse';

export interface Word { value: string; range: Range }
export interface Flag { name: string; value: string | null; range: Range }

export interface Instruction {
  /** Upper case keyword (`RUN` for `run`). */
  keyword: string;
  /** The keyword as written. */
  written: string;
  keywordRange: Range;
  range: Range;
  /** Leading `--name[=value]` options. */
  flags: Flag[];
  /** Arguments after the flags, continuations and comment lines removed. */
  args: Word[];
  /** The arguments as written, from the first to the last (continuations and comments kept). */
  rawArgs: string;
  /** `["a", "b"]` parsed, or null when the arguments are not a valid JSON string array. */
  execForm: string[] | null;
  /** The arguments start with `[`: meant as exec form, valid or not. */
  looksLikeJson: boolean;
  /** The instruction uses a heredoc (`RUN <<EOF`). */
  heredoc: boolean;
  /** Index into stages; -1 for instructions before the first FROM. */
  stage: number;
  /** dockerfile-ast's node. After an incremental parse its positions may be `nodeShift` lines
   *  behind the document: read positions from the model (`propertiesOf` for ENV/LABEL/ARG). */
  node: AstInstruction;
  nodeShift: number;
  /** model.commands()'s and propertiesOf()'s caches (always present: one shape for all). */
  shellCommands: ShellCommand[] | undefined;
  propertiesCache: Property[] | undefined;
}

/** A `name=value` (or legacy `name value`) of ENV, LABEL or ARG, with document positions. */
export interface Property {
  name: string;
  value: string | null;
  /** `=` or null for the legacy form. */
  assignment: string | null;
  range: Range;
  nameRange: Range;
  valueRange: Range | null;
}

interface AstProperty {
  getName(): string; getValue(): string | null; getAssignmentOperator(): string | null;
  getRange(): Range; getNameRange(): Range; getValueRange(): Range | null;
}

export function shiftRange(range: Range, lines: number): Range {
  if (lines === 0) return range;
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

/** The properties of an ENV, LABEL or ARG instruction ([] for others), computed once. */
export function propertiesOf(instr: Instruction): Property[] {
  if (instr.propertiesCache) return instr.propertiesCache;
  const node = instr.node as unknown as { getProperties?: () => AstProperty[] };
  const by = instr.nodeShift;
  instr.propertiesCache = typeof node.getProperties !== 'function' ? [] : node.getProperties().map((p) => {
    const valueRange = p.getValueRange();
    return { name: p.getName(), value: p.getValue(), assignment: p.getAssignmentOperator(), range: shiftRange(p.getRange(), by), nameRange: shiftRange(p.getNameRange(), by), valueRange: valueRange ? shiftRange(valueRange, by) : null };
  });
  return instr.propertiesCache;
}

/** The instruction `lines` lines further down (an edit above it added or removed lines). */
export function movedInstruction(instr: Instruction, lines: number): Instruction {
  const word = <T extends { range: Range }>(w: T): T => ({ ...w, range: shiftRange(w.range, lines) });
  return {
    ...instr, keywordRange: shiftRange(instr.keywordRange, lines), range: shiftRange(instr.range, lines),
    flags: instr.flags.map(word), args: instr.args.map(word), nodeShift: instr.nodeShift + lines,
    shellCommands: undefined, propertiesCache: undefined,
  };
}

export interface Stage {
  index: number;
  name?: string;
  nameRange?: Range;
  from: Instruction;
  base: ImageRef;
  instructions: Instruction[];
}

export interface Directive { name: string; value: string; range: Range }
export interface Comment { text: string; line: number; range: Range }

export interface DockerfileModel {
  kind: 'dockerfile';
  text: string;
  lines: string[];
  instructions: Instruction[];
  stages: Stage[];
  /** ARGs before the first FROM. */
  globalArgs: Instruction[];
  directives: Directive[];
  comments: Comment[];
  escape: string;
  /** The file's line ending, for fixes that add lines. */
  eol: '\n' | '\r\n';
  /** Stage index by lower-cased name (stage names are case-insensitive). */
  stageIndex(name: string): number | undefined;
  /** Shell commands of a RUN (or shell-form CMD/ENTRYPOINT), computed once. */
  commands(instr: Instruction): ShellCommand[];
  /** How many incremental parses this model is away from a full one (see reparse.ts). */
  generation: number;
}

const FLAG = /^--([A-Za-z][\w-]*)(?:=(.*))?$/s;

function toWord(a: { getValue(): string; getRange(): Range }): Word {
  return { value: a.getValue(), range: a.getRange() };
}

function parseExecForm(raw: string): string[] | null {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  } catch {
    return null;
  }
}

/** The argument text with line continuations joined and comment lines inside them dropped. */
export function joinContinuations(raw: string, escape: string): string {
  const lines = raw.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length > 0 && /^\s*#/.test(line)) continue;
    kept.push(line);
  }
  const out: string[] = [];
  for (const line of kept) {
    const body = line.replace(/\s+$/, '');
    if (body.endsWith(escape)) out.push(body.slice(0, -escape.length));
    else out.push(line);
  }
  return out.join(' ');
}

function buildInstruction(node: AstInstruction, stage: number, escape: string, textOf: (range: Range) => string): Instruction {
  const all = node.getArguments().map(toWord);
  const flags: Flag[] = [];
  let i = 0;
  // COPY, ADD, FROM, RUN and HEALTHCHECK: dockerfile-ast parses flags and leaves them out of
  // the arguments; for the others, leading `--x` words are flags.
  const withFlags = node as unknown as { getFlags?: () => { getName(): string; getValue(): string | null; getRange(): Range }[] };
  if (typeof withFlags.getFlags === 'function') {
    for (const f of withFlags.getFlags()) flags.push({ name: f.getName().toLowerCase(), value: f.getValue(), range: f.getRange() });
  } else {
    for (; i < all.length; i++) {
      const w = all[i] as Word;
      const m = FLAG.exec(w.value);
      if (!m) break;
      flags.push({ name: (m[1] as string).toLowerCase(), value: m[2] ?? null, range: w.range });
    }
  }
  const args = all.slice(i);
  // What getRawArgumentsContent() returns, without dockerfile-ast scanning the arguments again.
  const raw = all.length > 0 ? textOf({ start: (all[0] as Word).range.start, end: (all[all.length - 1] as Word).range.end }) : '';
  const afterFlags = args.length > 0 ? raw.slice(Math.max(0, raw.indexOf((args[0] as Word).value))) : '';
  const keyword = node.getKeyword();
  const isHeredoc = /(^|\s)<<-?["']?[A-Za-z_]/.test(afterFlags.split(/\r?\n/, 1)[0] ?? '');
  const joined = joinContinuations(afterFlags, escape);
  return {
    keyword,
    written: node.getInstruction(),
    keywordRange: node.getInstructionRange(),
    range: node.getRange(),
    flags,
    args,
    rawArgs: raw,
    execForm: isHeredoc ? null : parseExecForm(joined),
    looksLikeJson: !isHeredoc && joined.trimStart().startsWith('['),
    heredoc: isHeredoc,
    stage,
    node,
    nodeShift: 0,
    shellCommands: undefined,
    propertiesCache: undefined,
  };
}

/** Parse a Dockerfile. With the model of the document's previous version, only the
 * instructions an edit touches are parsed again (see reparse.ts); the result is the same. */
export function parseDockerfile(text: string, previous?: DockerfileModel): DockerfileModel {
  if (previous) {
    const reused = reparseDockerfile(previous, text);
    if (reused) return reused;
  }
  const ast = DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();
  const directives = ast.getDirectives().map((d) => ({ name: d.getName().toLowerCase(), value: d.getValue(), range: d.getRange() }));
  return assembleModel(text, escape, directives, buildInstructions(ast, text, escape), commentsOf(ast), 0);
}

/** The stage of an instruction just built: assembleModel sets it. */
const UNASSIGNED = Number.NaN;

/** Instructions of a dockerfile-ast parse from `fromLine` on, stages not yet assigned. */
export function buildInstructions(ast: Dockerfile, text: string, escape: string, fromLine = 0): Instruction[] {
  const out: Instruction[] = [];
  const starts = lineStartOffsets(text);
  const textOf = (range: Range) => text.slice(offsetAt(text, starts, range.start), offsetAt(text, starts, range.end));
  for (const node of ast.getInstructions()) if (node.getRange().start.line >= fromLine) out.push(buildInstruction(node, UNASSIGNED, escape, textOf));
  return out;
}

export function commentsOf(ast: Dockerfile, fromLine = 0): Comment[] {
  const out: Comment[] = [];
  for (const c of ast.getComments()) {
    const range = c.getRange();
    if (range.start.line >= fromLine) out.push({ text: c.getContent(), line: range.start.line, range });
  }
  return out;
}

/** The model over instructions in document order: stages, global ARGs and the name index. */
export function assembleModel(text: string, escape: string, directives: Directive[], list: Instruction[], comments: Comment[], generation: number): DockerfileModel {
  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const globalArgs: Instruction[] = [];
  for (let instr of list) {
    const keyword = instr.keyword;
    const stageIndex = keyword === 'FROM' ? stages.length : stages.length - 1;
    if (Number.isNaN(instr.stage)) instr.stage = stageIndex;
    // A reused instruction after an added or removed FROM belongs to another stage now.
    else if (instr.stage !== stageIndex) instr = { ...instr, stage: stageIndex };
    instructions.push(instr);
    if (keyword === 'FROM') {
      stages.push(stageOf(instr));
    } else if (stages.length === 0) {
      if (keyword === 'ARG') globalArgs.push(instr);
    } else {
      (stages[stages.length - 1] as Stage).instructions.push(instr);
    }
  }
  const byName = new Map<string, number>();
  for (const s of stages) if (s.name !== undefined && !byName.has(s.name.toLowerCase())) byName.set(s.name.toLowerCase(), s.index);
  // LSP and dockerfile-ast both end a line at \n, \r\n or a lone \r.
  const lines = splitLines(text);
  return {
    kind: 'dockerfile',
    text,
    lines,
    instructions,
    stages,
    globalArgs,
    directives,
    comments,
    escape,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    stageIndex: (name) => byName.get(name.toLowerCase()),
    generation,
    commands(instr) {
      // Kept on the instruction: an instruction reused by an incremental parse keeps them.
      return (instr.shellCommands ??= splitShellCommands(instr));
    },
  };
}

function stageOf(from: Instruction): Stage {
  const image = from.args[0];
  const asWord = from.args[1];
  const nameWord = asWord && asWord.value.toUpperCase() === 'AS' ? from.args[2] : undefined;
  const platform = from.flags.find((f) => f.name === 'platform')?.value ?? undefined;
  const base = parseImageRef(image?.value ?? '', image?.range ?? from.keywordRange, platform);
  const stage: Stage = { index: from.stage, from, base, instructions: [from] };
  if (nameWord) {
    stage.name = nameWord.value;
    stage.nameRange = nameWord.range;
  }
  return stage;
}

export function lineEnd(model: DockerfileModel, line: number): Position {
  return { line, character: (model.lines[line] ?? '').length };
}
