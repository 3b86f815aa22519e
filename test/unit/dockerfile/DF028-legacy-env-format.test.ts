import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DF028 flags ENV and LABEL without "=" and adds it', () => {
  const text = 'FROM python:3.12-slim\nENV APP_PORT 8000\nLABEL maintainer Jane Doe\n';
  expectFindings('dockerfile', 'DF028', text, ['2:5-2:18', '3:7-3:26']);
  const fixed = applyFix('dockerfile', 'DF028', 'FROM python:3.12-slim\nENV APP_PORT 8000\n');
  assert.equal(fixed, 'FROM python:3.12-slim\nENV APP_PORT=8000\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF028'), []);
});

test('DF028 quotes a value with spaces and keeps continued lines', () => {
  assert.equal(applyFix('dockerfile', 'DF028', 'FROM alpine:3.20\nENV GREETING hello big world\n'), 'FROM alpine:3.20\nENV GREETING="hello big world"\n');
  const multi = 'FROM alpine:3.20\nENV DEPS \\\n    curl \\\n    git\n';
  const fixed = applyFix('dockerfile', 'DF028', multi);
  assert.equal(fixed, 'FROM alpine:3.20\nENV DEPS="curl \\\n    git"\n');
  assert.deepEqual(findings('dockerfile', fixed, 'DF028'), []);
  assert.equal(applyFix('dockerfile', 'DF028', 'FROM alpine:3.20\r\nENV A "quoted value"\r\n'), 'FROM alpine:3.20\r\nENV A="quoted value"\r\n');
});

test('DF028 accepts key=value, ARG and a bare name', () => {
  expectFindings('dockerfile', 'DF028', 'FROM alpine:3.20\nENV A=1 B="two words"\nLABEL a=b\nARG X\n', []);
});
