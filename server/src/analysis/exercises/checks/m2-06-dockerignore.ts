// Exercise of lesson m2-06-dockerignore: the build context of the learner's Dockerfile has a
// .dockerignore that keeps out .git, node_modules and .env files, and does not exclude a file the
// Dockerfile copies. Patterns follow Docker's matcher: root-relative, `*` within one path
// segment, `**` across segments, `!` re-includes, the last matching line wins, and a pattern
// that matches a folder excludes everything under it.
import type { DockerfileModel, Instruction } from '../../dockerfile/model';
import { criterion, dockerfiles } from '../helpers';
import type { Criterion, ExerciseCheck, WorkspaceFiles } from '../types';

interface Pattern { re: RegExp; negate: boolean }

function patternRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; out += '(?:.*/)?'; } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else { out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`; i = end; }
    } else if (c === '\\' && i + 1 < glob.length) { i++; out += (glob[i] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'); }
    else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function clean(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop(); else parts.push(p);
  }
  return parts.join('/');
}

export function parseIgnore(text: string): Pattern[] {
  const out: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = clean(line);
    if (line === '') continue;
    out.push({ re: patternRegExp(line), negate });
  }
  return out;
}

/** True when `path` (relative to the context) is left out of the build context. */
export function isExcluded(patterns: Pattern[], path: string): boolean {
  const target = clean(path);
  const prefixes: string[] = [];
  const parts = target.split('/');
  for (let i = 1; i <= parts.length; i++) prefixes.push(parts.slice(0, i).join('/'));
  let excluded = false;
  for (const p of patterns) {
    if (prefixes.some((x) => p.re.test(x))) excluded = !p.negate;
  }
  return excluded;
}

function flagNames(instr: Instruction): string[] {
  const node = instr.node as unknown as { getFlags?: () => { getName(): string }[] };
  return [...instr.flags.map((f) => f.name), ...(node.getFlags?.() ?? []).map((f) => f.getName().toLowerCase())];
}

function copiedSources(model: DockerfileModel): string[] {
  const out: string[] = [];
  for (const instr of model.instructions) {
    if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') continue;
    if (flagNames(instr).includes('from') || instr.heredoc) continue;
    const words = instr.execForm ?? instr.args.map((a) => a.value);
    for (const src of words.slice(0, -1)) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith('git@') || /[*?[$]/.test(src)) continue;
      if (clean(src) === '') continue;
      out.push(src);
    }
  }
  return out;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function judge(files: WorkspaceFiles, dockerfile: { path: string; model: DockerfileModel } | undefined): Criterion[] {
  const dir = dockerfile ? dirOf(dockerfile.path) : '';
  const candidates = dockerfile ? [`${dockerfile.path}.dockerignore`, `${dir}.dockerignore`] : ['.dockerignore'];
  const text = candidates.map((c) => files.read(c)).find((t) => t !== undefined);
  const patterns = text === undefined ? [] : parseIgnore(text);
  const has = text !== undefined;
  const sources = dockerfile ? copiedSources(dockerfile.model) : [];
  const missing = sources.filter((s) => isExcluded(patterns, s));
  return [
    criterion('present', has,
      'A .dockerignore file sits at the root of the build context, next to your Dockerfile.',
      'Файл .dockerignore лежит в корне контекста сборки, рядом с Dockerfile.'),
    criterion('excludes-git', has && isExcluded(patterns, '.git') && isExcluded(patterns, '.git/HEAD'),
      'The .dockerignore excludes the .git folder.',
      '.dockerignore исключает каталог .git.'),
    criterion('excludes-node-modules', has && isExcluded(patterns, 'node_modules'),
      'The .dockerignore excludes node_modules, so dependencies are installed inside the image and not copied from your machine.',
      '.dockerignore исключает node_modules: зависимости ставятся внутри образа, а не копируются с вашей машины.'),
    criterion('excludes-env', has && isExcluded(patterns, '.env'),
      'The .dockerignore excludes .env files, so local secrets never reach the image.',
      '.dockerignore исключает файлы .env, чтобы локальные секреты не попали в образ.'),
    criterion('copies-kept', has && dockerfile !== undefined && missing.length === 0,
      missing.length > 0
        ? `Every file your Dockerfile copies stays in the context: ${missing.join(', ')} is excluded by .dockerignore, so the build fails.`
        : 'Every file your Dockerfile copies stays in the context (none of them is excluded by .dockerignore).',
      missing.length > 0
        ? `Всё, что копирует Dockerfile, остаётся в контексте: ${missing.join(', ')} исключено в .dockerignore, и сборка упадёт.`
        : 'Всё, что копирует Dockerfile, остаётся в контексте (ничего из этого не исключено в .dockerignore).'),
  ];
}

export const check: ExerciseCheck = {
  id: 'm2-06-dockerignore',
  kind: 'files',
  run(files) {
    let best: Criterion[] | undefined;
    for (const df of dockerfiles(files)) {
      const result = judge(files, df);
      if (!best || result.filter((c) => c.passed).length > best.filter((c) => c.passed).length) best = result;
    }
    return best ?? judge(files, undefined);
  },
};
