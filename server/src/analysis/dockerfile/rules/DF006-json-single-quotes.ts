import type { DockerfileRule } from '../rule';
import { replace } from '../../text';

/** `['a', 'b']` read as JSON after turning single quotes into double quotes, or null. */
function singleQuotedArray(text: string): string[] | null {
  const t = text.trim();
  if (!/^\[\s*'/.test(t)) return null;
  try {
    const converted = t.replace(/'((?:[^'\\"]|\\.)*)'/g, '"$1"');
    const value: unknown = JSON.parse(converted);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  } catch {
    return null;
  }
}

export const DF006: DockerfileRule<{ keyword: string; items: string[] }> = {
  kind: 'dockerfile',
  meta: { code: 'DF006', slug: 'json-single-quotes', lesson: 'm2-03-cmd-vs-entrypoint', severity: 'error', equivalents: [], fixable: true },
  text: {
    en: { title: 'Exec form written with single quotes', message: (d) => `JSON needs double quotes, so Docker does not read this as an exec-form array: it runs the whole text through /bin/sh -c, quotes and brackets included, and ${d.keyword} fails or does something else. Write ${d.keyword} ${JSON.stringify(d.items)}.` },
    ru: { title: 'Exec-форма в одинарных кавычках', message: (d) => `В JSON строки пишутся в двойных кавычках, поэтому Docker не считает это exec-формой: он отдаёт весь текст в /bin/sh -c вместе с кавычками и скобками, и ${d.keyword} падает или делает не то. Напишите ${d.keyword} ${JSON.stringify(d.items)}.` },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (!['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME', 'HEALTHCHECK', 'COPY', 'ADD'].includes(instr.keyword) || instr.execForm || instr.heredoc) continue;
      const first = instr.args[0];
      const last = instr.args[instr.args.length - 1];
      if (!first || !last) continue;
      const start = instr.keyword === 'HEALTHCHECK' ? instr.args.findIndex((a) => a.value.toUpperCase() === 'CMD') + 1 : 0;
      const from = instr.args[start];
      if (!from) continue;
      const text = file.lines.slice(from.range.start.line, last.range.end.line + 1).join('\n');
      const startOffset = from.range.start.character;
      const segment = text.slice(startOffset, text.length - ((file.lines[last.range.end.line] ?? '').length - last.range.end.character));
      const items = singleQuotedArray(segment.replace(/\\\r?\n/g, ' '));
      if (items) report({ range: { start: from.range.start, end: last.range.end }, data: { keyword: instr.keyword, items } });
    }
  },
  fixes(_file, f) {
    return [{ title: f.lang === 'ru' ? 'Переписать в двойных кавычках (JSON)' : 'Rewrite with double quotes (JSON)', edits: [replace(f.range, JSON.stringify(f.data.items).replace(/","/g, '", "'))], preferred: true }];
  },
};
