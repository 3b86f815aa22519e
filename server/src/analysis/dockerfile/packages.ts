// Package-manager commands inside RUN, shared by the rules that check how packages are installed.
import type { DockerfileModel, Instruction, Word } from './model';
import { programOf, type ShellCommand } from './shell';
import { insertAt } from '../text';
import type { TextEdit } from '../types';

export interface Found { instr: Instruction; cmd: ShellCommand; verb: Word }

/** Commands `program verb ...` (e.g. apt-get install) in the shell-form RUNs of the file. */
export function commandsWith(file: DockerfileModel, programs: readonly string[], verbs: readonly string[]): Found[] {
  const out: Found[] = [];
  for (const instr of file.instructions) {
    if (instr.keyword !== 'RUN' || instr.execForm) continue;
    for (const cmd of file.commands(instr)) {
      const p = programOf(cmd);
      if (!p || !programs.includes(p.name)) continue;
      const verb = cmd.words.slice(p.index + 1).find((w) => !w.value.startsWith('-'));
      if (verb && verbs.includes(verb.value)) out.push({ instr, cmd, verb });
    }
  }
  return out;
}

export const hasFlag = (cmd: ShellCommand, ...flags: string[]) =>
  cmd.words.some((w) => flags.includes(w.value) || flags.some((f) => f.startsWith('--') && w.value.startsWith(`${f}=`)));

/** Insert ` text` right after a word (e.g. a flag after `install`). */
export function insertAfter(word: Word, text: string): TextEdit {
  return insertAt(word.range.end, ` ${text}`);
}

/** The span of a command, for the finding's range. */
export function spanOf(cmd: ShellCommand): { start: Word['range']['start']; end: Word['range']['end'] } {
  const first = cmd.words[0] as Word;
  const last = cmd.words[cmd.words.length - 1] as Word;
  return { start: first.range.start, end: last.range.end };
}

/** A cache mount for this path on the RUN makes cleaning the cache pointless. */
export const mountsCache = (instr: Instruction, path: RegExp) => instr.flags.some((f) => f.name === 'mount' && path.test(f.value ?? ''));

/** The command a finding was reported on (its range starts at the command's first word). */
export function foundAt(list: readonly Found[], range: { start: { line: number; character: number } }): Found | undefined {
  return list.find((x) => x.cmd.words[0]?.range.start.line === range.start.line && x.cmd.words[0]?.range.start.character === range.start.character);
}
