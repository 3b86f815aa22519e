import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF032 offers the earlier stage a typo meant', () => {
  const text = 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=buidl /out/app /app\n';
  const [f] = expectFindings('dockerfile', 'DF032', text, ['4:13-4:18']);
  assert.equal(f?.severity, 'error');
  assert.match(f?.message ?? '', /Did you mean "build"\?/);
  const fixed = applyFix('dockerfile', 'DF032', text);
  assert.equal(fixed, text.replace('buidl', 'build'));
  assert.deepEqual(findings('dockerfile', fixed, 'DF032'), []);
});

test('DF032 flags itself, a later stage, a bad index and an unknown name', () => {
  const text = [
    'FROM alpine:3.20 AS first',
    'COPY --from=first /a /a',
    'COPY --from=0 /a /a',
    'COPY --from=later /a /a',
    'RUN --mount=type=bind,from=2,target=/x true',
    'FROM alpine:3.20 AS later',
    'COPY --from=7 /a /a',
    'COPY --from=nowhere /a /a',
  ].join('\n') + '\n';
  const found = expectFindings('dockerfile', 'DF032', text, ['2:13-2:18', '3:13-3:14', '4:13-4:18', '5:28-5:29', '7:13-7:14', '8:13-8:20']);
  assert.deepEqual(found.map((f) => (f.data as { problem: string }).problem), ['self', 'self', 'later', 'index', 'index', 'unknown']);
  assert.equal(found[5]?.severity, 'warning', 'a one-word name may be a local image or a named context');
});

test('DF032 accepts earlier stages, indexes, images and variables', () => {
  const text = [
    'FROM golang:1.22 AS Build',
    'FROM alpine:3.20',
    'COPY --from=build /a /a',
    'COPY --from=0 /a /a',
    'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
    'COPY --from=ghcr.io/acme/tools /bin/t /bin/t',
    'COPY --from=busybox /bin/busybox /bin/',
    'ARG SRC=build',
    'COPY --from=$SRC /a /a',
    'RUN --mount=type=cache,target=/root/.cache --mount=from=build,source=/a,target=/a true',
  ].join('\n') + '\n';
  expectFindings('dockerfile', 'DF032', text, []);
});
