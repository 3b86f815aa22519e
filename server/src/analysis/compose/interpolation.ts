// Compose variable interpolation, as Compose itself does it (compose-go's template package):
//   $$            a literal $
//   $VAR ${VAR}   the value (empty, with a warning from Compose, when unset)
//   ${VAR:-d}     d when VAR is unset or empty      ${VAR-d}   d when VAR is unset
//   ${VAR:?err}   error when VAR is unset or empty  ${VAR?err} error when VAR is unset
//   ${VAR:+alt}   alt when VAR is set and not empty ${VAR+alt} alt when VAR is set
// Defaults and alternatives may themselves hold variables (`${A:-${B}}`). A malformed `${...}`
// (no name, an unknown operator, no closing brace) is an invalid template: Compose v2 refuses the
// file. A `$` followed by anything else (`$1`, `$ `) is kept as written by Compose v2 (v1 refused
// it). Pure: no environment is read here; callers pass a lookup.

export type Operator = '' | ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface VariableUse {
  name: string;
  /** Offsets in the string: the whole `${...}` or `$NAME`. */
  start: number;
  end: number;
  /** Offsets of the name itself. */
  nameStart: number;
  braced: boolean;
  op: Operator;
  /** The raw text after the operator (default, error message or alternative). */
  arg?: string;
  argStart?: number;
  /** Variables used inside `arg` (offsets in the outer string). */
  nested: VariableUse[];
}

export interface TemplateError { start: number; end: number; reason: 'empty-name' | 'bad-operator' | 'unclosed' }

