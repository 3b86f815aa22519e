import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectFindings, findings } from '../helpers';

test('DC007: a named volume that is not declared, short and long syntax', () => {
  const text = 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - db-data:/var/lib/postgresql/data\n      - type: volume\n        source: backups\n        target: /backups\n';
  const found = expectFindings('compose', 'DC007', text, ['5:9-5:16', '7:17-7:24']);
  assert.match(found[0]?.message ?? '', /mounts the named volume "db-data", but the top-level `volumes:` section does not declare it/);
});

test('DC007: the fix adds a volumes section when there is none', () => {
  const text = 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - db-data:/var/lib/postgresql/data\n';
  const fixed = applyFix('compose', 'DC007', text);
  assert.equal(fixed, `${text}\nvolumes:\n  db-data:\n`);
  assert.deepEqual(findings('compose', fixed, 'DC007'), []);
});

test('DC007: the fix declares it in the existing section, even an empty one, before the next section', () => {
  const text = 'services:\n  db:\n    image: postgres:17\n    volumes: ["data:/a", "logs:/b"]\nvolumes:\n  data:\n    driver: local\nnetworks:\n  back:\n';
  const fixed = applyFix('compose', 'DC007', text);
  assert.equal(fixed, 'services:\n  db:\n    image: postgres:17\n    volumes: ["data:/a", "logs:/b"]\nvolumes:\n  data:\n    driver: local\n  logs:\nnetworks:\n  back:\n');
  assert.deepEqual(findings('compose', fixed, 'DC007'), []);
  const empty = 'services:\n  db:\n    image: postgres:17\n    volumes: ["data:/a"]\nvolumes:\nnetworks:\n  back:\n';
  assert.equal(applyFix('compose', 'DC007', empty), 'services:\n  db:\n    image: postgres:17\n    volumes: ["data:/a"]\nvolumes:\n  data:\nnetworks:\n  back:\n');
});

test('DC007: a typo of a declared volume: the second fix renames it', () => {
  const text = 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - dbdata:/var/lib/postgresql/data\nvolumes:\n  db-data:\n';
  const fixed = applyFix('compose', 'DC007', text, 1);
  assert.equal(fixed, 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n');
});

test('DC007: bind mounts, anonymous volumes, tmpfs, Windows paths and variables are not named volumes', () => {
  const text = 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - /var/log/nginx\n      - ~/certs:/certs\n      - "C:\\\\data:/data"\n      - ${DATA_DIR}:/data2\n      - type: tmpfs\n        target: /tmp\n      - type: bind\n        source: ../shared\n        target: /shared\n';
  expectFindings('compose', 'DC007', text, []);
});
