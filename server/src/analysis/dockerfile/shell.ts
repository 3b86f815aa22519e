// Splits the shell of a RUN into simple commands (`a && b | c; d`), keeping each word's range
// so that rules can point at `apt-get install` and fixes can insert a flag right after it.
// Deliberately small: quotes are kept inside words as dockerfile-ast tokenises them, and
// subshells are not followed. Rules must treat what they cannot see as fine.
import type { Instruction, Word } from './model';

export type Separator = '&&' | '||' | ';' | '|' | '\n';

export interface ShellCommand {
  /** Words of the command, environment assignments (`A=b cmd`) removed. */
  words: Word[];
  /** The separator before this command (null for the first). */
  after: Separator | null;
  /** The separator after it (null for the last). */
  before: Separator | null;
}

const OPERATORS: ReadonlySet<string> = new Set(['&&', '||', ';', '|', '&']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export function splitShellCommands(instr: Instruction): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: Word[] = [];
  let pendingSeparator: Separator | null = null;
  let lastLine = -1;
  let heredocEnd: string | null = null;

  const flush = (sep: Separator | null): void => {
    if (words.length > 0) {
      const prev = commands[commands.length - 1];
      if (prev) prev.before = pendingSeparator;
      const start = words.findIndex((w) => !ASSIGNMENT.test(w.value));
      commands.push({ words: start < 0 ? [] : words.slice(start), after: commands.length ? pendingSeparator : null, before: null });
      words = [];
    }
    pendingSeparator = sep ?? pendingSeparator;
  };

  if (instr.execForm) return [];
  for (const word of instr.args) {
    if (instr.heredoc) {
      const m = /^<<-?["']?([A-Za-z_][\w]*)["']?$/.exec(word.value);
      if (m && heredocEnd === null) { heredocEnd = m[1] as string; lastLine = word.range.start.line; continue; }
      if (heredocEnd !== null && word.value === heredocEnd && word.range.start.character === 0) { flush('\n'); continue; }
      if (lastLine >= 0 && word.range.start.line !== lastLine) flush('\n');
      lastLine = word.range.start.line;
    }
    if (OPERATORS.has(word.value)) { flush(word.value === '&' ? ';' : (word.value as Separator)); continue; }
    if (word.value.length > 1 && word.value.endsWith(';') && !word.value.endsWith('\\;')) {
      const r = word.range;
      words.push({ value: word.value.slice(0, -1), range: { start: r.start, end: { line: r.end.line, character: r.end.character - 1 } } });
      flush(';');
      continue;
    }
    words.push(word);
  }
  flush(null);
  return commands;
}

/** The program a command runs, ignoring `sudo`, `env` and `time` prefixes. */
export function programOf(cmd: ShellCommand): { name: string; index: number } | undefined {
  for (let i = 0; i < cmd.words.length; i++) {
    const v = (cmd.words[i] as Word).value;
    if (v === 'sudo' || v === 'env' || v === 'time' || v === 'command' || v === 'exec') continue;
    if (v.startsWith('-') || ASSIGNMENT.test(v)) continue;
    return { name: v.replace(/^.*\//, ''), index: i };
  }
  return undefined;
}

/** True when a word of the command equals one of `names` (after the program). */
export function hasWord(cmd: ShellCommand, ...names: string[]): boolean {
  return cmd.words.some((w) => names.includes(w.value));
}
