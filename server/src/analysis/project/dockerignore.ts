// .dockerignore as the builder reads it (moby/patternmatcher and its ignorefile reader): the one
// matcher of the XP rules and the exercise checks.
// - A line that starts with `#` is a comment, blank lines are skipped, each line is trimmed.
// - `!` starts an exception. A pattern is cleaned like Go's filepath.Clean (`./`, `//`, `..`, a
//   trailing `/`) and loses one leading `/`: patterns are relative to the context root.
// - `*` and `?` stay within one path segment, `[...]` is a class (`[^...]` negates), `\` escapes
//   the next character, `**` spans any number of folders (none too).
// - A path is excluded when it or a folder above it matches; the last matching pattern wins.
import { posix } from 'node:path';

export interface DockerignorePattern {
  /** The line as written (trimmed), `!` included. */
  text: string;
  /** 0-based line in the file. */
  line: number;
  exception: boolean;
  /** Does this pattern match the clean context path itself (not its folders)? */
  matches(path: string): boolean;
}

export interface DockerIgnore {
  patterns: readonly DockerignorePattern[];
  /** Is the path (relative to the context root) left out of the build context? */
  excludes(path: string): boolean;
  /** The last pattern that matches a path left out of the context, or undefined when the path stays in. */
  excludedBy(path: string): { pattern: string; line: number } | undefined;
}

/** Go's filepath.Clean on a slash path: `.` for nothing, no trailing slash. */
function goClean(path: string): string {
  const normal = posix.normalize(path);
  return normal.length > 1 ? normal.replace(/\/$/, '') : normal;
}

/** A path relative to the context root, cleaned as the builder cleans it: `./a//b/../c/` -> `a/c`, `..` cannot climb out, '' is the root. */
export function contextPath(path: string): string {
  return goClean(`/${path}`).slice(1);
}

/** What the builder escapes in a pattern; `^`, `[` and `]` pass through, so `[^a]` is a class. */
const GO_ESCAPED = /[.+()|{}$]/g;
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Compiles a clean pattern the way patternmatcher does, including its shortcuts: a pattern with no
 * wildcard is compared as text, `X**` is a prefix, and `**X` with no other wildcard is a suffix
 * (so `**foo` matches `barfoo`, and `**\/foo` matches `foo` and `a/foo`).
 */
function compile(pattern: string): (path: string) => boolean {
  let re = '';
  let type: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  for (let i = 0, token = 0; i < pattern.length; token++) {
    const ch = pattern[i++] as string;
    if (ch === '*' && pattern[i] === '*') {
      i++;
      if (pattern[i] === '/') i++;
      if (i < pattern.length) {
        re += '(?:.*/)?';
        type = 'regexp';
      } else if (type === 'exact') type = 'prefix';
      else {
        re += '.*';
        type = 'regexp';
      }
      if (token === 0) type = 'suffix';
    } else if (ch === '*' || ch === '?') {
      re += ch === '*' ? '[^/]*' : '[^/]';
      type = 'regexp';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else if (ch === '\\' && i < pattern.length) {
      re += (pattern[i++] as string).replace(REGEXP_SPECIAL, '\\$&');
      type = 'regexp';
    } else re += ch.replace(GO_ESCAPED, '\\$&');
  }
  if (type === 'exact') return (path) => path === pattern;
  if (type === 'prefix') return (path) => path.startsWith(pattern.slice(0, -2));
  if (type === 'suffix') {
    const tail = pattern.slice(2);
    return (path) => path.endsWith(tail) || (tail.startsWith('/') && path === tail.slice(1));
  }
  try {
    const compiled = new RegExp(`^${re}$`);
    return (path) => compiled.test(path);
  } catch {
    return () => false; // a pattern Go's filepath.Match rejects (`[a-`): the builder refuses the file
  }
}

export function parseDockerignore(text: string): DockerIgnore {
  const patterns: DockerignorePattern[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, line) => {
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (pattern === '') return;
    pattern = goClean(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    patterns.push({ text: raw.trim(), line, exception, matches: compile(pattern) });
  });

  function lastMatch(path: string): DockerignorePattern | undefined {
    const target = contextPath(path);
    if (target === '') return undefined; // the context root itself is always sent
    const parts = target.split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let verdict: DockerignorePattern | undefined;
    for (const p of patterns) if (candidates.some((c) => p.matches(c))) verdict = p;
    return verdict;
  }

  return {
    patterns,
    excludes: (path) => lastMatch(path)?.exception === false,
    excludedBy(path) {
      const hit = lastMatch(path);
      return hit && !hit.exception ? { pattern: hit.text, line: hit.line } : undefined;
    },
  };
}
