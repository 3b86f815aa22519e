import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';
import { expectProjectFindings, memoryProject } from './project';

test('DC004: depends_on (short and long), links, extends, network_mode, volumes_from naming a missing service', () => {
  const text = [
    'services:',
    '  web:',
    '    image: nginx:1.27',
    '    depends_on: [dbb]',
    '    links: ["cache:redis"]',
    '    network_mode: service:vpn',
    '    volumes_from: [data:ro]',
    '  api:',
    '    extends: base',
    '    depends_on:',
    '      queue:',
    '        condition: service_started',
    '  db:',
    '    image: postgres:17',
    '',
  ].join('\n');
  const found = expectFindings('compose', 'DC004', text, ['4:18-4:21', '5:13-5:26', '6:19-6:30', '7:20-7:27', '9:14-9:18', '11:7-11:12']);
  assert.match(found[0]?.message ?? '', /refers to "dbb" in depends_on, but no service has that name \(did you mean "db"\?\)/);
});

test('DC004: the fix changes a typo to the existing service, also inside `service:` and `name:alias`', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    network_mode: "service:dbb"\n  db:\n    image: postgres:17\n';
  const fixed = applyFix('compose', 'DC004', text);
  assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    network_mode: "service:db"\n  db:\n    image: postgres:17\n');
  assert.deepEqual(findings('compose', fixed, 'DC004'), []);
});

test('DC004: quiet for existing services, optional dependencies, container: and extends from another file', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db: {condition: service_started}\n      extra: {condition: service_started, required: false}\n    volumes_from: ["container:legacy"]\n    extends: {file: common.yaml, service: base}\n  db:\n    image: postgres:17\n    links: [web]\n';
  expectFindings('compose', 'DC004', text, []);
});

test('DC004: services of an included file count; without a project an include makes the rule quiet', () => {
  const text = 'include:\n  - ./db/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db, cache]\n';
  expectFindings('compose', 'DC004', text, []);
  const project = memoryProject('/app/compose.yaml', { '/app/compose.yaml': text, '/app/db/compose.yaml': 'services:\n  db:\n    image: postgres:17\n' });
  expectProjectFindings('DC004', text, project, ['6:22-6:27']);
});

test('DC004: an override file sees the services of the base file next to it', () => {
  const text = 'services:\n  web:\n    depends_on: [db]\n';
  const project = memoryProject('/app/compose.override.yaml', { '/app/compose.override.yaml': text, '/app/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:17\n' });
  expectProjectFindings('DC004', text, project, []);
});
