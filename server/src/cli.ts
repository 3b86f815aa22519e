#!/usr/bin/env node
// docker-coach CLI: the same analysis as the editor, for CI and benchmarks (contracts note).
import { lint } from './cli/lint';
import { parseArgs, UsageError, USAGE } from './cli/args';
import { rulesAsJson, rulesAsText, toJson, toSarif, toText } from './cli/format';
import { lessonSummary } from './lessonIndex';

declare const DOCKER_COACH_VERSION: string | undefined;
const version = typeof DOCKER_COACH_VERSION === 'string' ? DOCKER_COACH_VERSION : '0.0.0-dev';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv, process.env);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`docker-coach: ${e.message}\n\n${USAGE}\n`); return 2; }
    throw e;
  }
  switch (args.command) {
    case 'help': process.stdout.write(`${USAGE}\n`); return 0;
    case 'version': process.stdout.write(`${version}\n`); return 0;
    case 'rules': process.stdout.write(args.format === 'json' ? rulesAsJson(args.lang) : rulesAsText(args.lang)); return 0;
    case 'lint': {
      let result;
      try {
        result = lint(args, (code, e) => process.stderr.write(`docker-coach: rule ${code} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`));
      } catch (e) {
        if (e instanceof UsageError) { process.stderr.write(`docker-coach: ${e.message}\n`); return 2; }
        throw e;
      }
      const out = args.format === 'json' ? toJson(result)
        : args.format === 'sarif' ? toSarif(result, args.lang, version, (id) => lessonSummary(id, args.lang))
          : toText(result, args.lang);
      process.stdout.write(out);
      return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
    }
  }
}

try {
  // Never process.exit() after a big write: piped output would be cut (contracts note).
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`docker-coach: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
}
