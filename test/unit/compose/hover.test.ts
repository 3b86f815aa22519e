import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCompose } from '../../../server/src/analysis/compose/model';
import { composeHover } from '../../../server/src/analysis/hover/compose';
import { SERVICE_KEYS, TOP_LEVEL_KEYS } from '../../../server/src/analysis/hover/composeKeys';
import { schemaAt } from '../../../server/src/analysis/compose/schema';
import type { Lang } from '../../../server/src/analysis/types';
import { rangeText } from '../helpers';
import { memoryProject } from './project';

const TEXT = [
  'name: shop',
  'services:',
  '  web:',
  '    image: nginx:1.27',
  '    ports:',
  '      - "8080:80"',
  '      - "127.0.0.1:5432:5432"',
  '      - "${API_PORT:-3000}:3000"',
  '      - 9090',
  '    volumes:',
  '      - data:/data',
  '      - ./html:/usr/share/nginx/html:ro',
  '    depends_on:',
  '      db:',
  '        condition: service_healthy',
  '    restart: unless-stopped',
  '    deploy:',
  '      resources:',
  '        limits:',
  '          cpus: "0.5"',
  '    environment:',
  '      TAG: ${TAG}',
  '  db:',
  '    image: postgres',
  'volumes:',
  '  data:',
  'x-common: &c',
  '  a: 1',
  '',
].join('\n');

/** Hover at the first occurrence of `needle` on 1-based `line`, `offset` characters into it. */
function hoverAt(line: number, needle: string, lang: Lang = 'en', offset = 0, text = TEXT, project?: Parameters<typeof composeHover>[3]) {
  const model = parseCompose(text);
  const col = (text.split('\n')[line - 1] ?? '').indexOf(needle);
  assert.ok(col >= 0, `${needle} on line ${line}`);
  return composeHover(model, { line: line - 1, character: col + offset }, lang, project);
}

test('hover: every top-level and service key of the specification has an English and a Russian text', () => {
  const top = Object.keys(schemaAt([])?.resolved.properties ?? {});
  const service = Object.keys(schemaAt(['services', 'x'])?.resolved.properties ?? {});
  assert.ok(top.length >= 9 && service.length >= 90);
  for (const k of top) assert.ok(TOP_LEVEL_KEYS[k], `top-level ${k}`);
  for (const k of service) assert.ok(SERVICE_KEYS[k], `service key ${k}`);
  for (const doc of [...Object.values(TOP_LEVEL_KEYS), ...Object.values(SERVICE_KEYS)]) {
    assert.ok(doc.en.length > 10 && doc.ru.length > 10);
    assert.match(doc.ru, /[а-яё]/i);
  }
});

