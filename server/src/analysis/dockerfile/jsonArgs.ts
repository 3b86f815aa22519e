// Why an exec-form argument list (`["node", "app.js"]`) is not valid JSON, in terms a learner
// can act on. Docker does not report these: it silently falls back to the shell form.

export type JsonProblem =
  | { kind: 'unquoted'; word: string }
  | { kind: 'missing-comma'; word: string }
  | { kind: 'trailing-comma' }
  | { kind: 'smart-quotes' }
  | { kind: 'not-closed' }
  | { kind: 'non-string'; word: string }
  | { kind: 'trailing-text'; word: string }
  | { kind: 'bad-escape'; word: string }
  | { kind: 'other' };

const WORD_END = /[\s,\]]/;

function readWord(s: string, i: number): string {
  let j = i;
  while (j < s.length && !WORD_END.test(s[j] as string)) j++;
  return s.slice(i, j);
}

/** Diagnoses `text` (trimmed, starting with `[`); undefined when it is a valid string array. */
export function diagnoseJsonArray(text: string): JsonProblem | undefined {
  const s = text.trim();
  if (/[\u201C\u201D\u201E\u00AB\u00BB]/.test(s)) return { kind: 'smart-quotes' };
  let i = 1;
  let state: 'first' | 'value' | 'after' = 'first';
  for (;;) {
    while (i < s.length && /\s/.test(s[i] as string)) i++;
    if (i >= s.length) return { kind: 'not-closed' };
    const c = s[i] as string;
    if (state === 'after') {
      if (c === ',') { state = 'value'; i++; continue; }
      if (c === ']') {
        const rest = s.slice(i + 1).trim();
        if (rest) return { kind: 'trailing-text', word: readWord(rest, 0) || (rest[0] as string) };
        return { kind: 'other' };
      }
      if (c === '"') {
        const end = s.indexOf('"', i + 1);
        return { kind: 'missing-comma', word: end > 0 ? s.slice(i, end + 1) : s.slice(i) };
      }
      return { kind: 'unquoted', word: readWord(s, i) || c };
    }
    if (c === ']') {
      if (state === 'value') return { kind: 'trailing-comma' };
      const rest = s.slice(i + 1).trim();
      return rest ? { kind: 'trailing-text', word: readWord(rest, 0) || (rest[0] as string) } : undefined;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && !/["\\/bfnrtu]/.test(s[j + 1] ?? '')) {
          const end = s.indexOf('"', j);
          return { kind: 'bad-escape', word: s.slice(i, end > 0 ? end + 1 : s.length) };
        }
        j += s[j] === '\\' ? 2 : 1;
      }
      if (j >= s.length) return { kind: 'not-closed' };
      i = j + 1;
      state = 'after';
      continue;
    }
    const word = readWord(s, i) || c;
    if (/^(-?\d[\d.eE+-]*|true|false|null)$/.test(word) || c === '{' || c === '[') return { kind: 'non-string', word };
    return { kind: 'unquoted', word };
  }
}

/** A `'` outside double-quoted strings: the single-quote mistake, reported by its own rule. */
export function hasSingleQuotes(text: string): boolean {
  let inDouble = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inDouble && c === '\\') { i++; continue; }
    if (c === '"') inDouble = !inDouble;
    else if (c === "'" && !inDouble) return true;
  }
  return false;
}
