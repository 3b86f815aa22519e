// What the lesson page may show: markdown-it with raw HTML off, images only from our own diagrams
// folder (inlined), links only to lessons; everything else is text. The page's CSP (nonce, local
// resources only) is built in client/src/lessons/webview.ts, which needs VS Code to run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderLesson } from '../../../client/src/lessons/content';

const diagrams = (name: string): string | undefined => (name === 'layers.svg' ? '<svg viewBox="0 0 1 1"><circle r="1"/></svg>' : undefined);
const render = (markdown: string): string => renderLesson(markdown, 'en', diagrams).html;

test('raw HTML in a lesson is shown as text, never as markup', () => {
  const html = render('# Title <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n<iframe src="https://evil.example"></iframe>\n');
  assert.doesNotMatch(html, /<script|<img|<iframe/i);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /&lt;iframe src=&quot;https:\/\/evil\.example&quot;&gt;/);
});

test('images: only media:diagrams/NAME.svg, inlined; remote, file and traversal sources render nothing', () => {
  const html = render('![ok](media:diagrams/layers.svg) ![remote](https://evil.example/x.png) ![file](file:///etc/passwd) ![up](media:diagrams/../../secret.svg) ![missing](media:diagrams/none.svg)');
  assert.match(html, /<span class="diagram"><svg role="img" aria-label="ok" viewBox/);
  assert.equal(html.match(/<svg/g)?.length, 1);
  assert.doesNotMatch(html, /evil\.example|<img|src=/);
});

test('links: lesson:ID[#section] becomes an in-page lesson link; web, command and script links are plain text', () => {
  const html = render('[a](lesson:m1-01-what-is-docker#why) [b](https://evil.example) [c](command:workbench.action.terminal.new) [d](javascript:alert(1)) [e](lesson:../x) [f](lesson:m1-01-what-is-docker#"><b>)');
  assert.match(html, /<a href="#" data-lesson="m1-01-what-is-docker" data-section="why">a<\/a>/);
  assert.equal(html.match(/<a /g)?.length, 1, 'one link: the lesson link');
  assert.doesNotMatch(html, /href="(?!#")|evil\.example"|command:|<b>/);
  for (const label of ['b', 'c', 'e']) assert.match(html, new RegExp(`<span class="ext-link">${label}</span>`));
});

test('code blocks are escaped text with actions by index; the text is kept for "Create this file"', () => {
  const { html, code } = renderLesson('```dockerfile file=Dockerfile\nFROM x</code><script>alert(1)</script>\n```\n', 'en', diagrams);
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /FROM x&lt;\/code&gt;&lt;script&gt;/);
  assert.match(html, /data-create="0"/);
  assert.deepEqual(code, [{ lang: 'dockerfile', file: 'Dockerfile', text: 'FROM x</code><script>alert(1)</script>\n' }]);
});
