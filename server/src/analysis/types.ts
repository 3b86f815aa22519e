// Core vocabulary shared by every part of the analysis. Ranges are 0-based like LSP;
// columns count UTF-16 code units and the end is exclusive.

export type Lang = 'en' | 'ru';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type FileKind = 'dockerfile' | 'compose';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface TextEdit { range: Range; newText: string }

/** An edit in another file (e.g. adding an ARG to the Dockerfile a compose service builds). */
export interface FileEdit { file: string; edits: TextEdit[] }

export interface Fix {
  title: string;
  /** Edits in the analysed document. */
  edits: TextEdit[];
  /** Edits in other files, by path relative to nothing: the absolute path the project layer gave. */
  otherFiles?: FileEdit[];
  /** The preferred fix is applied by "Fix all" and shown first. */
  preferred?: boolean;
}

export interface RuleText<D> {
  title: string;
  message: (data: D) => string;
}

export interface RuleMeta {
  /** Public, stable: users type it in ignore comments and settings. Never renumber. */
  code: string;
  slug: string;
  /** Lesson id from lessons/curriculum.json, optionally with a section slug after '#'. */
  lesson: string;
  severity: Severity;
  /** The same check in other tools, e.g. hadolint:DL3006, buildkit:JSONArgsRecommended, dclint:no-version-field. */
  equivalents: string[];
  fixable: boolean;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Lesson id, optionally '#section'. */
  lesson: string;
  /** Typed payload of the rule: its message arguments and what its fixes need. */
  data?: unknown;
}

/** Thrown nowhere: a rule that fails becomes one `internal` finding (contracts note). */
export const INTERNAL_CODE = 'internal';

export function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
