// One bad and one good fixture per rule, fixes by whole-text comparison (and no finding after).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

const fixed = (code: string, before: string, after: string) => {
  const out = applyFix('dockerfile', code, before);
  assert.equal(out, after);
  assert.deepEqual(findings('dockerfile', out, code), [], `${code} is gone after its fix`);
};

test('DF003: FROM with an ARG not declared before it', () => {
  expectFindings('dockerfile', 'DF003', 'FROM node:${NODE_VERSION}\n', ['1:6-1:26']);
  expectFindings('dockerfile', 'DF003', 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}\nFROM --platform=$BUILDPLATFORM golang:1.22\n', []);
});

test('DF004: an instruction before FROM, or no FROM', () => {
  expectFindings('dockerfile', 'DF004', 'RUN echo hi\nFROM alpine:3.20\n', ['1:1-1:4']);
  expectFindings('dockerfile', 'DF004', 'WORKDIR /app\n', ['1:1-1:8']);
  expectFindings('dockerfile', 'DF004', '# syntax=docker/dockerfile:1\nARG V=1\nFROM alpine:3.20\n', []);
  expectFindings('dockerfile', 'DF004', '', []);
});

test('DF006: exec form with single quotes is flagged and rewritten as JSON', () => {
  expectFindings('dockerfile', 'DF006', "FROM node:22\nCMD ['node', 'app.js']\n", ['2:5-2:23']);
  fixed('DF006', "FROM node:22\nCMD ['node', 'app.js']\n", 'FROM node:22\nCMD ["node", "app.js"]\n');
  expectFindings('dockerfile', 'DF006', 'FROM node:22\nCMD ["node", "app.js"]\nRUN [ "$(id -u)" = "0" ] || echo no\n', []);
});

test('DF007/DF008/DF009: only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage count', () => {
  const text = 'FROM node:22 AS a\nCMD ["a"]\nCMD ["b"]\nFROM node:22\nENTRYPOINT ["x"]\nENTRYPOINT ["y"]\nHEALTHCHECK CMD true\nHEALTHCHECK NONE\nCMD ["c"]\n';
  expectFindings('dockerfile', 'DF007', text, ['2:1-2:4']);
  expectFindings('dockerfile', 'DF008', text, ['5:1-5:11']);
  expectFindings('dockerfile', 'DF009', text, ['7:1-7:12']);
  expectFindings('dockerfile', 'DF007', 'FROM node:22 AS a\nCMD ["a"]\nFROM node:22\nCMD ["b"]\n', []);
});

test('DF010: the final stage runs as root; the fix adds a non-root USER before CMD', () => {
  expectFindings('dockerfile', 'DF010', 'FROM node:22\nCMD ["node", "a.js"]\n', ['1:1-1:5']);
  fixed('DF010', 'FROM node:22\nCMD ["node", "a.js"]\n', 'FROM node:22\nUSER 10001:10001\nCMD ["node", "a.js"]\n');
  fixed('DF010', 'FROM node:22\nUSER root\n', 'FROM node:22\nUSER 10001:10001\n');
  expectFindings('dockerfile', 'DF010', 'FROM node:22 AS build\nFROM node:22-slim\nUSER node\nCMD ["node", "a.js"]\n', []);
  expectFindings('dockerfile', 'DF010', 'FROM scratch\nCOPY app /app\n', []);
});

test('DF011: ADD of plain files becomes COPY; archives and URLs stay ADD', () => {
  fixed('DF011', 'FROM alpine:3.20\nADD app.py /app/\n', 'FROM alpine:3.20\nCOPY app.py /app/\n');
  expectFindings('dockerfile', 'DF011', 'FROM alpine:3.20\nADD rootfs.tar.gz /\nADD https://example.com/x.sh /x.sh\n', []);
});

test('DF013: relative WORKDIR', () => {
  expectFindings('dockerfile', 'DF013', 'FROM alpine:3.20\nWORKDIR app\n', ['2:9-2:12']);
  expectFindings('dockerfile', 'DF013', 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR $HOME/app\n', []);
});

test('DF014: cd inside RUN', () => {
  expectFindings('dockerfile', 'DF014', 'FROM alpine:3.20\nRUN cd /src && make\n', ['2:5-2:12']);
  expectFindings('dockerfile', 'DF014', 'FROM alpine:3.20\nWORKDIR /src\nRUN make\n', []);
});

test('DF015/DF016: apt-get install without -y and without --no-install-recommends, with fixes', () => {
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*\n';
  expectFindings('dockerfile', 'DF015', text, ['2:23-2:43']);
  fixed('DF015', text, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n');
  fixed('DF016', 'FROM debian:12\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n', 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\n');
  expectFindings('dockerfile', 'DF015', 'FROM debian:12\nRUN apt-get install -qy --no-install-recommends curl\n', []);
  expectFindings('dockerfile', 'DF016', 'FROM debian:12\nRUN apt-get install -qy --no-install-recommends curl\n', []);
});

test('DF017: apt-get upgrade', () => {
  expectFindings('dockerfile', 'DF017', 'FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n', ['2:23-2:41']);
  expectFindings('dockerfile', 'DF017', 'FROM debian:12\nRUN apt-get update\n', []);
});

test('DF018/DF019: apk add --no-cache and pip --no-cache-dir, with fixes', () => {
  fixed('DF018', 'FROM alpine:3.20\nRUN apk add curl\n', 'FROM alpine:3.20\nRUN apk add --no-cache curl\n');
  expectFindings('dockerfile', 'DF018', 'FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN --mount=type=cache,target=/var/cache/apk apk add git\n', []);
  fixed('DF019', 'FROM python:3.12-slim\nRUN pip install -r requirements.txt\n', 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n');
  expectFindings('dockerfile', 'DF019', 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n', []);
});

test('DF020: npm install when the lock file is copied; the fix uses npm ci', () => {
  const text = 'FROM node:22\nCOPY package.json package-lock.json ./\nRUN npm install\n';
  fixed('DF020', text, 'FROM node:22\nCOPY package.json package-lock.json ./\nRUN npm ci\n');
  expectFindings('dockerfile', 'DF020', 'FROM node:22\nCOPY package.json ./\nRUN npm install\nRUN npm install -g pnpm\n', []);
});

test('DF021: a pipe without pipefail; the fix adds a SHELL with pipefail (ash on alpine)', () => {
  fixed('DF021', 'FROM debian:12\nRUN curl -fsSL https://x.example/install.sh | sh\n', 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x.example/install.sh | sh\n');
  fixed('DF021', 'FROM alpine:3.20\nRUN wget -qO- https://x.example/a | tar x\n', 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://x.example/a | tar x\n');
  expectFindings('dockerfile', 'DF021', 'FROM debian:12\nRUN set -o pipefail && curl -fsSL x | sh\n', []);
});

test('Russian messages for the new rules', () => {
  assert.match(findings('dockerfile', 'FROM debian:12\nRUN apt-get install curl\n', 'DF015', 'ru')[0]?.message ?? '', /некому/);
});