test('hover: keys explain themselves and link a lesson', () => {
  const ports = hoverAt(5, 'ports');
  assert.equal(rangeText(ports?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), '5:5-5:10');
  assert.match(ports?.markdown ?? '', /^\*\*ports\*\*\n\nPublishes container ports on the host/);
  assert.equal(ports?.lesson, 'm4-01-ports');
  assert.match(hoverAt(5, 'ports', 'ru')?.markdown ?? '', /Публикует порты контейнера на хосте/);
  assert.equal(hoverAt(2, 'services')?.lesson, 'm5-01-first-compose');
  assert.match(hoverAt(15, 'condition')?.markdown ?? '', /service_healthy`: wait for its healthcheck to pass/);
  assert.equal(hoverAt(15, 'condition')?.lesson, 'm5-05-depends-on-healthchecks');
  // A nested key without a text of ours: the specification's description, the ancestor's lesson.
  const cpus = hoverAt(20, 'cpus');
  assert.match(cpus?.markdown ?? '', /^\*\*cpus\*\*\n\n/);
  assert.equal(cpus?.lesson, 'm6-02-scaling-and-resources');
  assert.match(hoverAt(20, 'cpus', 'ru')?.markdown ?? '', /описание из Compose Specification/);
  assert.match(hoverAt(27, 'x-common')?.markdown ?? '', /Compose ignores keys that start with `x-`/);
});

test('hover: a service name and a declared volume summarise their use', () => {
  const web = hoverAt(3, 'web');
  assert.match(web?.markdown ?? '', /reach it by the name `web` \(e\.g\. `web:80`\)/);
  assert.match(web?.markdown ?? '', /publishes 8080 -> 80/);
  assert.match(web?.markdown ?? '', /starts after: db/);
  assert.match(hoverAt(26, 'data')?.markdown ?? '', /Named volume `data`.*Used by: web\./);
});

test('hover: port mappings in words', () => {
  assert.match(hoverAt(6, '8080')?.markdown ?? '', /Host 8080 -> container 80 \(tcp\), on all interfaces \(reachable from the network\)\./);
  assert.match(hoverAt(7, '127')?.markdown ?? '', /Host 5432 -> container 5432 \(tcp\), on 127\.0\.0\.1 only \(this machine only\)\./);
  assert.match(hoverAt(8, ':3000"', 'en', 1)?.markdown ?? '', /Host 3000 -> container 3000.*After substituting variables: `3000:3000`/s);
  assert.match(hoverAt(9, '9090')?.markdown ?? '', /random free host port.*docker compose port web 9090/);
  assert.match(hoverAt(6, '8080', 'ru')?.markdown ?? '', /Хост 8080 -> контейнер 80 \(tcp\), на всех интерфейсах/);
});

test('hover: volume mounts, images and well-known values', () => {
  assert.match(hoverAt(11, 'data')?.markdown ?? '', /Named volume `data` mounted at `\/data`/);
  assert.match(hoverAt(12, './html')?.markdown ?? '', /Bind mount: the host path `\.\/html` appears in the container at `\/usr\/share\/nginx\/html`, read-only/);
  const img = hoverAt(4, 'nginx');
  assert.match(img?.markdown ?? '', /^\*\*Image nginx:1\.27\*\*/);
  assert.match(img?.markdown ?? '', /Docker Official Image/);
  assert.match(hoverAt(24, 'postgres')?.markdown ?? '', /No version tag, which means `latest`/);
  assert.equal(hoverAt(24, 'postgres')?.lesson, 'm3-03-pinning');
  assert.match(hoverAt(16, 'unless')?.markdown ?? '', /^\*\*restart: unless-stopped\*\*\n\nRestart always, except after you stopped it yourself/);
  assert.match(hoverAt(15, 'service_healthy')?.markdown ?? '', /dependency needs a `healthcheck`/);
});

test('hover: variables with their resolved values from .env', () => {
  const withEnv = memoryProject('/p/compose.yaml', { '/p/compose.yaml': TEXT, '/p/.env': 'X=1\nTAG=v2\nAPI_PORT=4000\n' });
  const tag = hoverAt(22, '${TAG}', 'en', 2, TEXT, withEnv);
  assert.equal(rangeText(tag?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), '22:12-22:18');
  assert.match(tag?.markdown ?? '', /^\*\*\$\{TAG\}\*\*\n\nIn \.env \(line 2\): `TAG=v2`\./);
  assert.equal(tag?.lesson, 'm5-04-env-and-interpolation');
  const port = hoverAt(8, 'API_PORT', 'en', 0, TEXT, withEnv);
  assert.match(port?.markdown ?? '', /`API_PORT=4000`.*When unset or empty: `3000`.*Resulting value: `4000:3000`/s);
  const noEnv = memoryProject('/p/compose.yaml', { '/p/compose.yaml': TEXT });
  assert.match(hoverAt(22, 'TAG}', 'en', 0, TEXT, noEnv)?.markdown ?? '', /only the shell can set it.*No default: when it is unset, Compose substitutes an empty string/s);
  assert.match(hoverAt(22, 'TAG}', 'ru')?.markdown ?? '', /Compose берёт значение из оболочки или из файла \.env/);
});

test('hover: nothing on blank lines and comments; no crash on broken or huge files', () => {
  assert.equal(hoverAt(29, ''), undefined);
  const broken = 'services:\n  web:\n    image: [nginx\n';
  assert.doesNotThrow(() => composeHover(parseCompose(broken), { line: 2, character: 6 }, 'en'));
  const deep = `x: ${'['.repeat(300)}${']'.repeat(300)}\n`;
  assert.doesNotThrow(() => composeHover(parseCompose(deep), { line: 0, character: 200 }, 'en'));
});
