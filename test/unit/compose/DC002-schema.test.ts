import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';
import { expectProjectFindings, memoryProject, projectFindings } from './project';
import { validator } from '../../../server/src/analysis/compose/schema';

test('DC002: an unknown key, with the closest known key as suggestion and a rename fix', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    portss:\n      - "8080:80"\n';
  const [f] = expectFindings('compose', 'DC002', text, ['4:5-4:11']);
  assert.equal(f?.message.split(';')[0], 'Unknown key `portss` in service `web`');
  assert.match(f?.message ?? '', /did you mean `ports`\?/);
  const fixed = applyFix('compose', 'DC002', text);
  assert.equal(fixed, 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n');
  assert.deepEqual(findings('compose', fixed, 'DC002'), []);
});

test('DC002: no suggestion (and no fix) when the close key is already there', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    ports: []\n    portss: []\n';
  const [f] = expectFindings('compose', 'DC002', text, ['5:5-5:11']);
  assert.doesNotMatch(f?.message ?? '', /did you mean/);
});

test('DC002: wrong types, enum values, required keys and duplicates in words, at the key or value', () => {
  const text = [
    'services:',
    '  web:',
    '    image: nginx:1.27',
    '    ports:',
    '      http: 80',
    '    depends_on:',
    '      db:',
    '        condition: service_ready',
    '    volumes:',
    '      - source: data',
    '        target: /data',
    '    environment:',
    '      - A=1',
    '      - A=1',
    '  db:',
    '    image: postgres:17',
    '    healthcheck: "pg_isready"',
    'volumes:',
    '  data:',
    '',
  ].join('\n');
  const found = expectFindings('compose', 'DC002', text, ['4:5-4:10', '8:20-8:33', '10:9-10:21', '14:9-14:12', '17:18-17:30']);
  const starts = [
    '`ports` in service `web` must be a list, not a mapping.',
    '`condition` in `depends_on.db` of service `web` must be one of `service_started`, `service_healthy`, `service_completed_successfully`; `service_ready` is not one of them.',
    'Item 1 of `volumes` in service `web` needs the key `type`',
    'Item 2 of `environment` in service `web` repeats item 1 (`A=1`)',
    '`healthcheck` in service `db` must be a mapping (key: value), not a string.',
  ];
  found.forEach((f, i) => assert.ok(f.message.startsWith(starts[i] as string), f.message));
  for (const f of found) assert.doesNotMatch(f.message, /must match|should|NOT have|additionalProperties|oneOf/);
});

test('DC002: a key merged from an anchor into two services is reported once, where it is written', () => {
  const text = 'x-base: &base\n  restrat: always\nservices:\n  a:\n    <<: *base\n    image: nginx:1.27\n  b:\n    <<: *base\n    image: nginx:1.27\n';
  const [f] = expectFindings('compose', 'DC002', text, ['2:3-2:10']);
  assert.match(f?.message ?? '', /did you mean `restart`/);
});

test('DC002: a modern file (include, develop.watch, post_start, name, models, hooks) validates', () => {
  const text = [
    'name: shop',
    'include:',
    '  - ./db/compose.yaml',
    '  - path: ./monitoring/compose.yaml',
    '    env_file: ./monitoring/.env',
    'services:',
    '  api:',
    '    build: .',
    '    models: [llm]',
    '    develop:',
    '      watch:',
    '        - path: ./src',
    '          action: sync',
    '          target: /app/src',
    '          ignore: [node_modules/]',
    '        - path: package.json',
    '          action: rebuild',
    '    post_start:',
    '      - command: ["sh", "-c", "echo started"]',
    '    pre_stop:',
    '      - command: ["sh", "-c", "echo stopping"]',
    '    gpus: all',
    '    label_file: ./labels',
    '    use_api_socket: false',
    'models:',
    '  llm:',
    '    model: ai/smollm2',
    '',
  ].join('\n');
  expectFindings('compose', 'DC002', text, []);
});

