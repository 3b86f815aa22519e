// .dockerignore as the builder reads it: one pattern per line, `#` comments, `!` exceptions,
// the last matching pattern wins, and a path is excluded when it or a parent folder matches.
import { globToRegExp } from '../glob';

interface Pattern { re: RegExp; exclude: boolean; text: string; line: number }

export interface DockerIgnore { excludedBy(relPath: string): { pattern: string; line: number } | undefined }

export function parseDockerignore(text: string): DockerIgnore {
  const patterns: Pattern[] = [];
  text.split(/\r?\n/).forEach((raw, line) => {
    let p = raw.trim();
    if (!p || p.startsWith('#')) return;
    const exclude = !p.startsWith('!');
    if (!exclude) p = p.slice(1).trim();
    p = p.replace(/^\/+/, '').replace(/\/+$/, '').replace(/^\.\//, '');
    if (!p || p === '.') return;
    patterns.push({ re: globToRegExp(p), exclude, text: raw.trim(), line });
  });
  return {
    excludedBy(relPath) {
      const parts = relPath.replace(/^\.\//, '').split('/').filter(Boolean);
      let verdict: Pattern | undefined;
      for (const pat of patterns) {
        let matches = false;
        for (let i = parts.length; i >= 1 && !matches; i--) matches = pat.re.test(parts.slice(0, i).join('/'));
        if (matches) verdict = pat;
      }
      return verdict?.exclude ? { pattern: verdict.text, line: verdict.line } : undefined;
    },
  };
}
