// Dockerfile formatting: what changes (keyword case, spacing, continuation indentation, blank
// lines, final newline) and everything that must not (heredocs, JSON, quotes, comments,
// directives, unknown instructions, line ends); range and on-type formatting; idempotence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import fc from 'fast-check';
import { parseDockerfile } from '../../../server/src/analysis/dockerfile/model';
import { formatDockerfile, formatOnType } from '../../../server/src/analysis/format/dockerfile';
import { dockerfileFormat, readFormatSettings, DEFAULT_FORMAT_SETTINGS, type DockerfileFormat, type FormatSettings } from '../../../server/src/analysis/format/options';
import type { Position, Range, TextEdit } from '../../../server/src/analysis/types';
import { applyFix } from '../helpers';
import { instructionShapes } from './shape';

const EDITOR = { tabSize: 4, insertSpaces: true };

function fmtOf(settings: Partial<FormatSettings> = {}, editor: Partial<typeof EDITOR> & { insertFinalNewline?: boolean; trimFinalNewlines?: boolean } = {}): DockerfileFormat {
  return dockerfileFormat({ ...DEFAULT_FORMAT_SETTINGS, ...settings }, { ...EDITOR, ...editor });
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text), edits);
}

function format(text: string, fmt = fmtOf(), range?: Range): string {
  return apply(text, formatDockerfile(parseDockerfile(text), fmt, range));
}

function onType(text: string, line: number, fmt = fmtOf()): string {
  const position: Position = { line, character: (text.split(/\r?\n/)[line] ?? '').length };
  return apply(text, formatOnType(parseDockerfile(text), position, fmt));
}

/** Formats, checks a second pass changes nothing, returns the result. */
function formatStable(text: string, fmt = fmtOf()): string {
  const once = format(text, fmt);
  assert.deepEqual(formatDockerfile(parseDockerfile(once), fmt), [], `second pass changed:\n${once}`);
  return once;
}

test('casing: keywords, FROM ... AS and the ONBUILD trigger go upper case; "keep" leaves them', () => {
  const text = 'from alpine:3.20 as build\nRun echo hi\nonbuild run make\ncopy --from=build /a /b\n';
  assert.equal(formatStable(text), 'FROM alpine:3.20 AS build\nRUN echo hi\nONBUILD RUN make\nCOPY --from=build /a /b\n');
  assert.equal(formatStable(text, fmtOf({ instructionCase: 'keep' })), text);
});

test('minimal edits: only the characters that change, one edit per changed piece (spacing inside arguments is kept)', () => {
  const text = 'from alpine:3.20\nRUN   echo  hi   \n';
  const edits = formatDockerfile(parseDockerfile(text), fmtOf());
  assert.deepEqual(edits, [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, newText: 'FROM' },
    { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } }, newText: '' },
    { range: { start: { line: 1, character: 14 }, end: { line: 1, character: 17 } }, newText: '' },
  ]);
  assert.deepEqual(formatDockerfile(parseDockerfile('FROM alpine:3.20\nRUN echo hi\n'), fmtOf()), []);
});

test('spacing: one space after the keyword, no indentation before it, no trailing whitespace', () => {
  assert.equal(formatStable('  FROM\talpine:3.20  \n   RUN    echo   hi\t\nCMD\t\t["sh"]\n'), 'FROM alpine:3.20\nRUN echo   hi\nCMD ["sh"]\n');
});