test('DC002: anchors, merge keys, x- fields, long syntax and empty resources validate', () => {
  const text = 'x-logging: &log\n  driver: json-file\n  options: {max-size: "10m"}\nservices:\n  web:\n    image: nginx:1.27\n    logging: *log\n    ports:\n      - target: 80\n        published: "8080"\n        protocol: tcp\n    volumes:\n      - type: volume\n        source: data\n        target: /data\n    depends_on:\n      db: {condition: service_healthy}\n  db:\n    image: postgres:17\n    healthcheck: {test: ["CMD", "pg_isready"]}\nvolumes:\n  data:\nnetworks:\n  default:\n';
  expectFindings('compose', 'DC002', text, []);
});

test('DC002: a value that must be a number is checked after interpolation', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    cpus: ${CPUS:-two}\n    scale: ${SCALE}\n    privileged: ${PRIV:-maybe}\n';
  const found = expectFindings('compose', 'DC002', text, ['4:11-4:23', '6:17-6:31']);
  assert.match(found[0]?.message ?? '', /`cpus` in service `web` must be a number; after substituting variables it is `two`/);
  assert.match(found[1]?.message ?? '', /must be true or false/);
  // Without a project the unset SCALE stays unknown; with a .env it is known.
  const project = memoryProject('/p/compose.yaml', { '/p/compose.yaml': text, '/p/.env': 'SCALE=three\nCPUS=0.5\nPRIV=true\n' });
  expectProjectFindings('DC002', text, project, ['5:12-5:20']);
  const ok = memoryProject('/p/compose.yaml', { '/p/compose.yaml': text, '/p/.env': 'SCALE=3\nCPUS=1.5\nPRIV=yes\n' });
  assert.deepEqual(projectFindings('DC002', text, ok), []);
});

test('DC002: a literal string where a number is expected', () => {
  expectFindings('compose', 'DC002', 'services:\n  web:\n    image: nginx:1.27\n    cpus: "half"\n    mem_limit: 512m\n    shm_size: 1gb\n', ['4:11-4:17']);
});

test('DC002: a malformed ${...} is reported where it is written', () => {
  const text = 'services:\n  web:\n    image: "nginx:${TAG"\n    command: echo ${} $$HOME $1\n';
  const found = expectFindings('compose', 'DC002', text, ['3:19-3:24', '4:19-4:22']);
  assert.match(found[0]?.message ?? '', /is not a valid variable reference/);
});

test('DC002: a YAML file that is not a Compose file gets one finding', () => {
  expectFindings('compose', 'DC002', 'command: docker compose up\nshort: Create and start containers\nusage: up [SERVICE...]\n', ['1:1-1:8']);
});

test('DC002: the project name is checked like Compose does', () => {
  expectFindings('compose', 'DC002', 'name: My_Shop\nservices:\n  web:\n    image: nginx:1.27\n', ['1:7-1:14']);
  expectFindings('compose', 'DC002', 'name: my_shop-2\nservices:\n  web:\n    image: nginx:1.27\n', []);
});

test('DC002: quiet on a broken file, an empty file and an alias bomb', () => {
  expectFindings('compose', 'DC002', 'services:\n  web:\n    image: [nginx\n', []);
  expectFindings('compose', 'DC002', '# nothing yet\n', []);
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'services: {}', ''].join('\n');
  expectFindings('compose', 'DC002', bomb, []);
});

test('DC002: Russian messages read naturally', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    portss: []\n    volumes: {a: 1}\n';
  const found = findings('compose', text, 'DC002', 'ru');
  assert.equal(found.length, 2);
  assert.match(found[0]?.message ?? '', /^Неизвестный ключ `portss` в сервисе `web`; возможно, вы имели в виду `ports`\?/);
  assert.match(found[1]?.message ?? '', /^Значение `volumes` в сервисе `web` должно быть списком, а не отображением\.$/);
});

test('DC002: the schema is compiled once, and validating a file is fast', () => {
  const first = validator();
  assert.equal(validator(), first);
  assert.ok(first.compileMs < 5000);
});
