import type { ComposeRule } from '../rule';
import { mapGet, scalarText, seqItems } from '../model';

export const DC019: ComposeRule<{ service: string }> = {
  kind: 'compose',
  meta: { code: 'DC019', slug: 'host-network-with-ports', lesson: 'm4-02-networks', severity: 'warning', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Ports published with network_mode: host',
      message: (d) => `Service "${d.service}" uses the host's network, where the container listens directly on the host's ports: \`ports:\` is ignored (Docker only prints a warning). The port the application listens on is the port on the host. Remove \`ports:\`, or drop \`network_mode: host\` and keep the mappings.`,
    },
    ru: {
      title: 'Порты публикуются при network_mode: host',
      message: (d) => `Сервис «${d.service}» использует сеть хоста, где контейнер слушает прямо порты хоста: \`ports:\` игнорируется (Docker лишь выводит предупреждение). Порт, который слушает приложение, и есть порт хоста. Уберите \`ports:\` или откажитесь от \`network_mode: host\` и оставьте пробросы.`,
    },
  },
  check(file, report) {
    for (const svc of file.services) {
      if (scalarText(mapGet(file.doc, svc.value, 'network_mode')?.value) !== 'host') continue;
      const ports = mapGet(file.doc, svc.value, 'ports');
      if (ports && seqItems(file.doc, ports.value).length > 0) report({ range: file.rangeOf(ports.key), data: { service: svc.name } });
    }
  },
};
