import type { DockerfileRule } from '../rule';
import { replace } from '../../text';
import { joinContinuations } from '../model';

/** The author as written after MAINTAINER (continuations joined, one pair of outer quotes dropped). */
function authorOf(raw: string, escape: string): string {
  const text = joinContinuations(raw, escape).replace(/\s+/g, ' ').trim();
  const m = /^"([^"]*)"$/.exec(text) ?? /^'([^']*)'$/.exec(text);
  return m ? (m[1] as string) : text;
}

export const DF025: DockerfileRule<{ author: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF025', slug: 'maintainer-deprecated', lesson: 'm2-05-expose-volume-user-healthcheck', severity: 'info',
    equivalents: ['buildkit:MaintainerDeprecated', 'hadolint:DL4000'], fixable: true,
  },
  text: {
    en: {
      title: 'MAINTAINER is deprecated',
      message: (d) => `MAINTAINER has been deprecated since Docker 1.13; tools read the author from a label instead. Write LABEL org.opencontainers.image.authors="${d.author}".`,
    },
    ru: {
      title: 'MAINTAINER устарела',
      message: (d) => `Инструкция MAINTAINER устарела ещё в Docker 1.13: инструменты берут автора из метки. Напишите LABEL org.opencontainers.image.authors="${d.author}".`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'MAINTAINER' || instr.args.length === 0) continue;
      report({ range: instr.keywordRange, data: { author: authorOf(instr.rawArgs, file.escape) } });
    }
  },
  fixes(file, f) {
    const instr = file.instructions.find((i) => i.keyword === 'MAINTAINER' && i.keywordRange.start.line === f.range.start.line);
    const last = instr?.args[instr.args.length - 1];
    if (!instr || !last) return [];
    const e = file.escape;
    // Inside double quotes the escape character protects ", $ and itself.
    const quoted = f.data.author.replace(/[\\`"$]/g, (c) => (c === '"' || c === '$' || c === e ? `${e}${c}` : c));
    const keyword = instr.written === instr.written.toLowerCase() ? 'label' : 'LABEL';
    return [{
      title: f.lang === 'ru' ? 'Заменить на LABEL org.opencontainers.image.authors' : 'Replace with LABEL org.opencontainers.image.authors',
      edits: [replace({ start: instr.keywordRange.start, end: last.range.end }, `${keyword} org.opencontainers.image.authors="${quoted}"`)],
      preferred: true,
    }];
  },
};
