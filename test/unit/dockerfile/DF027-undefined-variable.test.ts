import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF027 flags a global ARG used in a stage without redeclaring it, and adds the ARG', () => {
  const text = 'ARG PYTHON_TAG=3.12-slim\nFROM python:${PYTHON_TAG}\nRUN echo "building on python:$PYTHON_TAG"\nLABEL tag=$PYTHON_TAG\n';
  const found = expectFindings('dockerfile', 'DF027', text, ['3:31-3:41', '4:12-4:22']);
  assert.match(found[0]?.message ?? '', /global ARG/);
  const fixed = applyFix('dockerfile', 'DF027', text.replace('LABEL tag=$PYTHON_TAG\n', ''));
  assert.equal(fixed, 'ARG PYTHON_TAG=3.12-slim\nFROM python:${PYTHON_TAG}\nARG PYTHON_TAG\nRUN echo "building on python:$PYTHON_TAG"\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF027'), []);
});

test('DF027 flags platform ARGs that the stage did not declare', () => {
  const text = 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nCOPY bin-$TARGETARCH /app\n';
  expectFindings('dockerfile', 'DF027', text, ['2:11-2:21']);
  const fixed = applyFix('dockerfile', 'DF027', text);
  assert.equal(fixed, 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETARCH\nCOPY bin-$TARGETARCH /app\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF027'), []);
});

test('DF027 suggests a near-miss of a name in scope and fixes it', () => {
  const text = 'FROM alpine:3.20\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOEM\n';
  const [f] = expectFindings('dockerfile', 'DF027', text, ['3:10-3:18']);
  assert.match(f?.message ?? '', /Did you mean \$APP_HOME\?/);
  const fixed = applyFix('dockerfile', 'DF027', text);
  assert.equal(fixed, 'FROM alpine:3.20\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF027'), []);
});

test('DF027 flags a use before the declaration, and anything unknown on scratch', () => {
  expectFindings('dockerfile', 'DF027', 'FROM alpine:3.20\nWORKDIR /src/$APP\nARG APP=web\n', ['2:15-2:18']);
  expectFindings('dockerfile', 'DF027', 'FROM scratch\nCOPY $BINARY /app\n', ['2:7-2:13']);
  expectFindings('dockerfile', 'DF027', 'FROM scratch AS base\nENV HOME=/root\nFROM base\nWORKDIR $HOME\nCOPY $OTHER /x\n', ['5:7-5:12']);
});

test('DF027 stays quiet where the base image or the shell may define the variable', () => {
  const text = [
    'ARG NODE_VERSION=22',
    'ARG MODE=prod',
    'FROM node:${NODE_VERSION}',
    'ARG HTTP_PROXY',
    'ENV PATH=/app/bin:$PATH',
    'WORKDIR ${HOME}/app',
    'USER ${APP_USER:-node}',
    "LABEL note='$NOT_EXPANDED' escaped=\\$ALSO_NOT",
    'RUN echo $NODE_VERSION $HTTP_PROXY && for f in *; do echo $f; done',
    'RUN MODE=dev && echo $MODE',
    'CMD echo $ANYTHING',
    'ENV A=1 B=2',
    'COPY <<EOF /etc/app.conf',
    'home=$HOME',
    'EOF',
    'ARG X=${TARGETPLATFORM#linux/}',
  ].join('\n') + '\n';
  expectFindings('dockerfile', 'DF027', text, []);
});

test('DF027 reads ARG defaults in order and global ARG defaults against earlier globals', () => {
  expectFindings('dockerfile', 'DF027', 'FROM alpine:3.20\nARG A=1 B=$A\nLABEL b=$B\n', []);
  expectFindings('dockerfile', 'DF027', 'ARG REGISTRY=docker.io\nARG IMAGE=$REGISTRY/library/alpine:$TAG\nFROM $IMAGE\n', ['2:37-2:40']);
});

test('DF027 speaks Russian', () => {
  const [f] = findings('dockerfile', 'ARG TAG=1\nFROM alpine:3.20\nLABEL tag=$TAG\n', 'DF027', 'ru');
  assert.match(f?.message ?? '', /глобальный ARG/);
});

test('DF027 checks RUN --mount options like Docker does', () => {
  expectFindings('dockerfile', 'DF027', 'FROM scratch\nRUN --mount=type=cache,id=$CACHE_ID,target=/c true\n', ['2:28-2:36']);
});