test('continuation indent: the shallowest continuation line moves to the indent, deeper ones keep their depth', () => {
  const text = 'RUN apt-get update \\\n  && apt-get install -y \\\n      curl \\\n      git \\\n  && rm -rf /var/lib/apt/lists/*\n';
  assert.equal(formatStable(text), 'RUN apt-get update \\\n    && apt-get install -y \\\n        curl \\\n        git \\\n    && rm -rf /var/lib/apt/lists/*\n');
  assert.equal(formatStable(text, fmtOf({ continuationIndent: 2 })), text);
  assert.equal(formatStable('RUN a \\\nb \\\n   c\n', fmtOf({}, { tabSize: 2 })), 'RUN a \\\n  b \\\n     c\n');
  // After `&&\` the indentation is the only break between two words: it moves but never goes.
  assert.equal(formatStable('RUN a &&\\\n  b\n'), 'RUN a &&\\\n    b\n');
  assert.equal(formatStable('RUN a &&\\\n  b \\\n  c\n', fmtOf({ continuationIndent: 0 })), 'RUN a &&\\\n b \\\nc\n');
  // The setting wins over the editor's tab size; without it the tab size is the indent.
  assert.equal(formatStable('RUN a \\\nb\n', fmtOf({ continuationIndent: 3 }, { tabSize: 8 })), 'RUN a \\\n   b\n');
});

test('tabs: with insertSpaces off, continuation lines are indented with tabs', () => {
  const text = 'RUN set -eux; \\\n    apk add \\\n        curl; \\\n    echo done\n';
  assert.equal(formatStable(text, fmtOf({}, { insertSpaces: false })), 'RUN set -eux; \\\n\tapk add \\\n\t\tcurl; \\\n\techo done\n');
  assert.equal(formatStable('RUN a \\\n\tb\n', fmtOf({}, { insertSpaces: false })), 'RUN a \\\n\tb\n');
});

test('CRLF kept: line ends stay \\r\\n, also where lines are removed or a final newline is added', () => {
  const text = 'from alpine:3.20\r\nrun a \\\r\n  b   \r\n\r\n\r\n\r\nCMD ["sh"]';
  const out = formatStable(text, fmtOf({}, { insertFinalNewline: true }));
  assert.equal(out, 'FROM alpine:3.20\r\nRUN a \\\r\n    b\r\n\r\nCMD ["sh"]\r\n');
  assert.doesNotMatch(out, /[^\r]\n/);
});

test('heredocs untouched: bodies, their indentation, trailing spaces and blank lines stay byte for byte', () => {
  const body = '  set -e   \n\n\n\techo "  spaced  "\n   run not-a-keyword\n';
  const text = `from alpine:3.20\nrun   <<EOF\n${body}EOF\ncopy <<-CONF /etc/app.conf\n\tkey = value  \n\tCONF\nRUN --mount=type=cache,target=/root/.cache \\\n  <<EOF\n  pip install x  \nEOF\n`;
  assert.equal(formatStable(text), `FROM alpine:3.20\nRUN <<EOF\n${body}EOF\nCOPY <<-CONF /etc/app.conf\n\tkey = value  \n\tCONF\nRUN --mount=type=cache,target=/root/.cache \\\n  <<EOF\n  pip install x  \nEOF\n`);
});

test('escape directive with backtick: the backtick continues lines, a trailing backslash does not', () => {
  const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nrun dir C:\\ `\n  && echo done\nCOPY a.txt C:\\app\\\n  RUN echo next\n';
  assert.equal(formatStable(text), '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\ `\n    && echo done\nCOPY a.txt C:\\app\\\nRUN echo next\n');
});

test('JSON args untouched: the array is left as written, even across continuation lines', () => {
  const text = 'ENTRYPOINT   ["/bin/sh",   "-c", \\\n            "exec app"]\nCMD [ "a b" ,"c"]\nHEALTHCHECK CMD ["curl", \\\n   "-f", "http://x"]\n';
  assert.equal(formatStable(text), 'ENTRYPOINT ["/bin/sh",   "-c", \\\n            "exec app"]\nCMD [ "a b" ,"c"]\nHEALTHCHECK CMD ["curl", \\\n   "-f", "http://x"]\n');
});

