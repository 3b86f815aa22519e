import type { DockerfileRule } from '../rule';
import { replace } from '../../text';
import { parseExposePort } from '../ports';

export const DF039: DockerfileRule<{ proto: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF039', slug: 'expose-proto-casing', lesson: 'm2-05-expose-volume-user-healthcheck', severity: 'info',
    equivalents: ['buildkit:ExposeProtoCasing'], fixable: true,
  },
  text: {
    en: {
      title: 'Protocol in EXPOSE is not lower case',
      message: (d) => `Docker accepts "${d.proto}", but the protocol is written in lower case everywhere else (docker ps, docker inspect, Compose), and BuildKit warns about it. Write ${d.proto.toLowerCase()}.`,
    },
    ru: {
      title: 'Протокол в EXPOSE не строчными буквами',
      message: (d) => `Docker примет «${d.proto}», но везде (docker ps, docker inspect, Compose) протокол пишут строчными буквами, и BuildKit об этом предупреждает. Пишите ${d.proto.toLowerCase()}.`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'EXPOSE') continue;
      for (const word of instr.args) {
        if (word.value.includes('$') || word.range.start.line !== word.range.end.line) continue;
        const port = parseExposePort(word.value);
        if (port.protoOffset < 0 || port.proto === port.proto.toLowerCase() || !['tcp', 'udp', 'sctp'].includes(port.proto.toLowerCase())) continue;
        const start = { line: word.range.start.line, character: word.range.start.character + port.protoOffset };
        report({ range: { start, end: { line: start.line, character: start.character + port.proto.length } }, data: { proto: port.proto } });
      }
    }
  },
  fixes(_file, f) {
    return [{
      title: f.lang === 'ru' ? `Заменить на ${f.data.proto.toLowerCase()}` : `Change to ${f.data.proto.toLowerCase()}`,
      edits: [replace(f.range, f.data.proto.toLowerCase())],
      preferred: true,
    }];
  },
};
