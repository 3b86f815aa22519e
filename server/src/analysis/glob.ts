// Minimal globs for ignore lists and compose patterns: `**` any folders, `*` and `?` within a
// name, `{a,b}` alternatives. Compiled regexes are cached: the same few globs run per file.
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; out += '(?:.*/)?'; } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',' && out.includes('(?:')) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  re = new RegExp(`^${out}$`);
  cache.set(glob, re);
  return re;
}

/** Does a slash-separated relative path match any glob (a glob naming a folder matches inside it)? */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  return globs.some((g) => {
    const re = globToRegExp(g.replace(/\/$/, ''));
    if (re.test(relPath)) return true;
    const parts = relPath.split('/');
    for (let i = 1; i < parts.length; i++) if (re.test(parts.slice(0, i).join('/'))) return true;
    return false;
  });
}
