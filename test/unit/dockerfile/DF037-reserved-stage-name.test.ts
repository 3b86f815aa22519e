import { test } from 'node:test';
import { expectFindings } from '../helpers';

test('DF037 flags scratch and context as stage names', () => {
  expectFindings('dockerfile', 'DF037', 'FROM alpine:3.20 AS scratch\nFROM alpine:3.20 AS Context\n', ['1:21-1:28', '2:21-2:28']);
});

test('DF037 accepts other names and FROM scratch', () => {
  expectFindings('dockerfile', 'DF037', 'FROM scratch AS builder\nFROM alpine:3.20 AS contexts\n', []);
});
