import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analysis/analyze';
import { expectFindings, findings } from '../helpers';

test('DF034 explains instructions without the arguments they need', () => {
  const text = 'FROM\nRUN\nCOPY --from=x\nCOPY app.py\nCMD\nENV A\nLABEL a=1 b\n';
  const found = expectFindings('dockerfile', 'DF034', text, ['1:1-1:5', '2:1-2:4', '3:1-3:5', '4:6-4:12', '6:5-6:6', '7:11-7:12']);
  assert.match(found[3]?.message ?? '', /source and a destination/);
  assert.match(found[4]?.message ?? '', /ENV A=<value>/);
});

test('DF034 explains what is wrong with a look-alike exec form', () => {
  const cases: [string, RegExp][] = [
    ['CMD ["node", app.js]', /"app\.js" is not in double quotes/],
    ['CMD ["node" "app.js"]', /comma is missing before "app\.js"/],
    ['ENTRYPOINT ["node", "app.js",]', /comma after the last item/],
    ['CMD [“node”, “app.js”]', /typographic quotes/],
    ['CMD ["node", "app.js"', /never closed/],
    ['CMD ["sleep", 10]', /10 is not a string/],
    ['RUN ["C:\\app\\run.exe"]', /backslash/],
    ['SHELL /bin/bash -c', /only the JSON form/],
  ];
  for (const [line, message] of cases) {
    const [f] = findings('dockerfile', `FROM alpine:3.20\n${line}\n`, 'DF034');
    assert.ok(f, line);
    assert.match(f.message, message, line);
  }
});

test('DF034 leaves the shell test command and single quotes (DF006) alone', () => {
  const text = 'FROM alpine:3.20\nRUN [ -f /etc/os-release ] && echo ok\nRUN [ "$(id -u)" = "0" ] || exit 1\nRUN [[ -d /x ]] || mkdir /x\nRUN [ "$a" = "b,c" ]\nCMD [\'node\', \'app.js\']\nCMD ["node", "app.js"]\nVOLUME ["/data"]\n';
  expectFindings('dockerfile', 'DF034', text, []);
});

test('DF034 reports an unclosed heredoc, a bad escape directive, FROM forms and bad stage names', () => {
  expectFindings('dockerfile', 'DF034', 'FROM alpine:3.20\nRUN <<EOF\necho hi\n', ['2:5-2:10']);
  expectFindings('dockerfile', 'DF034', 'FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\nCOPY <<-END /x\n\thi\n\tEND\n', []);
  expectFindings('dockerfile', 'DF034', '# escape=x\nFROM alpine:3.20\n', ['1:1-1:11']);
  expectFindings('dockerfile', 'DF034', 'FROM alpine:3.20 AS\nFROM alpine:3.20 build x\nFROM alpine:3.20 AS 1st\nFROM alpine:3.20 AS ok-name.v2\n', ['1:6-1:20', '2:6-2:25', '3:21-3:24']);
});

test('DF034 reports a file with only comments, and a binary file once', () => {
  expectFindings('dockerfile', 'DF034', '# just a note\n# and another\n', ['1:1-1:14']);
  expectFindings('dockerfile', 'DF034', '', []);
  const binary = analyze('dockerfile', 'FROM a\u0000\u0001\u0002\nRUN \u0000').findings;
  assert.deepEqual(binary.map((f) => f.code), ['DF034']);
});
