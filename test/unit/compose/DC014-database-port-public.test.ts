import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DC014: database ports published on every interface', () => {
  const text = 'services:\n  db:\n    image: postgres:17\n    ports:\n      - "5432:5432"\n  cache:\n    image: redis:7.4\n    ports: [6379]\n  mongo:\n    image: mongo:8\n    ports:\n      - target: 27017\n        published: 27018\n  search:\n    image: elasticsearch:8.15.0\n    ports: ["9200:9200"]\n';
  const found = expectFindings('compose', 'DC014', text, ['5:9-5:20', '8:13-8:17', '12:9-13:25', '16:13-16:24']);
  assert.match(found[0]?.message ?? '', /publishes PostgreSQL \(container port 5432\) on host port 5432 of every network interface/);
  assert.match(found[3]?.message ?? '', /Elasticsearch/);
});

test('DC014: the fix binds to 127.0.0.1 (short forms and long syntax, quoted or not)', () => {
  const cases: [string, string][] = [
    ['      - "5432:5432"', '      - "127.0.0.1:5432:5432"'],
    ['      - 3306:3306', '      - "127.0.0.1:3306:3306"'],
    ["      - '27017'", "      - '127.0.0.1::27017'"],
    ['      - 6379', '      - "127.0.0.1::6379"'],
    ['      - "${PG_PORT:-5432}:5432"', '      - "127.0.0.1:${PG_PORT:-5432}:5432"'],
  ];
  for (const [item, expected] of cases) {
    const text = `services:\n  db:\n    image: postgres:17\n    ports:\n${item}\n`;
    const fixed = applyFix('compose', 'DC014', text);
    assert.equal(fixed, `services:\n  db:\n    image: postgres:17\n    ports:\n${expected}\n`);
    assert.deepEqual(findings('compose', fixed, 'DC014'), []);
  }
  const long = 'services:\n  db:\n    image: postgres:17\n    ports:\n      - target: 5432\n        published: 5432\n    restart: always\n';
  assert.equal(applyFix('compose', 'DC014', long), 'services:\n  db:\n    image: postgres:17\n    ports:\n      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n    restart: always\n');
  const flow = 'services:\n  db:\n    image: postgres:17\n    ports: [{ target: 5432, published: 5432 }]\n';
  const fixedFlow = applyFix('compose', 'DC014', flow);
  assert.equal(fixedFlow, 'services:\n  db:\n    image: postgres:17\n    ports: [{ target: 5432, published: 5432, host_ip: 127.0.0.1 }]\n');
  assert.deepEqual(findings('compose', fixedFlow, 'DC014'), []);
});

test('DC014: quiet for a chosen host IP, other ports, unpublished databases and host networking', () => {
  const text = 'services:\n  db:\n    image: postgres:17\n    ports: ["127.0.0.1:5432:5432", "0.0.0.0:5433:5432"]\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n  cache:\n    image: redis:7.4\n    expose: [6379]\n';
  expectFindings('compose', 'DC014', text, []);
});
