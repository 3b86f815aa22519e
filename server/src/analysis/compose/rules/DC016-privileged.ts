import type { ComposeRule } from '../rule';
import { mapGet, scalarText } from '../model';

export const DC016: ComposeRule<{ service: string }> = {
  kind: 'compose',
  meta: { code: 'DC016', slug: 'privileged', lesson: 'm6-06-hardening-and-updates', severity: 'warning', equivalents: [], fixable: false },
  text: {
    en: {
      title: 'Privileged container',
      message: (d) => `Service "${d.service}" runs privileged: the container gets every kernel capability and all host devices, so a process that breaks out of the application owns the host. Remove \`privileged: true\` and grant only what is needed (\`cap_add: [NET_ADMIN]\`, \`devices: ["/dev/fuse"]\`).`,
    },
    ru: {
      title: 'Привилегированный контейнер',
      message: (d) => `Сервис «${d.service}» работает в привилегированном режиме: контейнер получает все возможности ядра и все устройства хоста, и процесс, вырвавшийся из приложения, получает власть над хостом. Уберите \`privileged: true\` и выдайте только нужное (\`cap_add: [NET_ADMIN]\`, \`devices: ["/dev/fuse"]\`).`,
    },
  },
  check(file, report) {
    for (const svc of file.services) {
      const pair = mapGet(file.doc, svc.value, 'privileged');
      if (pair && scalarText(pair.value)?.toLowerCase() === 'true') report({ range: file.rangeOf(pair), data: { service: svc.name } });
    }
  },
};
