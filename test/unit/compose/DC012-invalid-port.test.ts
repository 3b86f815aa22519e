import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';
import { expectProjectFindings, memoryProject } from './project';

test('DC012: out of range, malformed, bad protocol, bad IP, reversed and mismatched ranges, port 0', () => {
  const text = [
    'services:',
    '  web:',
    '    image: nginx:1.27',
    '    ports:',
    '      - "70000:80"',
    '      - "80:http"',
    '      - "53:53/icmp"',
    '      - "localhost:8080:80"',
    '      - "9010-9000:80"',
    '      - "8000-8001:80-82"',
    '      - "8080:0"',
    '      - target: 80',
    '        published: 8080',
    '        protocol: tpc',
    '    expose: ["3000/http", "99999"]',
    '',
  ].join('\n');
  const found = expectFindings('compose', 'DC012', text, ['5:9-5:19', '6:9-6:18', '7:9-7:21', '8:9-8:28', '9:9-9:23', '10:9-10:26', '11:9-11:17', '14:19-14:22', '15:14-15:25', '15:27-15:34']);
  assert.match(found[0]?.message ?? '', /"70000" is not a port number: ports go from 1 to 65535/);
  assert.match(found[2]?.message ?? '', /"icmp" is not a protocol Docker publishes/);
  assert.match(found[3]?.message ?? '', /"localhost" is not an IP address/);
});

test('DC012: valid forms: IPs, IPv6, ranges, random host ports, udp/sctp, numbers, long syntax', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 80\n      - "8080:80"\n      - "127.0.0.1:8081:80"\n      - "[::1]:8082:80"\n      - "127.0.0.1::80"\n      - "3000-3005:3000-3005"\n      - "9000-9010:80"\n      - "53:53/udp"\n      - "5000:5000/sctp"\n      - ${WEB_PORT}:80\n      - target: 443\n        published: "8443-8444"\n        host_ip: 0.0.0.0\n        mode: host\n    expose: [3000, "4000-4005", "5353/udp"]\n';
  expectFindings('compose', 'DC012', text, []);
});

test('DC012: checks the value after interpolation (defaults and .env)', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "${WEB_PORT:-80800}:80"\n      - "${API_PORT}:3000"\n';
  const [f] = expectFindings('compose', 'DC012', text, ['5:9-5:32']);
  assert.match(f?.message ?? '', /after substituting variables, "80800:80": "80800" is not a port number/);
  const project = memoryProject('/p/compose.yaml', { '/p/compose.yaml': text, '/p/.env': 'WEB_PORT=8080\nAPI_PORT=abc\n' });
  expectProjectFindings('DC012', text, project, ['6:9-6:27']);
});
