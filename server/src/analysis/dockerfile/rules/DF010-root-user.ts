import type { DockerfileRule } from '../rule';
import { insertAt } from '../../text';

const ROOT = /^(root|0)(:.*)?$/;

export const DF010: DockerfileRule<{ absent: boolean; insertLine: number }> = {
  kind: 'dockerfile',
  meta: { code: 'DF010', slug: 'root-user', lesson: 'm3-04-security-hardening', severity: 'warning', equivalents: ['hadolint:DL3002'], fixable: true },
  text: {
    en: { title: 'The final stage runs as root', message: (d) => `${d.absent ? 'The final stage sets no USER, so the container runs as root' : 'The last USER of the final stage is root'}: a bug in your app then has root rights in the container, and root in a container is one kernel bug away from the host. End with a non-root USER (create it, or use a numeric id like 10001).` },
    ru: { title: 'Финальный этап работает от root', message: (d) => `${d.absent ? 'В финальном этапе нет USER, поэтому контейнер работает от root' : 'Последний USER финального этапа — root'}: тогда ошибка в приложении получает права root в контейнере, а root в контейнере отделён от хоста одной уязвимостью ядра. Закончите непривилегированным USER (создайте пользователя или укажите числовой id, например 10001).` },
  },
  check(file, report) {
    const stage = file.stages[file.stages.length - 1];
    if (!stage || stage.base.isScratch) return;
    const users = stage.instructions.filter((i) => i.keyword === 'USER');
    const last = users[users.length - 1];
    if (last && last.args[0]?.value.includes('$')) return;
    const start = stage.instructions.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    const insertLine = start ? start.range.start.line : (stage.instructions[stage.instructions.length - 1]?.range.end.line ?? 0) + 1;
    if (!last) report({ range: stage.from.keywordRange, data: { absent: true, insertLine } });
    else if (ROOT.test(last.args[0]?.value ?? '')) report({ range: last.range, data: { absent: false, insertLine } });
  },
  fixes(file, f) {
    if (!f.data.absent) {
      return [{ title: f.lang === 'ru' ? 'Заменить на USER 10001:10001' : 'Change to USER 10001:10001', edits: [{ range: f.range, newText: 'USER 10001:10001' }], preferred: true }];
    }
    const line = f.data.insertLine;
    const atEnd = line >= file.lines.length || (line === file.lines.length - 1 && file.lines[line] === '');
    const text = atEnd && !file.text.endsWith('\n') ? `${file.eol}USER 10001:10001${file.eol}` : `USER 10001:10001${file.eol}`;
    return [{ title: f.lang === 'ru' ? 'Добавить USER 10001:10001 перед запуском' : 'Add USER 10001:10001 before the start command', edits: [insertAt({ line: Math.min(line, file.lines.length - 1), character: atEnd && !file.text.endsWith('\n') ? (file.lines[file.lines.length - 1] ?? '').length : 0 }, text)], preferred: true }];
  },
};
