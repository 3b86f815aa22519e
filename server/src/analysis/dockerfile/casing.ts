// Keyword casing, shared by DF036 and DF040 (and their fixes) and the formatter. The builder
// reads instruction keywords, the AS of `FROM image AS name` and ONBUILD's trigger keyword in
// any case, so changing their case never changes what the file means.
import type { TextEdit } from '../types';
import { isInstruction } from './keywords';
import type { Instruction, Word } from './model';

export type KeywordCase = 'upper' | 'lower';

/** The case a word is written in, or undefined when it mixes cases (`Run`). */
export function caseOf(written: string): KeywordCase | undefined {
  if (written === written.toUpperCase()) return 'upper';
  if (written === written.toLowerCase()) return 'lower';
  return undefined;
}

export function inCase(word: string, target: KeywordCase): string {
  return target === 'upper' ? word.toUpperCase() : word.toLowerCase();
}

/** A single-line word whose range spans exactly its text (not one joined across a continuation). */
function plain(word: Word | undefined): word is Word {
  return word !== undefined && word.range.start.line === word.range.end.line
    && word.range.end.character - word.range.start.character === word.value.length;
}

/** The `AS` of `FROM image AS name`, when written on one line. */
export function fromAsWord(instr: Instruction): Word | undefined {
  const as = instr.args[1];
  return instr.keyword === 'FROM' && instr.args.length >= 3 && plain(as) && as.value.toUpperCase() === 'AS' ? as : undefined;
}

/** The trigger keyword of `ONBUILD RUN ...`, when it is a known instruction. */
export function onbuildTrigger(instr: Instruction): Word | undefined {
  const trigger = instr.args[0];
  return instr.keyword === 'ONBUILD' && instr.flags.length === 0 && plain(trigger) && isInstruction(trigger.value) ? trigger : undefined;
}

/**
 * Edits that write one instruction's keywords in `target` case: the keyword, FROM's AS and
 * ONBUILD's trigger. Only where the text changes; nothing for unknown keywords.
 */
export function keywordCaseEdits(instr: Instruction, target: KeywordCase): TextEdit[] {
  const keyword: Word = { value: instr.written, range: instr.keywordRange };
  if (!isInstruction(instr.keyword) || !plain(keyword)) return [];
  const edits: TextEdit[] = [];
  for (const w of [keyword, fromAsWord(instr) ?? onbuildTrigger(instr)]) {
    if (!w) continue;
    const cased = inCase(w.value, target);
    if (cased !== w.value) edits.push({ range: w.range, newText: cased });
  }
  return edits;
}
