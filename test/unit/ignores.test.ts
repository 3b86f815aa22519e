import { test } from 'node:test';
import { expectFindings } from './helpers';

test('# docker-coach ignore=CODE silences that code on the next instruction, all its lines', () => {
  const text = 'FROM debian:12\n# docker-coach ignore=DF012\nRUN apt-get update \\\n  && apt-get install -y curl\nRUN apt-get install -y git\n';
  expectFindings('dockerfile', 'DF012', text, ['5:5-5:27']);
});

test('a bare ignore silences every code there; ignore-file silences the file', () => {
  expectFindings('dockerfile', 'DF001', '# docker-coach ignore\nFROM node\nFROM python\n', ['3:6-3:12']);
  expectFindings('dockerfile', 'DF001', '# docker-coach ignore-file=DF001\nFROM node\nFROM python\n', []);
});

test("hadolint's ignore comments are honoured through equivalents", () => {
  expectFindings('dockerfile', 'DF001', '# hadolint ignore=DL3006\nFROM node\nFROM python\n', ['3:6-3:12']);
  expectFindings('dockerfile', 'DF001', 'FROM node\n# hadolint global ignore=DL3006\nFROM python\n', []);
});

test('compose: the comment silences the next key and its block', () => {
  const text = 'services:\n  # docker-coach ignore=DC021\n  web:\n    image: nginx\n  db:\n    image: postgres\n';
  expectFindings('compose', 'DC021', text, ['6:12-6:20']);
});

test("compose: dclint's disable comments are honoured", () => {
  expectFindings('compose', 'DC003', '# dclint-disable no-version-field\nversion: "3"\nservices: {}\n', []);
  expectFindings('compose', 'DC021', 'services:\n  web:\n    # dclint-disable-next-line no-unbound-image-tag\n    image: nginx\n', []);
});