export interface Template {
  uses: VariableUse[];
  errors: TemplateError[];
  /** True when the string holds any `$` at all (variables, escapes or errors). */
  hasDollar: boolean;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Parses the `$` constructs of a string. Linear in its length (nested braces scanned once per level). */
export function parseTemplate(s: string, offset = 0, depth = 0): Template {
  const uses: VariableUse[] = [];
  const errors: TemplateError[] = [];
  let hasDollar = false;
  let i = 0;
  while (i < s.length) {
    const at = s.indexOf('$', i);
    if (at < 0) break;
    hasDollar = true;
    const next = s[at + 1];
    if (next === '$') { i = at + 2; continue; }
    if (next !== undefined && NAME_START.test(next)) {
      let j = at + 2;
      while (j < s.length && NAME_CHAR.test(s[j] as string)) j++;
      uses.push({ name: s.slice(at + 1, j), start: offset + at, end: offset + j, nameStart: offset + at + 1, braced: false, op: '', nested: [] });
      i = j;
      continue;
    }
    if (next !== '{') { i = at + 1; continue; }
    // ${ ... }: find the matching close brace first, so an error skips the whole construct.
    let close = -1;
    let level = 0;
    for (let j = at + 2; j < s.length; j++) {
      const c = s[j];
      if (c === '{') level++;
      else if (c === '}') { if (level === 0) { close = j; break; } level--; }
    }
    if (close < 0) { errors.push({ start: offset + at, end: offset + s.length, reason: 'unclosed' }); break; }
    let j = at + 2;
    if (j >= close || !NAME_START.test(s[j] as string)) {
      errors.push({ start: offset + at, end: offset + close + 1, reason: 'empty-name' });
      i = close + 1;
      continue;
    }
    while (j < close && NAME_CHAR.test(s[j] as string)) j++;
    const name = s.slice(at + 2, j);
    const use: VariableUse = { name, start: offset + at, end: offset + close + 1, nameStart: offset + at + 2, braced: true, op: '', nested: [] };
    if (j < close) {
      const two = s.slice(j, j + 2);
      const one = s[j] as string;
      const op: Operator | undefined = two === ':-' || two === ':?' || two === ':+' ? two : one === '-' || one === '?' || one === '+' ? one : undefined;
      if (!op) {
        errors.push({ start: offset + at, end: offset + close + 1, reason: 'bad-operator' });
        i = close + 1;
        continue;
      }
      use.op = op;
      const argStart = j + op.length;
      use.arg = s.slice(argStart, close);
      use.argStart = offset + argStart;
      if (op !== ':?' && op !== '?' && depth < 16) {
        const inner = parseTemplate(use.arg, offset + argStart, depth + 1);
        use.nested = inner.uses;
        errors.push(...inner.errors);
      }
    }
    uses.push(use);
    i = close + 1;
  }
  return { uses, errors, hasDollar };
}

/** Every variable name a string uses, nested defaults included, each with its use. */
export function allUses(t: Template): VariableUse[] {
  const out: VariableUse[] = [];
  const walk = (list: VariableUse[]) => { for (const u of list) { out.push(u); walk(u.nested); } };
  walk(t.uses);
  return out;
}

/** A variable's value, or undefined when it is not known to be set. */
export type Lookup = (name: string) => string | undefined;

export interface Interpolated {
  value: string;
  /** False when a variable without a default was unknown, or a `?` error would stop Compose. */
  complete: boolean;
  /** Names read from the lookup that were unknown and had no default. */
  missing: string[];
}

/** Substitutes like Compose. Unknown variables without a default become '' and mark the result incomplete. */
export function interpolate(s: string, lookup: Lookup, depth = 0): Interpolated {
  if (!s.includes('$')) return { value: s, complete: true, missing: [] };
  const t = parseTemplate(s);
  if (t.errors.length > 0) return { value: s, complete: false, missing: [] };
  let out = '';
  let last = 0;
  let complete = true;
  const missing: string[] = [];
  const sub = (text: string): string => {
    if (depth >= 16) { complete = false; return ''; }
    const r = interpolate(text, lookup, depth + 1);
    if (!r.complete) complete = false;
    missing.push(...r.missing);
    return r.value;
  };
  for (const u of t.uses) {
    out += unescape(s.slice(last, u.start));
    last = u.end;
    const v = lookup(u.name);
    const set = v !== undefined;
    const nonEmpty = set && v !== '';
    switch (u.op) {
      case '':
        if (!set) { complete = false; missing.push(u.name); }
        out += v ?? '';
        break;
      case ':-': out += nonEmpty ? v : sub(u.arg ?? ''); break;
      case '-': out += set ? v : sub(u.arg ?? ''); break;
      case ':?': if (!nonEmpty) complete = false; out += v ?? ''; break;
      case '?': if (!set) complete = false; out += v ?? ''; break;
      case ':+': if (!set) complete = false; out += nonEmpty ? sub(u.arg ?? '') : ''; break;
      case '+': if (!set) complete = false; out += set ? sub(u.arg ?? '') : ''; break;
    }
  }
  out += unescape(s.slice(last));
  return { value: out, complete, missing };
}

function unescape(text: string): string {
  return text.includes('$$') ? text.replace(/\$\$/g, '$') : text;
}

/** Interpolation with no variables known: only defaults count. */
export const NO_VARIABLES: Lookup = () => undefined;

export interface DotEnvEntry { name: string; value: string; line: number }

/**
 * Reads a .env file as Compose does (KEY=VALUE, `export KEY=VALUE`, # comments, single quotes
 * literal, double quotes with \n escapes and continuing over lines, inline ` #comments` after
 * unquoted values). Values may use variables defined above them.
 */
export function parseDotEnv(text: string): Map<string, DotEnvEntry> {
  const out = new Map<string, DotEnvEntry>();
  const lines = text.split(/\r?\n/);
  const lookup: Lookup = (n) => out.get(n)?.value;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/^\uFEFF/, '');
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:([=:])\s?(.*))?$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    const name = m[1] as string;
    const start = i;
    if (m[2] === undefined) continue; // a bare KEY: taken from the shell, if at all
    let raw = (m[3] ?? '').trim();
    let value: string;
    const q = raw[0];
    if (q === '"' || q === "'") {
      let body = raw.slice(1);
      let end = findClose(body, q);
      while (end < 0 && i + 1 < lines.length) { body += '\n' + (lines[++i] as string); end = findClose(body, q); }
      body = end < 0 ? body : body.slice(0, end);
      value = q === "'" ? body : interpolate(body.replace(/\\(["\\$])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t'), lookup).value;
    } else {
      const hash = raw.search(/\s#/);
      if (hash >= 0) raw = raw.slice(0, hash).trimEnd();
      value = interpolate(raw, lookup).value;
    }
    out.set(name, { name, value, line: start });
  }
  return out;
}

function findClose(body: string, q: string): number {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && q === '"') { i++; continue; }
    if (body[i] === q) return i;
  }
  return -1;
}