test('quotes and glued words: continuation lines whose indentation is part of a value stay put', () => {
  const cases = [
    'ENV MSG="hello \\\n  world" OTHER=1\n',          // inside double quotes
    "RUN echo 'a \\\n  b'\n",                          // inside single quotes
    'RUN echo foo\\\nbar\n',                           // `foobar`: indenting would split the word
    'RUN echo foo\\\\\n bar\n',                        // `foo\` escapes the next line's first space
    'ENV LEGACY some \\\n  value\n',                   // legacy ENV keeps its value verbatim
    'WORKDIR /my \\\n  dir\n',                         // WORKDIR takes its text as written
    'LABEL description="a \\\n   b"\n',
  ];
  for (const text of cases) assert.equal(formatStable(text), text, text);
  // Outside quotes, in the same instruction, the indentation does move.
  assert.equal(formatStable('ENV A="x y" \\\n  B=2\n'), 'ENV A="x y" \\\n    B=2\n');
});

test('comments in continuations: moved with the block, still comments; a comment left of the block stays', () => {
  const text = 'RUN apt-get update \\\n  # the packages   \n  && apt-get install -y curl \\\n# docker-library style, column 0\n  && rm -rf /var/lib/apt/lists/*\n';
  const out = formatStable(text);
  assert.equal(out, 'RUN apt-get update \\\n    # the packages\n    && apt-get install -y curl \\\n# docker-library style, column 0\n    && rm -rf /var/lib/apt/lists/*\n');
  assert.deepEqual(parseDockerfile(out).instructions.map((i) => i.args.map((a) => a.value)), parseDockerfile(text).instructions.map((i) => i.args.map((a) => a.value)));
  assert.equal(parseDockerfile(out).comments.length, 2);
});

test('top-level comments: trailing whitespace goes; indentation goes after the first instruction only', () => {
  assert.equal(formatStable('   # header  \nFROM alpine:3.20\n    # note   \nRUN true\n'), '   # header\nFROM alpine:3.20\n# note\nRUN true\n');
});

test('directives kept: parser directives stay exactly as written, and stay directives', () => {
  const text = '# syntax=docker/dockerfile:1.7\n#escape=\\  \n\nfrom alpine:3.20\n';
  const out = formatStable(text);
  assert.equal(out, '# syntax=docker/dockerfile:1.7\n#escape=\\  \n\nFROM alpine:3.20\n');
  assert.deepEqual(parseDockerfile(out).directives.map((d) => d.name), ['syntax', 'escape']);
  // Blank lines before a would-be directive are not removed (that would make it one).
  assert.equal(formatStable('\n\n\n# escape=`\nFROM x\n'), '\n# escape=`\nFROM x\n');
  assert.deepEqual(parseDockerfile('\n# escape=`\nFROM x\n').directives, []);
  // An escape directive the parser missed (after a directive with trailing spaces, the builder
  // still reads it): the continuation character is uncertain, so nothing is formatted.
  const unsure = '# syntax=docker/dockerfile:1   \n# escape=`\nfrom x\nrun a `\n  b\n';
  assert.equal(parseDockerfile(unsure).escape, '\\');
  assert.deepEqual(formatDockerfile(parseDockerfile(unsure), fmtOf()), []);
  assert.deepEqual(formatOnType(parseDockerfile('# syntax=x  \n# escape=`\nRUN a `\n'), { line: 3, character: 0 }, fmtOf()), []);
});

test('unparseable lines kept: unknown instructions stay exactly as written', () => {
  const text = 'FROM alpine:3.20\n  form   x   \nRUN\\\necho   \nrunn a \\\n      b\n';
  assert.equal(formatStable(text), 'FROM alpine:3.20\n  form   x   \nRUN\\\necho   \nrunn a \\\n      b\n');
});

test('blank line collapse: runs become one line; off keeps them; heredoc and continuation blanks are not touched', () => {
  const text = 'FROM alpine:3.20\n\n\n\nRUN a \\\n\n\n  b\n  \t\n\nRUN <<EOF\n\n\n\nEOF\n\n\n';
  assert.equal(formatStable(text), 'FROM alpine:3.20\n\nRUN a \\\n\n\n    b\n\nRUN <<EOF\n\n\n\nEOF\n\n');
  assert.equal(formatStable(text, fmtOf({ collapseBlankLines: false })), 'FROM alpine:3.20\n\n\n\nRUN a \\\n\n\n    b\n\n\nRUN <<EOF\n\n\n\nEOF\n\n\n');
});

