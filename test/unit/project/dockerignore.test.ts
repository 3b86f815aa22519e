// The .dockerignore matcher against the examples of Docker's documentation ("Build context",
// .dockerignore files) and the corner cases of moby/patternmatcher that the documentation implies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextPath, parseDockerignore } from '../../../server/src/analysis/project/dockerignore';

/** The paths of `paths` the ignore file leaves out of the context. */
function excluded(text: string, paths: string[]): string[] {
  const ignore = parseDockerignore(text);
  return paths.filter((p) => ignore.excludes(p));
}

test('dockerignore: the documented example: comments, */temp*, */*/temp*, temp?', () => {
  const text = '# comment\n*/temp*\n*/*/temp*\ntemp?\n';
  const paths = ['somedir/temporary.txt', 'somedir/temp', 'somedir/subdir/temporary.txt', 'tempa', 'tempb',
    'temp', 'tempab', 'temporary.txt', 'a/b/c/temp', '# comment', 'comment'];
  assert.deepEqual(excluded(text, paths), ['somedir/temporary.txt', 'somedir/temp', 'somedir/subdir/temporary.txt', 'tempa', 'tempb']);
});

test('dockerignore: ** matches any number of folders, none included', () => {
  assert.deepEqual(excluded('**/*.go\n', ['main.go', 'cmd/app/main.go', 'main.go.txt', 'go']), ['main.go', 'cmd/app/main.go']);
  assert.deepEqual(excluded('a/**/b\n', ['a/b', 'a/x/b', 'a/x/y/b', 'b', 'a/xb']), ['a/b', 'a/x/b', 'a/x/y/b']);
  assert.deepEqual(excluded('**/.git\n', ['.git', '.git/HEAD', 'sub/.git/config', 'x.git']), ['.git', '.git/HEAD', 'sub/.git/config']);
  // `dir/**` is everything inside dir (not dir itself, which is still sent, empty).
  assert.deepEqual(excluded('logs/**\n', ['logs', 'logs/a.log', 'logs/2024/a.log']), ['logs/a.log', 'logs/2024/a.log']);
  // patternmatcher compares a leading ** without a slash as a plain suffix.
  assert.deepEqual(excluded('**foo\n', ['foo', 'barfoo', 'a/barfoo', 'foobar']), ['foo', 'barfoo', 'a/barfoo']);
  assert.deepEqual(excluded('**\n', ['a', 'a/b']), ['a', 'a/b']);
});

test('dockerignore: * and ? stay within one folder; a pattern is relative to the context root', () => {
  assert.deepEqual(excluded('*.md\n', ['README.md', 'docs/guide.md']), ['README.md']);
  assert.deepEqual(excluded('node_modules\n', ['node_modules', 'node_modules/x/index.js', 'web/node_modules']), ['node_modules', 'node_modules/x/index.js']);
  assert.deepEqual(excluded('src/*.test.js\n', ['src/a.test.js', 'src/lib/a.test.js']), ['src/a.test.js']);
});

test('dockerignore: exceptions, the last matching line wins (the documented README examples)', () => {
  const paths = ['README.md', 'README-secret.md', 'README-public.md', 'CHANGELOG.md'];
  assert.deepEqual(excluded('*.md\n!README.md\n', paths), ['README-secret.md', 'README-public.md', 'CHANGELOG.md']);
  assert.deepEqual(excluded('*.md\n!README*.md\nREADME-secret.md\n', paths), ['README-secret.md', 'CHANGELOG.md']);
  assert.deepEqual(excluded('*.md\nREADME-secret.md\n!README*.md\n', paths), ['CHANGELOG.md']);
});

test('dockerignore: a matched folder excludes what is under it, and an exception can take a path back', () => {
  const text = '*\n!src\n!package.json\nsrc/**/*.test.js\n';
  assert.deepEqual(excluded(text, ['README.md', 'src/app.js', 'src/lib/a.test.js', 'package.json', 'docs/x.md']), ['README.md', 'src/lib/a.test.js', 'docs/x.md']);
  assert.deepEqual(excluded('config\n!config/public.json\n', ['config/secret.json', 'config/public.json']), ['config/secret.json']);
});

