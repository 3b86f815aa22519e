import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m2-05-runtime-metadata';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'FROM python:3.12-slim',
  'LABEL org.opencontainers.image.title="static-site" \\',
  '      org.opencontainers.image.authors="you@example.com"',
  'RUN useradd --system --uid 10001 --no-create-home web',
  'WORKDIR /srv',
  'COPY site/ .',
  'USER web',
  'EXPOSE 8000',
  'HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \\',
  '  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/\', timeout=2)"]',
  'CMD ["python", "-m", "http.server", "8000"]',
  '',
].join('\n');

test('m2-05: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD }), []);
});

test('m2-05: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
});

test('m2-05: host mapping in EXPOSE, root, HEALTHCHECK NONE and MAINTAINER fail', () => {
  const bad = 'FROM nginx:1.27-alpine\nMAINTAINER me\nEXPOSE 8080:80\nUSER root\nHEALTHCHECK NONE\n';
  assert.deepEqual(failed({ Dockerfile: bad }), ['expose-valid', 'non-root-user', 'one-healthcheck', 'label-not-maintainer']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('EXPOSE 8000', 'EXPOSE 8000/TCP') }), ['expose-valid']);
  assert.deepEqual(failed({ Dockerfile: GOOD.replace('USER web', 'USER 0:0') }), ['non-root-user']);
});

test('m2-05: two HEALTHCHECKs in the last stage fail', () => {
  const two = GOOD.replace('CMD ["python", "-m"', 'HEALTHCHECK CMD ["true"]\nCMD ["python", "-m"');
  assert.deepEqual(failed({ Dockerfile: two }), ['one-healthcheck']);
});
