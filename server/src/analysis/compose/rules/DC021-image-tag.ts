import type { ComposeRule } from '../rule';
import { mapGet, scalarText } from '../model';
import { parseImageRef } from '../../dockerfile/imageRef';

export const DC021: ComposeRule<{ service: string; image: string; latest: boolean }> = {
  kind: 'compose',
  meta: {
    code: 'DC021', slug: 'image-not-pinned', lesson: 'm3-03-pinning', severity: 'warning',
    equivalents: ['dclint:no-unbound-image-tag'], fixable: false,
  },
  text: {
    en: {
      title: 'Service image without a version tag',
      message: (d) => d.latest
        ? `Service "${d.service}" uses "${d.image}:latest", which changes whenever a new version is pushed: two machines can run different code. Pin a version.`
        : `Service "${d.service}" uses "${d.image}" without a tag, which means :latest. Pin a version, e.g. "${d.image}:<version>".`,
    },
    ru: {
      title: 'Образ сервиса без тега версии',
      message: (d) => d.latest
        ? `Сервис «${d.service}» использует «${d.image}:latest», а этот тег меняется с каждой новой версией: на двух машинах может работать разный код. Закрепите версию.`
        : `Сервис «${d.service}» использует «${d.image}» без тега, то есть :latest. Закрепите версию, например «${d.image}:<версия>».`,
    },
  },
  check(file, report) {
    for (const svc of file.services) {
      const pair = mapGet(file.doc, svc.value, 'image');
      const text = scalarText(pair?.value);
      if (!pair || text === undefined) continue;
      const ref = parseImageRef(text, file.rangeOf(pair.value));
      if (ref.usesVariable || ref.digest || ref.isScratch) continue;
      if (ref.tag === undefined || ref.tag === 'latest') report({ range: ref.range, data: { service: svc.name, image: ref.name, latest: ref.tag === 'latest' } });
    }
  },
};
