import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';
import { expectProjectFindings, memoryProject } from './project';

test('DC010: declared volumes, networks, secrets and configs no service uses', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    volumes: [used:/data]\nvolumes:\n  used:\n  old:\nnetworks:\n  legacy:\nsecrets:\n  pw:\n    file: ./pw.txt\nconfigs:\n  conf:\n    content: x\n';
  const found = expectFindings('compose', 'DC010', text, ['7:3-7:6', '9:3-9:9', '11:3-11:5', '14:3-14:7']);
  assert.equal(found[0]?.severity, 'hint');
  assert.match(found[0]?.message ?? '', /The volume "old" is declared but no service uses it/);
});

test('DC010: not for the default network, external resources, or when a variable hides the user', () => {
  expectFindings('compose', 'DC010', 'services:\n  web:\n    image: nginx:1.27\nnetworks:\n  default:\n    name: shared\n  proxy:\n    external: true\n', []);
  expectFindings('compose', 'DC010', 'services:\n  web:\n    image: nginx:1.27\n    volumes: ["${VOL}:/data"]\nvolumes:\n  a:\n  b:\n', []);
});

test('DC010: an override file next to it may use what the base declares', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\nvolumes:\n  cache:\n';
  const project = memoryProject('/p/compose.yaml', { '/p/compose.yaml': text, '/p/compose.override.yaml': 'services:\n  web:\n    volumes: [cache:/cache]\n' });
  expectProjectFindings('DC010', text, project, []);
});