test('final newline: added or trimmed only when the editor asks', () => {
  assert.equal(formatStable('FROM x\nRUN a'), 'FROM x\nRUN a');
  assert.equal(formatStable('FROM x\nRUN a', fmtOf({}, { insertFinalNewline: true })), 'FROM x\nRUN a\n');
  assert.equal(formatStable('FROM x\nRUN a\n\n\n', fmtOf({}, { trimFinalNewlines: true })), 'FROM x\nRUN a\n');
  assert.equal(formatStable('FROM x\nRUN a\n  \n', fmtOf({ collapseBlankLines: false })), 'FROM x\nRUN a\n\n');
  assert.equal(formatStable('', fmtOf({}, { insertFinalNewline: true })), '');
  assert.equal(formatStable('\n\n\n', fmtOf({}, { trimFinalNewlines: true })), '');
});

test('range formatting touches only the instructions that intersect the range', () => {
  const text = 'from a\nrun   x \\\n  y\nrun   z\n\n\n\ncmd   ["w"]\n';
  const line = (l: number, c = 0): Position => ({ line: l, character: c });
  // A range inside the continuation line formats the whole RUN, nothing else.
  assert.equal(format(text, fmtOf(), { start: line(2, 1), end: line(2, 2) }), 'from a\nRUN x \\\n    y\nrun   z\n\n\n\ncmd   ["w"]\n');
  // Whole lines 3..7 (ending at column 0 of line 8): the blank run and the last two instructions.
  assert.equal(format(text, fmtOf(), { start: line(3), end: line(8) }), 'from a\nrun   x \\\n  y\nRUN z\n\nCMD ["w"]\n');
  assert.deepEqual(formatDockerfile(parseDockerfile(text), fmtOf(), { start: line(4), end: line(4) }), []);
  assert.equal(format(text, fmtOf(), { start: line(5), end: line(5) }), 'from a\nrun   x \\\n  y\nrun   z\n\n\ncmd   ["w"]\n');
});

test('on-type: a new line after a continuation gets the indent; after the last continuation line it goes back to column 0', () => {
  assert.equal(onType('FROM x\nRUN apt-get update \\\n', 2), 'FROM x\nRUN apt-get update \\\n    ');
  assert.equal(onType('RUN apt-get update \\\n  ', 1), 'RUN apt-get update \\\n    ');
  assert.equal(onType('RUN apt-get update \\\n    && apt-get install -y curl\n    ', 2), 'RUN apt-get update \\\n    && apt-get install -y curl\n');
  assert.equal(onType('RUN a \\\n\tb \\\n\t', 2, fmtOf({}, { insertSpaces: false })), 'RUN a \\\n\tb \\\n\t');
  // Text moved down by Enter is indented too.
  assert.equal(onType('RUN a \\\n&& b\n', 1), 'RUN a \\\n    && b\n');
});

test('on-type is conservative: deeper lines, heredocs, quotes and glued words stay', () => {
  const unchanged = [
    ['RUN apt-get install -y \\\n        curl \\\n        ', 2],   // the editor kept the nesting
    ['RUN <<EOF\n', 1],                                         // a heredoc body
    ['RUN echo "a \\\n', 1],                                     // inside quotes
    ['RUN echo foo\\\n', 1],                                    // would split `foo` from what comes next
    ['FROM x\n  ', 1],                                          // not after a continuation
    ['RUN a\n  b', 1],                                          // Enter inside a line: not a blank line
    ['unknown a \\\n', 1],
  ] as const;
  for (const [text, line] of unchanged) assert.equal(onType(text, line), text, JSON.stringify(text));
});

