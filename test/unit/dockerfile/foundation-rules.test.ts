import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fixesFor } from '../../../server/src/analysis/analyze';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF001 flags an untagged base image on its name', () => {
  expectFindings('dockerfile', 'DF001', 'FROM node\nCMD ["node", "app.js"]\n', ['1:6-1:10']);
});

test('DF001 leaves stage names, scratch, digests and variables alone', () => {
  expectFindings('dockerfile', 'DF001', 'FROM golang:1.22 AS build\nFROM build\nFROM scratch\nFROM ruby@sha256:0f1e\nARG BASE=alpine:3.20\nFROM ${BASE}\n', []);
});

test('DF002 flags :latest but not other tags', () => {
  expectFindings('dockerfile', 'DF002', 'FROM node:latest\nFROM node:22-alpine\n', ['1:6-1:17']);
});

test('DF005 flags shell-form CMD and converts plain words to exec form', () => {
  const text = 'FROM node:22\nCMD node server.js --port 3000\n';
  expectFindings('dockerfile', 'DF005', text, ['2:5-2:31']);
  assert.equal(applyFix('dockerfile', 'DF005', text), 'FROM node:22\nCMD ["node", "server.js", "--port", "3000"]\n');
  assert.deepEqual(findings('dockerfile', applyFix('dockerfile', 'DF005', text), 'DF005'), []);
});

test('DF005 offers no automatic fix when the shell is needed', () => {
  const { model, findings: all } = analyze('dockerfile', 'FROM node:22\nCMD node a.js && echo $HOME\n');
  const f = all.find((x) => x.code === 'DF005');
  assert.ok(f);
  assert.deepEqual(fixesFor(model, f, 'en'), []);
});

test('DF005 accepts exec form, including ENTRYPOINT', () => {
  expectFindings('dockerfile', 'DF005', 'FROM node:22\nENTRYPOINT ["node"]\nCMD ["app.js"]\n', []);
});

test('DF012 flags apt-get install without cleaning the lists, and the fix appends the cleanup', () => {
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n';
  expectFindings('dockerfile', 'DF012', text, ['2:23-2:70']);
  const fixed = applyFix('dockerfile', 'DF012', text);
  assert.equal(fixed, 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF012'), []);
});

test('DF012 accepts a cleanup across continuation lines and comment lines', () => {
  const text = 'FROM debian:12\nRUN apt-get update \\\n    # tools we need\n    && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n';
  expectFindings('dockerfile', 'DF012', text, []);
});

test('DF012 accepts a cache mount for the apt lists', () => {
  expectFindings('dockerfile', 'DF012', 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n', []);
});

test('DF033 suggests the instruction a typo meant and fixes it', () => {
  const text = 'FROM alpine:3.20\nRUNN echo hi\n';
  const [f] = expectFindings('dockerfile', 'DF033', text, ['2:1-2:5']);
  assert.match(f?.message ?? '', /Did you mean RUN\?/);
  assert.equal(applyFix('dockerfile', 'DF033', text), 'FROM alpine:3.20\nRUN echo hi\n');
});

test('a heredoc, the escape directive and CRLF line ends raise no finding from these rules', () => {
  const heredoc = 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\necho done\nEOF\nCMD ["sh"]\n';
  assert.deepEqual(findings('dockerfile', heredoc).map((f) => f.code).filter((c) => ['DF033', 'DF005', 'DF012'].includes(c)), []);
  const escaped = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n    && echo b\nCMD ["cmd"]\n';
  assert.deepEqual(findings('dockerfile', escaped, 'DF033'), []);
  const crlf = 'FROM node:22\r\nWORKDIR /app\r\nCMD ["node", "a.js"]\r\n';
  assert.deepEqual(findings('dockerfile', crlf).filter((f) => f.code !== 'DF010'), []);
});

test('Russian messages come from the same finding', () => {
  const [f] = findings('dockerfile', 'FROM node\n', 'DF001', 'ru');
  assert.match(f?.message ?? '', /нет тега/);
});
