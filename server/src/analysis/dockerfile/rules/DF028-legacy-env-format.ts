import type { DockerfileRule } from '../rule';
import { propertiesOf, type DockerfileModel } from '../model';
import type { Range } from '../../types';
import { insertAt, replace } from '../../text';

function textIn(file: DockerfileModel, r: Range): string {
  if (r.start.line === r.end.line) return (file.lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
  const parts = [(file.lines[r.start.line] ?? '').slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(file.lines[l] ?? '');
  parts.push((file.lines[r.end.line] ?? '').slice(0, r.end.character));
  return parts.join('\n');
}

/** True when some whitespace in the value is outside quotes (continuation newlines count as whitespace). */
function needsQuotes(raw: string, escape: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (quote === "'") { if (ch === "'") quote = null; continue; }
    if (ch === escape) { i++; continue; }
    if (quote === '"') { if (ch === '"') quote = null; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (/\s/.test(ch)) return true;
  }
  return false;
}

export const DF028: DockerfileRule<{ keyword: string; name: string }> = {
  kind: 'dockerfile',
  meta: {
    code: 'DF028', slug: 'legacy-env-format', lesson: 'm2-04-env-and-arg', severity: 'info',
    equivalents: ['buildkit:LegacyKeyValueFormat'], fixable: true,
  },
  text: {
    en: {
      title: 'Legacy "KEY value" format',
      message: (d) => `"${d.keyword} ${d.name} value" is the legacy form without "=": it sets one variable and takes the whole rest of the line as its value, so "${d.keyword} A 1 B 2" sets A to "1 B 2". BuildKit warns that it is deprecated. Write ${d.keyword} ${d.name}=value (quote a value with spaces).`,
    },
    ru: {
      title: 'Устаревший формат «KEY value»',
      message: (d) => `«${d.keyword} ${d.name} значение» — устаревшая форма без «=»: она задаёт одну переменную и берёт всю оставшуюся строку как значение, так что «${d.keyword} A 1 B 2» присвоит A значение «1 B 2». BuildKit предупреждает, что форма устарела. Пишите ${d.keyword} ${d.name}=значение (значение с пробелами — в кавычках).`,
    },
  },
  check(file, report) {
    for (const instr of file.instructions) {
      if (instr.keyword !== 'ENV' && instr.keyword !== 'LABEL') continue;
      const props = propertiesOf(instr);
      const p = props[0];
      if (props.length !== 1 || !p || p.assignment !== null || p.valueRange === null || p.name === '') continue;
      report({ range: p.range, data: { keyword: instr.keyword, name: p.name } });
    }
  },
  fixes(file, f) {
    const instr = file.instructions.find((i) => (i.keyword === 'ENV' || i.keyword === 'LABEL') && i.range.start.line <= f.range.start.line && i.range.end.line >= f.range.start.line);
    const p = instr ? propertiesOf(instr)[0] : undefined;
    const valueRange = p?.valueRange;
    if (!p || !valueRange) return [];
    const raw = textIn(file, valueRange);
    // Everything between the name and the value (spaces, maybe a line continuation) becomes
    // "=": the value then starts right after it, so continued lines keep their exact text.
    const between = { start: p.nameRange.end, end: valueRange.start };
    const quote = needsQuotes(raw, file.escape);
    // A value with quotes and unquoted spaces has no faithful one-word spelling: leave it to the learner.
    if (quote && /["']/.test(raw)) return [];
    const edits = [replace(between, `=${quote ? '"' : ''}`)];
    if (quote) edits.push(insertAt(valueRange.end, '"'));
    return [{
      title: f.lang === 'ru' ? `Переписать как ${f.data.keyword} ${f.data.name}=…` : `Rewrite as ${f.data.keyword} ${f.data.name}=…`,
      edits,
      preferred: true,
    }];
  },
};
