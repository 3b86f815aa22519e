import type { DockerfileRule } from '../rule';
import { replace } from '../../text';
import { containerPart, FATAL_PORT_PROBLEMS, parseExposePort, type PortProblem } from '../ports';

interface Data { port: string; problem: PortProblem; culprit: string; container: string }

const en: Record<PortProblem, (d: Data) => string> = {
  'not-a-number': (d) => `"${d.culprit}" is not a port number, so the build fails at this EXPOSE. Write a number from 1 to 65535, optionally with /tcp or /udp, e.g. EXPOSE 8080.`,
  'out-of-range': (d) => `Port ${d.culprit} does not exist: ports go from 1 to 65535, and the build fails at this EXPOSE.`,
  'reversed-range': (d) => `The range "${d.culprit}" ends before it starts, so the build fails. Write the lower port first, e.g. 8000-8010.`,
  'no-port': (d) => `"${d.port}" has a protocol but no port, so the build fails. Write the port before the slash, e.g. 53/udp.`,
  protocol: (d) => `"${d.culprit}" is not a protocol Docker knows, so the build fails. EXPOSE takes tcp (the default), udp or sctp, e.g. 53/udp.`,
  'bad-ip': (d) => `"${d.culprit}" is not an IP address, so the build fails. EXPOSE takes only the container port: write EXPOSE ${d.container}.`,
  'range-mismatch': (d) => `The host and container ranges in "${d.port}" have different sizes, so the build fails. EXPOSE takes only the container port(s).`,
  mapping: (d) => `EXPOSE documents the port the container listens on; it cannot publish it. Docker ignores the host part of "${d.port}" (and BuildKit warns it will become an error). Write EXPOSE ${d.container}, and publish with "docker run -p ${d.port}" or Compose "ports:".`,
  zero: () => 'Port 0 is not a port a program can listen on; Docker accepts it but it documents nothing. Write the port your application listens on.',
};

const ru: Record<PortProblem, (d: Data) => string> = {
  'not-a-number': (d) => `«${d.culprit}» — не номер порта, сборка остановится на этом EXPOSE. Укажите число от 1 до 65535, при желании с /tcp или /udp, например EXPOSE 8080.`,
  'out-of-range': (d) => `Порта ${d.culprit} не существует: порты бывают от 1 до 65535, и сборка остановится на этом EXPOSE.`,
  'reversed-range': (d) => `Диапазон «${d.culprit}» заканчивается раньше, чем начинается, и сборка завершится ошибкой. Сначала пишите меньший порт, например 8000-8010.`,
  'no-port': (d) => `В «${d.port}» есть протокол, но нет порта, и сборка завершится ошибкой. Укажите порт перед косой чертой, например 53/udp.`,
  protocol: (d) => `«${d.culprit}» — не протокол, который знает Docker, и сборка завершится ошибкой. EXPOSE принимает tcp (по умолчанию), udp или sctp, например 53/udp.`,
  'bad-ip': (d) => `«${d.culprit}» — не IP-адрес, и сборка завершится ошибкой. В EXPOSE указывают только порт контейнера: EXPOSE ${d.container}.`,
  'range-mismatch': (d) => `Диапазоны хоста и контейнера в «${d.port}» разной длины, и сборка завершится ошибкой. В EXPOSE указывают только порты контейнера.`,
  mapping: (d) => `EXPOSE только документирует порт, который слушает контейнер, и ничего не публикует. Часть «${d.port}» для хоста Docker игнорирует (а BuildKit предупреждает, что скоро это станет ошибкой). Напишите EXPOSE ${d.container}, а публикуйте порт через «docker run -p ${d.port}» или «ports:» в Compose.`,
  zero: () => 'Порт 0 нельзя слушать: Docker его примет, но такой EXPOSE ничего не документирует. Укажите порт, который слушает приложение.',
};

export const DF024: DockerfileRule<Data> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF024', slug: 'invalid-expose', lesson: 'm2-05-expose-volume-user-healthcheck', severity: 'error',
    equivalents: ['buildkit:ExposeInvalidFormat'], fixable: true,
  },
  text: {
    en: { title: 'Invalid EXPOSE port', message: (d) => en[d.problem](d) },
    ru: { title: 'Неверный порт в EXPOSE', message: (d) => ru[d.problem](d) },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'EXPOSE') continue;
      for (const word of instr.args) {
        if (word.value.includes('$')) continue;
        const port = parseExposePort(word.value);
        if (!port.problem) continue;
        const data: Data = { port: word.value, problem: port.problem, culprit: port.culprit ?? word.value, container: containerPart(port) };
        // Docker builds with a host part or port 0: say so, but as a warning.
        report(FATAL_PORT_PROBLEMS.has(port.problem) ? { range: word.range, data } : { range: word.range, data, severity: 'warning' });
      }
    }
  },
  fixes(_file, f) {
    if (f.data.problem !== 'mapping' || !f.data.container) return [];
    return [{
      title: f.lang === 'ru' ? `Оставить только порт контейнера: ${f.data.container}` : `Keep only the container port: ${f.data.container}`,
      edits: [replace(f.range, f.data.container)],
      preferred: true,
    }];
  },
};