test('idempotence: a messy file formats once, then stays', () => {
  const text = [
    '# syntax=docker/dockerfile:1', '', '', 'from   node:22 as build', 'workdir /app', '  copy package*.json ./',
    'run  npm ci \\', '  && npm cache clean --force   ', '', '', '', 'copy . .',
    'run <<EOF', '  npm run build  ', 'EOF', 'from nginx:1.27', 'copy --from=build /app/dist /usr/share/nginx/html',
    'healthcheck --interval=30s \\', '      CMD curl -f http://localhost/ || exit 1', 'cmd ["nginx", "-g", "daemon off;"]', '', '',
  ].join('\n');
  for (const fmt of [fmtOf(), fmtOf({}, { insertSpaces: false }), fmtOf({ continuationIndent: 0 }), fmtOf({ continuationIndent: 8, collapseBlankLines: false }, { insertFinalNewline: true, trimFinalNewlines: true })]) {
    formatStable(text, fmt);
  }
});

test('hostile input: random edits of Dockerfiles never throw, keep their instructions, and format twice to the same text', () => {
  const seeds = [
    'FROM alpine:3.20 AS base\nRUN apk add --no-cache \\\n      curl \\\n  && echo "a \\\n  b"\nCOPY <<EOF /x\n  body\nEOF\nENV A=1 \\\n  B="2 3"\nCMD ["sh", \\\n  "-c"]\n',
    '# escape=`\nFROM x\nRUN a `\n  b\nONBUILD run c\n',
    'from x as y\nrun set -eux; \\\n\tapk add \\\n\t\tcurl &&\\\n\techo "$A" \\\n# comment\n\t;\nWORKDIR /a \\\n  b\n',
  ];
  const snippets = ['', ' ', '\t', '\n', '\r\n', '\\', '\\\n', '`\n', '"', "'", '#', '<<EOF\n', 'EOF\n', '[', ']', 'RUN ', 'run ', '  '];
  const fmts = [fmtOf(), fmtOf({ continuationIndent: 0 }), fmtOf({ continuationIndent: 2 }, { insertSpaces: false, tabSize: 4 })];
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 6 }), insert: fc.constantFrom(...snippets) });
  fc.assert(fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 5 }), fc.constantFrom(...fmts), (seed, edits, fmt) => {
    let text = seed;
    for (const e of edits) { const i = Math.floor(e.at * text.length); text = text.slice(0, i) + e.insert + text.slice(i + e.del); }
    // Lone \r line ends are left to the editor's own conversion.
    if (/\r(?!\n)/.test(text)) return;
    const once = format(text, fmt);
    const why = `\n${JSON.stringify(text)}\n${JSON.stringify(once)}`;
    assert.deepEqual(formatDockerfile(parseDockerfile(once), fmt), [], `not idempotent:${why}`);
    assert.deepEqual(instructionShapes(once), instructionShapes(text), `meaning changed:${why}`);
    const model = parseDockerfile(text);
    for (let l = 0; l < model.lines.length; l++) formatOnType(model, { line: l, character: 0 }, fmt);
  }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: Number(process.env.PROPERTY_SEED ?? 20261124) });
});

test('settings are validated: a bad value falls back to the default', () => {
  assert.deepEqual(readFormatSettings(undefined), DEFAULT_FORMAT_SETTINGS);
  assert.deepEqual(readFormatSettings({ enable: 'yes', instructionCase: 'lower', continuationIndent: 9, collapseBlankLines: 0 }), DEFAULT_FORMAT_SETTINGS);
  assert.deepEqual(readFormatSettings({ continuationIndent: 2.5 }), DEFAULT_FORMAT_SETTINGS);
  assert.deepEqual(readFormatSettings({ enable: false, instructionCase: 'keep', continuationIndent: 0, collapseBlankLines: false }),
    { enable: false, instructionCase: 'keep', continuationIndent: 0, collapseBlankLines: false });
  assert.equal(fmtOf({}, { tabSize: -3 }).indentWidth, 4);
});

test('DF036 quick fix shares the casing: FROM ... AS follows the keyword', () => {
  assert.equal(applyFix('dockerfile', 'DF036', 'from alpine:3.20 as build\nRUN true\nCOPY a b\n'), 'FROM alpine:3.20 AS build\nRUN true\nCOPY a b\n');
});
