import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DF031 flags a stage name used twice, ignoring case', () => {
  const text = 'FROM debian:12 AS builder\nFROM golang:1.22 AS Builder\nFROM alpine:3.20\n';
  const [f] = expectFindings('dockerfile', 'DF031', text, ['2:21-2:28']);
  assert.match(f?.message ?? '', /line 1/);
});

test('DF031 accepts distinct names', () => {
  expectFindings('dockerfile', 'DF031', 'FROM debian:12 AS deb-builder\nFROM golang:1.22 AS go-builder\n', []);
});
