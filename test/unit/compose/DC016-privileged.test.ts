import { test } from 'node:test';
import { expectFindings } from '../helpers';

test('DC016: privileged: true', () => {
  expectFindings('compose', 'DC016', 'services:\n  dind:\n    image: docker:27-dind\n    privileged: true\n  web:\n    image: nginx:1.27\n    privileged: "true"\n', ['4:5-4:21', '7:5-7:23']);
});

test('DC016: privileged: false and other services are fine', () => {
  expectFindings('compose', 'DC016', 'services:\n  web:\n    image: nginx:1.27\n    privileged: false\n    cap_add: [NET_ADMIN]\n', []);
});
