// The named hostile inputs (issue "Reliability and security"), listed once: the analysis test
// (hostile.test.ts), the server test (test/server/hostile.test.ts) and the CLI test
// (cli-hostile.test.ts) each run every case through their own door.
import { randomBytes } from 'node:crypto';
import type { FileKind } from '../../server/src/analysis/types';

export interface HostileCase {
  name: string;
  /** The file's name on disk (the CLI picks the kind from it). */
  fileName: string;
  kind: FileKind;
  /** Text, or real bytes (binary, invalid UTF-8, a byte order mark). */
  content: string | Buffer;
  /**
   * Each step ends within this many milliseconds: the analysis, each server request (from didOpen
   * to publishDiagnostics, from a request to its answer) and a whole CLI run (node's start
   * included). Several times what the step takes today, so a slower machine passes and a
   * quadratic walk does not.
   */
  budgetMs: number;
  /** What a normal result holds for this case. */
  expect?: {
    /** Codes that must be among the findings. */
    codes?: string[];
    /** Exactly this many findings. */
    count?: number;
    /** No finding of severity error. */
    noErrors?: boolean;
  };
}

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

function aliasBomb(): string {
  let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++) text += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
  return `${text}services:\n  web:\n    image: nginx:1.27\n`;
}

function threeThousandServices(): string {
  let text = 'services:\n';
  for (let i = 0; i < 3_000; i++) text += `  s${i}:\n    image: nginx:1.27\n    depends_on: [s${(i + 1) % 3_000}]\n`;
  return text;
}

/** Random bytes with a NUL among them: what a binary file is to a text editor. */
function binary(): Buffer {
  const bytes = randomBytes(100_000);
  bytes[100] = 0;
  return bytes;
}

const DEEP = 20_000;
const nestedDefault = (depth: number): string => `${'${A:-'.repeat(depth)}x${'}'.repeat(depth)}`;

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'a 50,000-line Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 10_000,
    content: `FROM debian:12\n${lines(50_000, (i) => `RUN echo ${i}`)}\n`, expect: { codes: ['DF010', 'DF030'], noErrors: true } },
  { name: 'a one-megabyte line in a Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 10_000,
    content: `FROM node:22\nRUN echo ${'a'.repeat(1_000_000)}\n`, expect: { codes: ['DF010'], noErrors: true } },
  { name: 'a one-megabyte line in a compose file', fileName: 'compose.yaml', kind: 'compose', budgetMs: 5_000,
    content: `services:\n  web:\n    image: nginx:1.27\n    command: ${'b'.repeat(1_000_000)}\n`, expect: { noErrors: true } },
  { name: 'a YAML alias bomb', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: aliasBomb(), expect: { codes: ['DC024'] } },
  { name: '20,000 levels of nested flow sequences', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: `services:\n  web:\n    x: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`, expect: { codes: ['DC024'] } },
  { name: '5,000 levels of nested flow mappings', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: `services:\n  web:\n    x: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n`, expect: { codes: ['DC024'] } },
  { name: '20,000 levels of nested variable defaults in a compose file', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: `services:\n  web:\n    image: nginx:1.27\n    command: "${nestedDefault(DEEP)}"\n`, expect: { noErrors: true } },
  { name: '20,000 levels of nested variable defaults in a Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 3_000,
    content: `FROM node:22\nARG A\nRUN echo ${nestedDefault(DEEP)}\n`, expect: { codes: ['DF010'], noErrors: true } },
  { name: '20,000 levels of nested command substitution in a Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 3_000,
    content: `FROM node:22\nRUN echo ${'$('.repeat(DEEP)}x${')'.repeat(DEEP)}\n`, expect: { codes: ['DF010'], noErrors: true } },
  { name: '20,000 levels of nested JSON arrays in a Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 3_000,
    content: `FROM node:22\nCMD ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`, expect: { codes: ['DF010'], noErrors: true } },
  { name: '20,000 continuation lines in one instruction', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 5_000,
    content: `FROM node:22\nRUN echo start \\\n${lines(DEEP, (i) => `  && echo ${i} \\`)}\n  && echo end\n`, expect: { codes: ['DF010'], noErrors: true } },
  { name: 'a binary file named Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 3_000,
    content: binary(), expect: { codes: ['DF034'], count: 1 } },
  { name: 'a binary file named compose.yaml', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: binary(), expect: { codes: ['DC001'], count: 1 } },
  { name: 'invalid UTF-8 in a Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 3_000,
    content: Buffer.concat([Buffer.from('FROM node:22\r\nRUN echo '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from('\r\n')]), expect: { codes: ['DF010'], noErrors: true } },
  { name: 'invalid UTF-8 in a compose file', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: Buffer.concat([Buffer.from('services:\n  web:\n    image: nginx:1.27\n    command: echo '), Buffer.from([0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80]), Buffer.from('\n')]), expect: { noErrors: true } },
  { name: 'a BOM with CRLF line ends in a Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 3_000,
    content: '\ufeffFROM node:22\r\nARG V=1\r\nRUN echo $V\r\nCMD ["node"]\r\n', expect: { codes: ['DF010'], noErrors: true } },
  { name: 'a BOM with CRLF line ends in a compose file', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: '\ufeffservices:\r\n  web:\r\n    image: nginx:1.27\r\n    depends_on: [db]\r\n  db:\r\n    image: postgres:17\r\n', expect: { noErrors: true } },
  // A new, still empty file shows no error while the learner starts typing.
  { name: 'an empty Dockerfile', fileName: 'Dockerfile', kind: 'dockerfile', budgetMs: 3_000, content: '', expect: { noErrors: true } },
  { name: 'an empty compose file', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000, content: '', expect: { noErrors: true } },
  { name: 'a compose file that is a list', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000, content: '- a\n- b\n', expect: { codes: ['DC002'] } },
  { name: 'a dependency cycle', fileName: 'compose.yaml', kind: 'compose', budgetMs: 3_000,
    content: 'services:\n  a:\n    image: x:1\n    depends_on: [b]\n  b:\n    image: x:1\n    depends_on: [a]\n', expect: { codes: ['DC006'] } },
  { name: '3,000 services', fileName: 'compose.yaml', kind: 'compose', budgetMs: 10_000, content: threeThousandServices(), expect: { codes: ['DC006'] } },
];

/** The text an editor shows for the case: bytes decoded as UTF-8, invalid sequences as U+FFFD. */
export function textOf(c: HostileCase): string {
  return typeof c.content === 'string' ? c.content : c.content.toString('utf8');
}

/** Line ends as LSP counts them (\r\n, \r and \n). */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Problems with a case's findings against its expectations ([] when it is a normal result). */
export function unmet(c: HostileCase, findings: readonly { code?: string | number | undefined; severity?: string | number | undefined }[], isError: (severity: string | number | undefined) => boolean): string[] {
  const problems: string[] = [];
  const codes = findings.map((f) => String(f.code));
  if (codes.includes('internal')) problems.push(`an internal finding: ${codes.join(', ')}`);
  for (const code of c.expect?.codes ?? []) if (!codes.includes(code)) problems.push(`expected ${code} among [${codes.join(', ')}]`);
  if (c.expect?.count !== undefined && findings.length !== c.expect.count) problems.push(`expected ${c.expect.count} finding(s), got ${findings.length}: ${codes.join(', ')}`);
  if (c.expect?.noErrors && findings.some((f) => isError(f.severity))) problems.push(`expected no errors: ${codes.join(', ')}`);
  return problems;
}