test('dockerignore: leading / and ./, trailing / and spaces, .. and // are cleaned away', () => {
  const paths = ['foo/bar', 'x/foo/bar', 'baz', 'qux/a'];
  assert.deepEqual(excluded('/foo/bar\n', paths), ['foo/bar']);
  assert.deepEqual(excluded('./foo/bar\n', paths), ['foo/bar']);
  assert.deepEqual(excluded('foo//bar/\n', paths), ['foo/bar']);
  assert.deepEqual(excluded('baz   \n  qux/  \n', paths), ['baz', 'qux/a']);
  assert.deepEqual(excluded('x/../baz\n', paths), ['baz']);
  // A pattern that climbs out of the context matches nothing in it.
  assert.deepEqual(excluded('../baz\n', paths), []);
  // Paths are cleaned too: ./a, /a and a/ are the same file.
  assert.deepEqual(excluded('foo/bar\n', ['./foo/bar', '/foo/bar', 'foo/./bar/', 'foo/x/../bar']), ['./foo/bar', '/foo/bar', 'foo/./bar/', 'foo/x/../bar']);
});

test('dockerignore: # starts a comment only in the first column; blank lines, a lone ! and a BOM are skipped', () => {
  assert.deepEqual(excluded('# a.txt\n', ['# a.txt', 'a.txt']), []);
  assert.deepEqual(excluded(' # a.txt\n', ['# a.txt', 'a.txt']), ['# a.txt']);
  assert.deepEqual(excluded('\uFEFFa.txt\r\n\r\n!\r\nb.txt\r\n', ['a.txt', 'b.txt']), ['a.txt', 'b.txt']);
  assert.deepEqual(parseDockerignore('\n\n# only comments\n   \n').patterns, []);
});

test('dockerignore: classes, escapes and characters that mean something in a regular expression', () => {
  assert.deepEqual(excluded('file[0-9].txt\n', ['file1.txt', 'filex.txt']), ['file1.txt']);
  assert.deepEqual(excluded('file[^0-9].txt\n', ['file1.txt', 'filex.txt']), ['filex.txt']);
  assert.deepEqual(excluded('\\*.txt\n', ['*.txt', 'a.txt']), ['*.txt']);
  assert.deepEqual(excluded('a+b.(x)|{y}$?\n', ['a+b.(x)|{y}$1', 'aab.(x)|{y}$1', 'a+b.(x)|{y}$']), ['a+b.(x)|{y}$1']);
  assert.deepEqual(excluded('v1.?\n', ['v1.2', 'v102']), ['v1.2']);
  // Go's filepath.Match refuses an unclosed class (the builder fails): it matches nothing here.
  assert.deepEqual(excluded('[a-\nb\n', ['[a-', 'a', 'b']), ['b']);
});

test('dockerignore: excludedBy names the last matching pattern and its line; the context root is never excluded', () => {
  const ignore = parseDockerignore('# keep it small\nconfig\n*.md\n!README.md\nconfig/*.json\n');
  assert.deepEqual(ignore.excludedBy('config/secrets.json'), { pattern: 'config/*.json', line: 4 });
  assert.deepEqual(ignore.excludedBy('config/app.yaml'), { pattern: 'config', line: 1 });
  assert.equal(ignore.excludedBy('README.md'), undefined);
  assert.equal(ignore.excludedBy('src/app.js'), undefined);
  assert.equal(parseDockerignore('*\n').excludes('.'), false);
  assert.equal(parseDockerignore('*\n').excludes(''), false);
});

test('dockerignore: contextPath cleans a path inside the context', () => {
  assert.equal(contextPath('./a//b/../c/'), 'a/c');
  assert.equal(contextPath('../../x'), 'x');
  assert.equal(contextPath('/'), '');
  assert.equal(contextPath('.'), '');
});
