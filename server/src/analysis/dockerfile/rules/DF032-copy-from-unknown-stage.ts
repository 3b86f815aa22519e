import type { DockerfileRule } from '../rule';
import { didYouMean, replace } from '../../text';
import { OFFICIAL_IMAGES } from '../officialImages';
import { looksLikeImage, stageRefs } from '../stageRefs';

type Problem = 'self' | 'later' | 'index' | 'unknown';
interface Data { ref: string; problem: Problem; via: 'copy' | 'mount'; line?: number; suggestion?: string }

const where = (d: Data): string => (d.via === 'copy' ? 'COPY --from' : 'RUN --mount=from');

export const DF032: DockerfileRule<Data> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF032', slug: 'copy-from-unknown-stage', lesson: 'm3-01-multi-stage', severity: 'error',
    equivalents: [], fixable: true,
  },
  text: {
    en: {
      title: 'COPY --from names no earlier stage',
      message: (d) => {
        const hint = d.suggestion ? ` Did you mean "${d.suggestion}"?` : '';
        switch (d.problem) {
          case 'self': return `${where(d)}=${d.ref} points at the stage it is in: a stage cannot take files from itself, and the build fails with a dependency cycle. Name an earlier stage.${hint}`;
          case 'later': return `${where(d)}=${d.ref} points at a stage defined further down (line ${d.line ?? '?'}). BuildKit can resolve it, but the classic builder cannot, and the file reads backwards. Move that stage above this one.`;
          case 'index': return `${where(d)}=${d.ref} counts stages from 0, and there is no stage ${d.ref} before this one, so the build fails. Use the name of an earlier stage (FROM ... AS name) instead of a number.${hint}`;
          default: return `No stage above is named "${d.ref}", so Docker looks for an image called "${d.ref}" on Docker Hub (or a build context passed with --build-context ${d.ref}=...), and the build fails if there is none.${hint || ' Name the stage with FROM ... AS ' + d.ref + ', or write the full image reference with a tag.'}`;
        }
      },
    },
    ru: {
      title: 'COPY --from ссылается не на предыдущий этап',
      message: (d) => {
        const hint = d.suggestion ? ` Возможно, вы имели в виду «${d.suggestion}»?` : '';
        switch (d.problem) {
          case 'self': return `${where(d)}=${d.ref} указывает на тот же этап, в котором стоит: этап не может брать файлы сам у себя, и сборка завершится ошибкой циклической зависимости. Укажите один из предыдущих этапов.${hint}`;
          case 'later': return `${where(d)}=${d.ref} указывает на этап, объявленный ниже (строка ${d.line ?? '?'}). BuildKit с этим справится, а классический сборщик — нет, да и читать такой файл приходится задом наперёд. Перенесите тот этап выше этого.`;
          case 'index': return `${where(d)}=${d.ref} считает этапы с нуля, а этапа ${d.ref} перед этим нет, поэтому сборка завершится ошибкой. Вместо номера используйте имя предыдущего этапа (FROM ... AS имя).${hint}`;
          default: return `Выше нет этапа с именем «${d.ref}», поэтому Docker будет искать образ «${d.ref}» на Docker Hub (или контекст сборки, переданный через --build-context ${d.ref}=...), и если его нет, сборка завершится ошибкой.${hint || ' Назовите этап через FROM ... AS ' + d.ref + ' или укажите полное имя образа с тегом.'}`;
        }
      },
    },
  },
  check(file, report) {
    for (const ref of stageRefs(file)) {
      const value = ref.value;
      const current = ref.instr.stage;
      if (value.includes('$') || current < 0) continue;
      const earlier = file.stages.slice(0, current).map((s) => s.name).filter((n): n is string => n !== undefined);
      const base = { ref: value, via: ref.via };
      if (/^\d+$/.test(value)) {
        const index = Number(value);
        if (index < current) continue;
        if (index === current) { report({ range: ref.range, data: { ...base, problem: 'self' } }); continue; }
        const later = file.stages[index];
        report({ range: ref.range, data: later ? { ...base, problem: 'later', line: later.from.range.start.line + 1 } : { ...base, problem: 'index' } });
        continue;
      }
      const index = file.stageIndex(value);
      if (index !== undefined) {
        if (index < current) continue;
        const stage = file.stages[index];
        if (index === current) {
          const suggestion = didYouMean(value, earlier.filter((n) => n.toLowerCase() !== value.toLowerCase()), 2);
          report({ range: ref.range, data: suggestion ? { ...base, problem: 'self', suggestion } : { ...base, problem: 'self' } });
        } else report({ range: ref.range, data: { ...base, problem: 'later', line: (stage?.from.range.start.line ?? 0) + 1 } });
        continue;
      }
      if (looksLikeImage(value) || OFFICIAL_IMAGES.has(value.toLowerCase())) continue;
      const suggestion = didYouMean(value, earlier, value.length <= 4 ? 1 : 2);
      // A one-word name may still be a local image or a named build context: certain only when it is a near-miss of a stage.
      if (suggestion) report({ range: ref.range, data: { ...base, problem: 'unknown', suggestion } });
      else report({ range: ref.range, data: { ...base, problem: 'unknown' }, severity: 'warning' });
    }
  },
  fixes(_file, f) {
    if (!f.data.suggestion) return [];
    return [{
      title: f.lang === 'ru' ? `Заменить на ${f.data.suggestion}` : `Change to ${f.data.suggestion}`,
      edits: [replace(f.range, f.data.suggestion)],
      preferred: true,
    }];
  },
};
