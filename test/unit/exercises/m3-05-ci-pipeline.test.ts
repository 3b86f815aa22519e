import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m3-05-ci-pipeline';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const GITHUB = [
  'name: image',
  'on:',
  '  push:',
  '    branches: [main]',
  '  pull_request:',
  'jobs:',
  '  image:',
  '    runs-on: ubuntu-24.04',
  '    permissions:',
  '      contents: read',
  '      packages: write',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - uses: docker/setup-buildx-action@v3',
  '      - id: meta',
  '        uses: docker/metadata-action@v5',
  '        with:',
  '          images: ghcr.io/${{ github.repository }}',
  '          tags: |',
  '            type=sha,format=long',
  '            type=ref,event=branch',
  '      - uses: docker/login-action@v3',
  "        if: github.event_name != 'pull_request'",
  '        with:',
  '          registry: ghcr.io',
  '          username: ${{ github.actor }}',
  '          password: ${{ secrets.GITHUB_TOKEN }}',
  '      - uses: docker/build-push-action@v6',
  '        with:',
  "          push: ${{ github.event_name != 'pull_request' }}",
  '          tags: ${{ steps.meta.outputs.tags }}',
  '',
].join('\n');

const GITLAB = [
  'build:',
  '  image: docker:27',
  '  services: [docker:27-dind]',
  '  script:',
  '    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"',
  '    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .',
  '    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"',
  '',
].join('\n');

test('m3-05: the lesson workflow and a GitLab job pass every criterion', () => {
  assert.deepEqual(failed({ '.github/workflows/image.yml': GITHUB }), []);
  assert.deepEqual(failed({ '.gitlab-ci.yml': GITLAB }), []);
});

test('m3-05: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 4);
  assert.ok(result.every((c) => !c.passed));
  assert.ok(run({ 'ci/image.yml': GITHUB }).every((c) => !c.passed), 'only CI folders count');
});

test('m3-05: latest-only tags, no push and literal passwords fail', () => {
  const latest = GITHUB.replace('type=sha,format=long', 'type=raw,value=latest');
  assert.deepEqual(failed({ '.github/workflows/image.yml': latest }), ['sha-tag']);
  const noPush = GITHUB.replace(/ {10}push: .*\n/, '');
  assert.deepEqual(failed({ '.github/workflows/image.yml': noPush }), ['pushes']);
  const literal = GITHUB.replace('${{ secrets.GITHUB_TOKEN }}', 'hunter2');
  assert.deepEqual(failed({ '.github/workflows/image.yml': literal }), ['login-from-secrets']);
  const flag = GITLAB.replace('echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin', 'docker login -u me -p hunter2');
  assert.deepEqual(failed({ '.gitlab-ci.yml': flag }), ['login-from-secrets']);
});
