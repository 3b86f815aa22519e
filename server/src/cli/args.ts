// Command-line parsing for `docker-coach` (contracts note): options before or after paths.
import type { FileKind, Lang } from '../analysis/types';

export type Format = 'text' | 'json' | 'sarif';

export interface LintArgs { command: 'lint'; format: Format; lang: Lang; config?: string; kind?: FileKind; paths: string[] }
export interface RulesArgs { command: 'rules'; format: 'text' | 'json'; lang: Lang }
export type Args = LintArgs | RulesArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  docker-coach lint [--format text|json|sarif] [--lang en|ru] [--config FILE] [--kind dockerfile|compose] PATH...
  docker-coach rules [--format text|json] [--lang en|ru]
  docker-coach --help | --version

lint: checks Dockerfiles and Compose files (a folder is searched recursively).
Exit status: 0 no error-level finding, 1 some error-level finding, 2 usage or internal error.`;

export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Args {
  if (argv.length === 0) throw new UsageError('no command given');
  const rest = [...argv];
  const first = rest.shift() as string;
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help' };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first !== 'lint' && first !== 'rules') throw new UsageError(`unknown command "${first}"`);
  const opts: Record<string, string> = {};
  const paths: string[] = [];
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--') { paths.push(...rest.splice(0)); break; }
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      const value = eq > 0 ? arg.slice(eq + 1) : rest.shift();
      if (!['format', 'lang', 'config', 'kind'].includes(name)) throw new UsageError(`unknown option --${name}`);
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      opts[name] = value;
      continue;
    }
    paths.push(arg);
  }
  const lang = opts.lang ?? langFromEnv(env);
  if (lang !== 'en' && lang !== 'ru') throw new UsageError(`--lang must be en or ru, not "${lang}"`);
  if (first === 'rules') {
    const format = opts.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`rules --format must be text or json, not "${format}"`);
    if (paths.length > 0) throw new UsageError('rules takes no paths');
    return { command: 'rules', format, lang };
  }
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  if (opts.kind !== undefined && opts.kind !== 'dockerfile' && opts.kind !== 'compose') throw new UsageError(`--kind must be dockerfile or compose, not "${opts.kind}"`);
  if (paths.length === 0) throw new UsageError('lint needs at least one PATH');
  const out: LintArgs = { command: 'lint', format, lang, paths };
  if (opts.config !== undefined) out.config = opts.config;
  if (opts.kind !== undefined) out.kind = opts.kind as FileKind;
  return out;
}
