import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings } from '../helpers';
import { expectProjectFindings, memoryProject, projectFindings } from './project';

const TEXT = 'services:\n  web:\n    image: "nginx:${NGINX_TAG}"\n    ports:\n      - "${WEB_PORT:-8080}:80"\n    environment:\n      DB_HOST: ${DB_HOST}\n      API_KEY: ${API_KEY:?set API_KEY}\n      MODE: ${MODE:-${FALLBACK}}\n      GREETING: $$HOME\n    command: sh -c "echo $HOSTNAME"\n';

test('DC023: variables with no default and not in the .env next to the file', () => {
  const project = memoryProject('/p/compose.yaml', { '/p/compose.yaml': TEXT, '/p/.env': '# versions\nNGINX_TAG=1.27\nMODE=prod\n' });
  const found = expectProjectFindings('DC023', TEXT, project, ['7:16-7:26', '8:16-8:39', '11:26-11:35']);
  assert.match(found[0]?.message ?? '', /^\$\{DB_HOST\} has no default and is not set in the \.env file next to this compose file\. Unless it is set in the shell, Compose warns/);
  assert.match(found[1]?.message ?? '', /stops with the error/);
  assert.match(found[2]?.message ?? '', /write \$\$HOSTNAME so Compose leaves it alone/);
});

test('DC023: without a .env every variable without a default is reported, nested defaults only when needed', () => {
  const project = memoryProject('/p/compose.yaml', { '/p/compose.yaml': TEXT });
  const found = projectFindings('DC023', TEXT, project);
  assert.deepEqual(found.map((f) => f.message.split(' ')[0]), ['${NGINX_TAG}', '${DB_HOST}', '${API_KEY}', '${FALLBACK}', '$HOSTNAME']);
  assert.match(found[0]?.message ?? '', /there is no \.env file next to this compose file/);
});

test('DC023: quiet without a project context', () => {
  expectFindings('compose', 'DC023', TEXT, []);
});

test('DC023: Russian message', () => {
  const project = memoryProject('/p/compose.yaml', { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:${TAG}\n', '/p/.env': 'OTHER=1\n' });
  const [f] = projectFindings('DC023', 'services:\n  web:\n    image: nginx:${TAG}\n', project, 'ru');
  assert.match(f?.message ?? '', /^\$\{TAG\} не имеет значения по умолчанию и не задана в файле \.env/);
});
