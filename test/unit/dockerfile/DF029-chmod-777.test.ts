import { test } from 'node:test';
import { expectFindings } from '../helpers';

test('DF029 flags world-writable modes in RUN chmod and COPY --chmod', () => {
  const text = 'FROM alpine:3.20\nRUN chmod -R 777 /app && chmod o+w /data\nCOPY --chmod=0666 config.yml /etc/app/\n';
  expectFindings('dockerfile', 'DF029', text, ['2:14-2:17', '2:32-2:35', '3:6-3:18']);
});

test('DF029 accepts sticky shared folders and private modes', () => {
  expectFindings('dockerfile', 'DF029', 'FROM alpine:3.20\nRUN chmod 1777 /tmp/shared && chmod 755 /app && chmod u+w x && chmod +x run.sh\nCOPY --chmod=644 a /b\n', []);
});
