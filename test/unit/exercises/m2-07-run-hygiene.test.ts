import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m2-07-run-hygiene';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GOOD = [
  'FROM python:3.12-slim',
  'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  'RUN apt-get update \\',
  ' && apt-get install -y --no-install-recommends \\',
  '      curl \\',
  ' && rm -rf /var/lib/apt/lists/*',
  'WORKDIR /app',
  'COPY requirements.txt .',
  'RUN pip install --no-cache-dir -r requirements.txt',
  'COPY . .',
  'RUN pip freeze | sort > /tmp/installed.txt',
  'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]',
  '',
].join('\n');

test('m2-07: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ Dockerfile: GOOD }), []);
});

test('m2-07: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 7);
  assert.ok(result.every((c) => !c.passed));
});

test('m2-07: the classic mistakes are each reported', () => {
  const bad = [
    'FROM debian:bookworm-slim',
    'RUN apt-get update',
    'RUN apt-get install curl',
    'ADD . /app',
    'RUN cd /app && make',
    'RUN curl -fsSL https://example.com/install.sh | sh',
    '',
  ].join('\n');
  assert.deepEqual(failed({ Dockerfile: bad }), ['apt-in-one-run', 'apt-yes', 'apt-no-recommends', 'apt-lists-cleaned', 'copy-not-add', 'no-cd', 'pipefail']);
});

test('m2-07: -qy, set -o pipefail, cache mounts and ADD of a URL are fine', () => {
  const ok = [
    'FROM debian:bookworm-slim',
    'RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -qy --no-install-recommends curl',
    'ADD https://example.com/tool.tar.gz /tmp/',
    'RUN set -o pipefail && curl -fsSL https://example.com/ | wc -c',
    '',
  ].join('\n');
  assert.deepEqual(failed({ Dockerfile: ok }), []);
});

test('m2-07: only a cache mount of /var/lib/apt stands in for removing the lists', () => {
  const mount = (target: string) => `FROM debian:bookworm-slim\nRUN --mount=type=cache,target=${target} apt-get update && apt-get install -y --no-install-recommends curl\n`;
  assert.deepEqual(failed({ Dockerfile: mount('/var/lib/apt') }), []);
  assert.deepEqual(failed({ Dockerfile: mount('/root/.cache') }), ['apt-lists-cleaned']);
});
