// m1-03-images: the learner pulls a pinned nginx image and gives it a second name with docker tag,
// then sees that both names share one image ID.
import { criterion } from '../helpers';
import type { Criterion, EngineSnapshot, ExerciseCheck } from '../types';

type Image = EngineSnapshot['images'][number];

function image(engine: EngineSnapshot, repository: string, tag: string): Image | undefined {
  return engine.images.find((i) => {
    const repo = i.repository.trim().replace(/^(?:docker\.io|index\.docker\.io)\/(?:library\/)?/, '').replace(/^localhost\//, '');
    return repo === repository && i.tag.trim() === tag;
  });
}

/** Short and long IDs, with or without `sha256:`, name the same image when one starts the other. */
function sameId(a: string, b: string): boolean {
  const x = a.replace(/^sha256:/, '').toLowerCase();
  const y = b.replace(/^sha256:/, '').toLowerCase();
  return x.length >= 12 && y.length >= 12 && (x.startsWith(y) || y.startsWith(x));
}

export const check: ExerciseCheck = {
  id: 'm1-03-second-tag',
  kind: 'engine',
  run(engine): Criterion[] {
    const source = image(engine, 'nginx', '1.27-alpine');
    const copy = image(engine, 'my-nginx', 'v1');
    return [
      criterion('pulled', source !== undefined,
        'docker images lists nginx:1.27-alpine (docker pull nginx:1.27-alpine fetches it).',
        'docker images показывает nginx:1.27-alpine (его скачивает docker pull nginx:1.27-alpine).'),
      criterion('tagged', copy !== undefined,
        'docker images lists my-nginx:v1: give the image a second name with docker tag nginx:1.27-alpine my-nginx:v1.',
        'docker images показывает my-nginx:v1: дайте образу второе имя командой docker tag nginx:1.27-alpine my-nginx:v1.'),
      criterion('same-id', source !== undefined && copy !== undefined && sameId(source.id, copy.id),
        'my-nginx:v1 has the same IMAGE ID as nginx:1.27-alpine: a tag is a second name, not a copy.',
        'У my-nginx:v1 тот же IMAGE ID, что у nginx:1.27-alpine: тег — это второе имя, а не копия.'),
    ];
  },
};
