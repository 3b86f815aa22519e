// Formatting settings (dockerCoach.format.*) and the editor's options, turned into what the
// formatter needs. Read by settings.ts (validation) and the formatting handler.

export type InstructionCase = 'upper' | 'keep';

export interface FormatSettings {
  enable: boolean;
  instructionCase: InstructionCase;
  /** Spaces before a continuation line; undefined: the editor's tab size. */
  continuationIndent?: number;
  collapseBlankLines: boolean;
}

export const DEFAULT_FORMAT_SETTINGS: FormatSettings = { enable: true, instructionCase: 'upper', collapseBlankLines: true };

/** The part of LSP's FormattingOptions the formatter reads. */
export interface EditorFormatOptions {
  tabSize: number;
  insertSpaces: boolean;
  insertFinalNewline?: boolean;
  trimFinalNewlines?: boolean;
}

export interface DockerfileFormat {
  instructionCase: InstructionCase;
  /** Columns before the shallowest line of a continuation. */
  indentWidth: number;
  /** Columns of a tab, for measuring and writing indentation. */
  tabSize: number;
  /** Indent with spaces (else with tabs, then spaces for the rest). */
  insertSpaces: boolean;
  collapseBlankLines: boolean;
  /** Add a final newline when missing (only when the editor asks). */
  insertFinalNewline?: boolean;
  /** Drop empty lines at the end of the file (only when the editor asks). */
  trimFinalNewlines?: boolean;
}

const MAX_INDENT = 8;

export function readFormatSettings(raw: unknown): FormatSettings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const indent = o.continuationIndent;
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_FORMAT_SETTINGS.enable,
    instructionCase: o.instructionCase === 'keep' || o.instructionCase === 'upper' ? o.instructionCase : DEFAULT_FORMAT_SETTINGS.instructionCase,
    ...(typeof indent === 'number' && Number.isInteger(indent) && indent >= 0 && indent <= MAX_INDENT ? { continuationIndent: indent } : {}),
    collapseBlankLines: typeof o.collapseBlankLines === 'boolean' ? o.collapseBlankLines : DEFAULT_FORMAT_SETTINGS.collapseBlankLines,
  };
}

export function dockerfileFormat(settings: FormatSettings, editor: EditorFormatOptions): DockerfileFormat {
  const tabSize = Number.isInteger(editor.tabSize) && editor.tabSize >= 1 ? Math.min(editor.tabSize, MAX_INDENT) : 4;
  return {
    instructionCase: settings.instructionCase,
    indentWidth: settings.continuationIndent ?? tabSize,
    tabSize,
    insertSpaces: editor.insertSpaces !== false,
    collapseBlankLines: settings.collapseBlankLines,
    ...(editor.insertFinalNewline !== undefined ? { insertFinalNewline: editor.insertFinalNewline } : {}),
    ...(editor.trimFinalNewlines !== undefined ? { trimFinalNewlines: editor.trimFinalNewlines } : {}),
  };
}

/** Columns taken by leading whitespace (a tab moves to the next tab stop). */
export function widthOf(lead: string, tabSize: number): number {
  let w = 0;
  for (const c of lead) w = c === '\t' ? (Math.floor(w / tabSize) + 1) * tabSize : w + 1;
  return w;
}

/** Leading whitespace `width` columns wide, in the editor's style. */
export function leadOfWidth(width: number, fmt: Pick<DockerfileFormat, 'tabSize' | 'insertSpaces'>): string {
  if (fmt.insertSpaces) return ' '.repeat(width);
  return '\t'.repeat(Math.floor(width / fmt.tabSize)) + ' '.repeat(width % fmt.tabSize);
}
