import { test } from 'node:test';
import { expectFindings } from '../helpers';

test('DC019: network_mode: host with ports', () => {
  expectFindings('compose', 'DC019', 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n    ports:\n      - "80:80"\n', ['5:5-5:10']);
});

test('DC019: host network without ports, or ports on a normal network', () => {
  expectFindings('compose', 'DC019', 'services:\n  a:\n    image: x:1\n    network_mode: host\n    ports: []\n  b:\n    image: x:1\n    ports: ["80:80"]\n', []);
});
