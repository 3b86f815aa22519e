import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

const svc = (test: string) => `services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ${test}\n`;

test('DC022: tests that cannot work, each with its fix', () => {
  const cases: [string, string, RegExp][] = [
    ['CMD curl -f http://localhost/', '["CMD-SHELL", "curl -f http://localhost/"]', /"CMD" at its start becomes the command name/],
    ['["CMD curl -f http://localhost/"]', '["CMD-SHELL", "curl -f http://localhost/"]', /first item of a test list must be NONE, CMD or CMD-SHELL/],
    ['["curl", "-f", "http://localhost/"]', '["CMD", "curl", "-f", "http://localhost/"]', /first item/],
    ['["CMD-SHELL", "curl", "-f", "http://localhost/"]', '["CMD-SHELL", "curl -f http://localhost/"]', /positional parameters/],
    ['["CMD", "curl -f http://localhost/"]', '["CMD-SHELL", "curl -f http://localhost/"]', /looks for a program named "curl -f http:\/\/localhost\/"/],
  ];
  for (const [before, after, why] of cases) {
    const text = svc(before);
    const [f] = expectFindings('compose', 'DC022', text, [`5:13-5:${13 + before.length}`]);
    assert.match(f?.message ?? '', why);
    const fixed = applyFix('compose', 'DC022', text);
    assert.equal(fixed, svc(after));
    assert.deepEqual(findings('compose', fixed, 'DC022'), []);
  }
});

test('DC022: a block list becomes a flow list on the key line; CMD without a command has no fix', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test:\n        - CMD-SHELL\n        - curl\n        - -f\n        - http://localhost/\n      interval: 10s\n';
  expectFindings('compose', 'DC022', text, ['6:9-9:28']);
  assert.equal(applyFix('compose', 'DC022', text), 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD-SHELL", "curl -f http://localhost/"]\n      interval: 10s\n');
  expectFindings('compose', 'DC022', svc('["CMD"]'), ['5:13-5:20']);
});

test('DC022: working forms are fine', () => {
  for (const t of ['["CMD", "curl", "-f", "http://localhost/"]', '["CMD-SHELL", "curl -f http://localhost/ || exit 1"]', 'curl -f http://localhost/ || exit 1', '["NONE"]', '["CMD", "/healthcheck"]', '"${CHECK_CMD}"']) {
    expectFindings('compose', 'DC022', svc(t), []);
  }
});
