import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/src/analysis/exercises/checks/m6-08-qualified-images';
import { filesCheck } from './workspace';

const { run, failed } = filesCheck(check);

const CONTAINERFILE = 'FROM docker.io/library/nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n';
const COMPOSE = [
  'services:',
  '  web:',
  '    build:',
  '      context: .',
  '      dockerfile: Containerfile',
  '    image: localhost/my-site:0.1',
  '    ports:',
  '      - "8080:80"',
  '  cache:',
  '    image: docker.io/library/redis:7.4-alpine',
  '',
].join('\n');

test('m6-08: the lesson example passes every criterion', () => {
  assert.deepEqual(failed({ Containerfile: CONTAINERFILE, 'compose.yaml': COMPOSE }), []);
});

test('m6-08: an empty workspace fails every criterion', () => {
  const result = run({});
  assert.equal(result.length, 3);
  assert.ok(result.every((c) => !c.passed));
});

test('m6-08: short names and untagged images are reported', () => {
  assert.deepEqual(failed({ Containerfile: 'FROM nginx\n' }), ['fully-qualified', 'pinned']);
  assert.deepEqual(failed({ 'compose.yaml': 'services:\n  db:\n    image: postgres:17\n' }), ['fully-qualified']);
  assert.deepEqual(failed({ 'compose.yaml': 'services:\n  db:\n    image: docker.io/library/postgres:latest\n' }), ['pinned']);
});

test('m6-08: stages, scratch, ARG defaults and variable defaults are resolved', () => {
  const multi = [
    'ARG BASE=docker.io/library/golang:1.23-alpine',
    'FROM ${BASE} AS build',
    'RUN echo hi',
    'FROM scratch',
    'COPY --from=build /etc/hostname /x',
    '',
  ].join('\n');
  assert.deepEqual(failed({ Containerfile: multi }), []);
  assert.deepEqual(failed({ Containerfile: 'ARG BASE\nFROM ${BASE}\n' }), ['fully-qualified', 'pinned']);
  const env = 'services:\n  db:\n    image: ${DB_IMAGE:-quay.io/sclorg/postgresql-16-c9s:latest}\n';
  assert.deepEqual(failed({ 'compose.yaml': env }), ['pinned']);
});
