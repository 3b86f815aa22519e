import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DF026 flags the first sudo of a RUN', () => {
  const text = 'FROM debian:12\nRUN sudo apt-get update && sudo apt-get install -y curl\nRUN echo x | sudo tee /etc/x\n';
  expectFindings('dockerfile', 'DF026', text, ['2:5-2:9', '3:14-3:18']);
});

test('DF026 explains USER for sudo -u', () => {
  const [f] = expectFindings('dockerfile', 'DF026', 'FROM node:22\nRUN sudo -u node npm install -g pnpm\n', ['2:5-2:9']);
  assert.match(f?.message ?? '', /USER instruction/);
});

test('DF026 accepts installing sudo, sudoers edits and heredoc text', () => {
  expectFindings('dockerfile', 'DF026', 'FROM debian:12\nRUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app\nCOPY <<EOF /x\nsudo rm -rf /\nEOF\n', []);
});
