import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DF030 points at each RUN that directly follows another one', () => {
  const text = 'FROM alpine:3.20\nRUN mkdir -p /app/data\n# owner\nRUN chown 1000:1000 /app/data\nRUN chmod 750 /app/data\n';
  const found = expectFindings('dockerfile', 'DF030', text, ['4:1-4:4', '5:1-5:4']);
  assert.equal(found[0]?.severity, 'info');
  assert.match(found[0]?.message ?? '', /line 2/);
});

test('DF030 accepts RUNs split by other instructions, mounts, heredocs and exec form', () => {
  const text = 'FROM alpine:3.20\nRUN a\nWORKDIR /x\nRUN b\nRUN --mount=type=cache,target=/c c\nRUN <<EOF\nd\nEOF\nRUN ["e"]\nRUN f\nFROM alpine:3.20\nRUN g\n';
  expectFindings('dockerfile', 'DF030', text, []);
});
