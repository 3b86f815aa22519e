import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';

test('DF038 notes apt-get install without versions', () => {
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.2-1.1 \\\n    ca-certificates && rm -rf /var/lib/apt/lists/*\n';
  const [f] = expectFindings('dockerfile', 'DF038', text, ['2:23-2:38']);
  assert.deepEqual((f?.data as { packages: string[] }).packages, ['curl', 'ca-certificates']);
  assert.equal(f?.severity, 'info');
});

test('DF038 accepts pinned packages, release pins, .deb files, options with values and variables', () => {
  const text = 'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confold -t bookworm-backports curl=8.5.0-2 vim/bookworm-backports ./pkg.deb $EXTRA "$(cat pkgs.txt)"\n';
  expectFindings('dockerfile', 'DF038', text, []);
});
